package org.commitmentstracker.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commitmentstracker.extract.classify.HeadingRule;
import org.commitmentstracker.extract.classify.KindClassifier;
import org.commitmentstracker.extract.classify.KindDecision;
import org.commitmentstracker.extract.classify.NoiseRules;
import org.commitmentstracker.extract.sector.SectorClassifier;
import org.commitmentstracker.extract.sector.SectorClassifier.SectorDecision;
import org.commitmentstracker.extract.sector.SectorScope;
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
    private final NoiseRules noise = new NoiseRules();
    private final KindClassifier kinds = new KindClassifier();
    private final SectorClassifier sectors = new SectorClassifier();
    private final SectorScope scope = new SectorScope(sectors);

    /** @param beforeTitle how many segments stand before the statement's title: page debris, so noise */
    public List<AnalysedUnit> analyse(List<Segment> segments, String language, int beforeTitle) {
        boolean[] shortBulletRun = shortBulletRuns(segments);
        List<AnalysedUnit> units = new ArrayList<>();
        HeadingScope headings = new HeadingScope();
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
                headings.pass(segment.marker(), false);
                units.add(new AnalysedUnit(segment, UnitKind.HEADING, "a lead-in that only introduces the list below it",
                        headings.section(), null, null));
                continue;
            }
            boolean labelOnly = scope.isLabelOnly(text);
            if ((HeadingRule.isHeading(segment.marker(), text) || labelOnly)
                    && (segment.marker() == MarkerType.ROMAN || HeadingRule.isLetteredSection(text)
                    || !looksLikeCommitment(text, language))) {
                List<Sector> named = scope.namesStatement(text) ? List.of() : scope.named(text);
                Sector sector = named.isEmpty() ? null : named.get(0);
                // "- Về kinh tế, thương mại:" reaches the items below it even when they are marked like itself.
                headings.enter(segment.marker(), text, named, labelOnly && segment.marker() != MarkerType.NONE);
                String cue = segment.marker() == MarkerType.ROMAN ? "a numbered section"
                        : labelOnly ? "a label that names a field" : segment.marker() == MarkerType.NUMBER
                        ? "a short numbered line that is not a sentence" : "a short line that is not a sentence";
                units.add(new AnalysedUnit(segment, UnitKind.HEADING, cue, headings.section(), sector, null));
                continue;
            }
            Optional<String> label = scope.label(text);
            headings.pass(segment.marker(), label.isPresent());
            AnalysedUnit leadInUnit = segment.leadIn() >= 0 ? units.get(segment.leadIn()) : null;
            // "• Về hợp tác Halal, hai bên nhất trí:" then "+ Công nhận lẫn nhau …": an item may lead the items below it
            AnalysedUnit subLeadIn = segment.isListItem() ? itemLeadingItems(units, segment) : null;
            leadInUnit = subLeadIn != null ? subLeadIn : leadInUnit;
            UnitKind leadIn = leadInUnit == null ? null : introducesList(segments, leadInUnit.segment())
                    ? UnitKind.COMMITMENT : leadInUnit.kind();
            KindDecision decision = leadIn == UnitKind.CONTEXT && KindClassifier.reports(leadInUnit.segment().text())
                    ? new KindDecision(UnitKind.CONTEXT, "an item of what one side reported")
                    : kinds.classify(text, language, segment.isListItem(), leadIn);
            if (decision.kind() != UnitKind.COMMITMENT && decision.cue().startsWith("no commitment")
                    && headings.section() != null && DOCUMENTS_TO_COME.matcher(headings.section()).find()) {
                decision = new KindDecision(UnitKind.COMMITMENT, "a document listed under \"" + headings.section() + "\"");
            }
            Sector sector = null;
            String sectorCue = null;
            if (decision.kind() == UnitKind.COMMITMENT) {
                SectorClassifier.SectorDecision chosen = sector(text, label, headings, leadInUnit);
                sector = chosen.sector();
                sectorCue = chosen.cue();
            }
            if (label.isPresent() && text.strip().endsWith(":")) {
                // a lead-in named by its label: "On defence and security, the two sides agreed to:"
                headings.enter(segment.marker(), text, scope.named(label.get()), true);
            }
            units.add(new AnalysedUnit(segment, decision.kind(), decision.cue(), headings.section(), sector, sectorCue));
        }
        return units;
    }

    /** A heading over documents still to be signed: its plain entries are undertakings ("B. Documents to be concluded"). */
    private static final java.util.regex.Pattern DOCUMENTS_TO_COME = java.util.regex.Pattern.compile(
            "(?iu)\\b(?:to\\s+be\\s+(?:signed|concluded|negotiated|finali[sz]ed)|under\\s+negotiation"
            + "|sẽ\\s+(?:được\\s+)?ký|dự\\s+kiến\\s+(?:sẽ\\s+)?ký|đang\\s+đàm\\s+phán|sẽ\\s+được\\s+ký\\s+kết)\\b");

    /** An unnumbered line that only introduces the list items that hang from it. */
    private static boolean introducesList(List<Segment> segments, Segment segment) {
        int next = segment.ordinal() + 1;
        return segment.marker() == MarkerType.NONE && next < segments.size() && segments.get(next).leadIn() == segment.ordinal()
                && KindClassifier.onlyIntroducesList(segment.text());
    }

    /**
     * The list item that ends with a colon above this one, past its siblings, when it is nearer than
     * the paragraph the list hangs from: the items after it are its items.
     */
    private static AnalysedUnit itemLeadingItems(List<AnalysedUnit> units, Segment segment) {
        for (int i = segment.ordinal() - 1; i > segment.leadIn() && i >= 0; i--) {
            Segment before = units.get(i).segment();
            if (!before.isListItem()) {
                return null;
            }
            if (before.text().strip().endsWith(":")) {
                return units.get(i);
            }
        }
        return null;
    }

    private boolean looksLikeCommitment(String text, String language) {
        return kinds.classify(text, language, false, null).kind() == UnitKind.COMMITMENT;
    }

    /**
     * A commitment's sector: its own label first ("Về giáo dục: ..."), then the heading above it
     * (among the fields it names, by the unit's words), then its own words, then its lead-in's. The
     * closing invitation to visit and a unit about the statement itself stand beyond any heading.
     */
    private SectorDecision sector(String text, Optional<String> label, HeadingScope headings, AnalysedUnit leadInUnit) {
        if (label.isPresent()) {
            return within(text, scope.named(label.get()), "its label \"" + label.get() + "\"");
        }
        List<Sector> fromHeading = headings.sectors();
        if (!fromHeading.isEmpty() && !scope.beyondHeadings(text)) {
            return within(text, fromHeading, "the heading \"" + headings.sectorSource() + "\"");
        }
        // An item's own words first, then its lead-in's ("cooperation in agriculture as follows:").
        return sectors.classify(text).or(() -> leadInUnit == null ? Optional.empty()
                        : sectors.classify(leadInUnit.segment().text()))
                .orElse(new SectorDecision(Sector.POL, "no field named: relations in general"));
    }

    /** One of the fields a heading or label names: the only one, or the one the unit's words weigh most. */
    private SectorDecision within(String text, List<Sector> named, String source) {
        if (named.size() == 1) {
            return new SectorDecision(named.get(0), source);
        }
        var own = sectors.classify(text, named);
        return new SectorDecision(own.map(SectorDecision::sector).orElse(named.get(0)),
                source + own.map(o -> " and \"" + o.cue() + "\"").orElse(""));
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
}
