package org.commitmentstracker.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commitmentstracker.extract.classify.HeadingRule;
import org.commitmentstracker.extract.classify.KindClassifier;
import org.commitmentstracker.extract.classify.KindDecision;
import org.commitmentstracker.extract.classify.NoiseRules;
import org.commitmentstracker.extract.sector.SectorClassifier;
import org.commitmentstracker.extract.segment.MarkerType;
import org.commitmentstracker.extract.segment.Segment;
import org.commitmentstracker.model.Sector;
import org.commitmentstracker.model.UnitKind;

/**
 * Gives each segment its kind (noise first, then headings, then the cue-based classes) and
 * each commitment its sector: the sector of the heading above it when that heading names one
 * field, else the sector of its own words.
 */
public final class UnitAnalyser {
    /** A heading naming more fields than this is a chapter title, not a sector. */
    static final int MAX_HEADING_SECTORS = 2;

    private final NoiseRules noise = new NoiseRules();
    private final KindClassifier kinds = new KindClassifier();
    private final SectorClassifier sectors = new SectorClassifier();

    /** @param beforeTitle how many segments stand before the statement's title: page debris, so noise */
    public List<AnalysedUnit> analyse(List<Segment> segments, String language, int beforeTitle) {
        boolean[] shortBulletRun = shortBulletRuns(segments);
        List<AnalysedUnit> units = new ArrayList<>();
        HeadingState headings = new HeadingState();
        boolean relatedLinks = false;
        for (Segment segment : segments) {
            String text = segment.text();
            relatedLinks = relatedLinks && NoiseRules.isHeadline(text);
            Optional<String> noiseCue = segment.ordinal() < beforeTitle
                    ? Optional.of("before the statement's title (page navigation)")
                    : shortBulletRun[segment.ordinal()]
                    ? Optional.of("a list of short items (a menu or a list of places)")
                    : relatedLinks ? Optional.of("a headline under a page's related links") : noise.match(text);
            relatedLinks = relatedLinks || NoiseRules.opensRelatedLinks(text);
            if (noiseCue.isPresent()) {
                units.add(new AnalysedUnit(segment, UnitKind.NOISE, noiseCue.get(), headings.section(), null, null));
                continue;
            }
            if (introducesList(segments, segment)) {
                // Its items carry its commitment; the section (and its sector) stays the heading's above.
                units.add(new AnalysedUnit(segment, UnitKind.HEADING, "a lead-in that only introduces the list below it",
                        headings.section(), null, null));
                continue;
            }
            if (HeadingRule.isHeading(segment.marker(), text)
                    && (segment.marker() == MarkerType.ROMAN || !looksLikeCommitment(text, language))) {
                List<Sector> named = headingSectors(text);
                Sector sector = named.isEmpty() ? null : named.get(0);
                headings.enter(segment.marker(), text, named);
                String cue = segment.marker() == MarkerType.ROMAN ? "a numbered section" : "a short line that is not a sentence";
                units.add(new AnalysedUnit(segment, UnitKind.HEADING, cue, text, sector, null));
                continue;
            }
            AnalysedUnit leadInUnit = segment.leadIn() >= 0 ? units.get(segment.leadIn()) : null;
            UnitKind leadIn = leadInUnit == null ? null : introducesList(segments, leadInUnit.segment())
                    ? UnitKind.COMMITMENT : leadInUnit.kind();
            KindDecision decision = leadIn == UnitKind.CONTEXT && KindClassifier.reports(leadInUnit.segment().text())
                    ? new KindDecision(UnitKind.CONTEXT, "an item of what one side reported")
                    : kinds.classify(text, language, segment.isListItem(), leadIn);
            Sector sector = null;
            String sectorCue = null;
            if (decision.kind() == UnitKind.COMMITMENT) {
                List<Sector> fromHeading = headings.sectors();
                if (fromHeading.size() == 1) {
                    sector = fromHeading.get(0);
                    sectorCue = "the heading \"" + headings.section() + "\"";
                } else if (!fromHeading.isEmpty()) {
                    var own = sectors.classify(text, fromHeading);
                    sector = own.map(SectorClassifier.SectorDecision::sector).orElse(fromHeading.get(0));
                    sectorCue = "the heading \"" + headings.section() + "\"" + own.map(o -> " and \"" + o.cue() + "\"").orElse("");
                } else {
                    // An item's own words first, then its lead-in's ("cooperation in agriculture as follows:").
                    var own = sectors.classify(text).or(() -> leadInUnit == null ? Optional.empty()
                            : sectors.classify(leadInUnit.segment().text()));
                    sector = own.map(SectorClassifier.SectorDecision::sector).orElse(Sector.POL);
                    sectorCue = own.map(SectorClassifier.SectorDecision::cue).orElse("no field named: relations in general");
                }
            }
            units.add(new AnalysedUnit(segment, decision.kind(), decision.cue(), headings.section(), sector, sectorCue));
        }
        return units;
    }

    /** An unnumbered line that only introduces the list items that hang from it. */
    private static boolean introducesList(List<Segment> segments, Segment segment) {
        int next = segment.ordinal() + 1;
        return segment.marker() == MarkerType.NONE && next < segments.size() && segments.get(next).leadIn() == segment.ordinal()
                && KindClassifier.onlyIntroducesList(segment.text());
    }

    private boolean looksLikeCommitment(String text, String language) {
        return kinds.classify(text, language, false, null).kind() == UnitKind.COMMITMENT;
    }

    /** The sectors a heading names; none when it names so many that it is a chapter title. */
    private List<Sector> headingSectors(String text) {
        List<Sector> named = sectors.sectorsNamed(text);
        return named.size() > MAX_HEADING_SECTORS ? List.of() : named;
    }

    /** Marks the bullets that stand in a run of short items. */
    private static boolean[] shortBulletRuns(List<Segment> segments) {
        boolean[] marked = new boolean[segments.size()];
        int runStart = -1;
        for (int i = 0; i <= segments.size(); i++) {
            boolean item = i < segments.size() && segments.get(i).marker() == MarkerType.BULLET
                    && NoiseRules.isShortItem(segments.get(i).text());
            if (item && runStart < 0) {
                runStart = i;
            } else if (!item && runStart >= 0) {
                if (i - runStart >= NoiseRules.SHORT_BULLET_RUN) {
                    for (int j = runStart; j < i; j++) {
                        marked[j] = true;
                    }
                }
                runStart = -1;
            }
        }
        return marked;
    }

    /** The section and sub-section headings above the current unit. */
    private static final class HeadingState {
        private String sectionText;
        private List<Sector> sectionSectors = List.of();
        private String subText;
        private List<Sector> subSectors = List.of();

        void enter(MarkerType marker, String text, List<Sector> sectors) {
            if (marker == MarkerType.ROMAN || sectionText == null) {
                sectionText = text;
                sectionSectors = sectors;
                subText = null;
                subSectors = List.of();
            } else {
                subText = text;
                subSectors = sectors;
            }
        }

        String section() {
            return subText != null ? subText : sectionText;
        }

        List<Sector> sectors() {
            return subText != null ? subSectors : sectionSectors;
        }
    }
}
