package org.commitmentstracker.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.commitmentstracker.bundled.SectorOwners;
import org.commitmentstracker.extract.classify.NoiseRules;
import org.commitmentstracker.extract.deadline.ScannedText;
import org.commitmentstracker.extract.meta.MetadataExtractor;
import org.commitmentstracker.extract.meta.StatementMetadata;
import org.commitmentstracker.extract.read.SourceText;
import org.commitmentstracker.extract.segment.Marker;
import org.commitmentstracker.extract.segment.ParagraphJoiner;
import org.commitmentstracker.extract.segment.Segmenter;
import org.commitmentstracker.extract.text.Spaces;
import org.commitmentstracker.model.UnitKind;

/**
 * Finds a statement's commitments: reads its metadata, cuts the rest into units, gives each a
 * kind, and gives each commitment its sector, deadline, acting side, target and suggested owner.
 * Pure: it touches no store and no file.
 */
public final class StatementExtractor {
    private static final Pattern SOURCE_LINE = Pattern.compile("^(?:Source|Nguồn)\\s*:\\s*\\S+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Words after the title line that are still the title (a title wrapped over lines). */
    private static final int TITLE_TAIL_WORDS = 15;
    private static final int MAX_TITLE_WORDS = 30;
    /** Compiled once: a String's replaceAll and split compile their pattern at every call (once per paragraph here). */

    private static final NoiseRules NOISE = new NoiseRules();

    private final MetadataExtractor metadataExtractor = new MetadataExtractor();
    private final Segmenter segmenter = new Segmenter();
    private final UnitAnalyser analyser = new UnitAnalyser();
    private final CommitmentSuggester commitments;

    public StatementExtractor(SectorOwners owners) {
        this.commitments = new CommitmentSuggester(owners);
    }

    public Extraction extract(SourceText source) {
        // Metadata is read from whole paragraphs, so a date or a name broken by a hard wrap is found.
        List<String> paragraphs = ParagraphJoiner.paragraphs(source.text());
        // The dates are scanned once, for the statement's date and then for its commitments' deadlines.
        ScannedText dates = metadataExtractor.scan(String.join("\n", paragraphs));
        StatementMetadata found = metadataExtractor.extract(dates);
        boolean titled = isTitle(found.title());
        Body body = body(paragraphs, titled ? found.title() : null);
        String title = !titled ? madeUpTitle(found) : body.fullTitle() != null ? body.fullTitle() : found.title();
        StatementMetadata metadata = new StatementMetadata(title,
                found.partners(), found.date(), found.place(), found.language(),
                found.source() != null ? found.source() : source.sourceUrl(), found.relationship());
        List<ExtractedUnit> units = new ArrayList<>();
        List<AnalysedUnit> analysed = analyser.analyse(segmenter.segment(body.paragraphs()), metadata.language(),
                body.beforeTitle());
        // A lead-in's side and deadline, read once for all its items (they depend on its text and cue alone);
        // a commitment's own are those it would have as a lead-in.
        Map<Integer, ExtractedUnit> leads = new HashMap<>();
        for (AnalysedUnit u : analysed) {
            int leadIn = u.segment().leadIn();
            units.add(complete(u, leadIn < 0 ? null : analysed.get(leadIn), metadata, leads, dates));
        }
        return new Extraction(source.name(), source.text(), metadata, units);
    }

    /**
     * A list item takes its lead-in's acting side when it names none. It takes the lead-in's deadline only
     * from a lead-in that does nothing but frame the list ("By 2030, the Australian side will:"); a lead-in
     * with an undertaking of its own ("raise trade to USD 10 billion by 2030, including by: • …") dates
     * that undertaking, not its items (every labeller of the corpus read it so).
     */
    private ExtractedUnit complete(AnalysedUnit u, AnalysedUnit leadIn, StatementMetadata metadata,
                                   Map<Integer, ExtractedUnit> leads, ScannedText dates) {
        ExtractedUnit own = complete(u, metadata, dates);
        if (own.kind() == UnitKind.COMMITMENT) {
            leads.put(own.ordinal(), own);
        }
        if (own.kind() != UnitKind.COMMITMENT || leadIn == null) {
            return own;
        }
        // Only the lead-in's side and deadline are read below: the item's sector given here changes neither.
        ExtractedUnit lead = leads.computeIfAbsent(leadIn.segment().ordinal(), k -> commitments.complete(
                leadIn.segment().ordinal(), leadIn.segment().ref(), leadIn.segment().text(), leadIn.section(),
                // a lead-in taken as a heading: its side is named before its colon
                leadIn.kind() == UnitKind.HEADING ? ":" : leadIn.kindCue(), u.sector(), u.sectorCue(), metadata, dates));
        Actor actor = ActorFinder.namesNoSide(own.text(), own.kindCue()) ? lead.actor() : own.actor();
        boolean leadsDeadline = own.deadline() == null && lead.deadline() != null && leadIn.kind() == UnitKind.HEADING;
        return new ExtractedUnit(own.ordinal(), own.ref(), own.kind(), own.text(), own.section(), own.sector(),
                leadsDeadline ? lead.deadline() : own.deadline(), actor, own.target(), own.owner(), own.kindCue(),
                own.sectorCue(), leadsDeadline ? "the lead-in's \"" + lead.deadlineCue() + "\"" : own.deadlineCue());
    }

    private ExtractedUnit complete(AnalysedUnit u, StatementMetadata metadata, ScannedText dates) {
        String text = u.segment().text();
        if (u.kind() != UnitKind.COMMITMENT) {
            return new ExtractedUnit(u.segment().ordinal(), u.segment().ref(), u.kind(), text, u.section(),
                    null, null, null, null, null, u.kindCue(), null, null);
        }
        return commitments.complete(u.segment().ordinal(), u.segment().ref(), text, u.section(), u.kindCue(),
                u.sector(), u.sectorCue(), metadata, dates);
    }

    /** A statement with no title line gets its first paragraph as "title": that is a unit, not a title. */
    static boolean isTitle(String title) {
        return title != null && !title.isBlank() && title.strip().split("\\s+").length <= MAX_TITLE_WORDS
                && !Marker.startsWithMarker(title);
    }

    private static String madeUpTitle(StatementMetadata m) {
        String partners = String.join(" - ", m.partners());
        if ("vi".equals(m.language())) {
            return partners.isEmpty() ? "Tuyên bố chung" : "Tuyên bố chung Việt Nam - " + partners;
        }
        return partners.isEmpty() ? "Joint Statement" : "Joint Statement of Viet Nam and " + String.join(" and ", m.partners());
    }

    /**
     * The paragraphs that are units, how many of them stand before the title (a web page's
     * navigation: "Home", "News", a list of provinces), and the whole title when the one found was
     * cut short with an ellipsis and the text has it whole (else null).
     */
    record Body(List<String> paragraphs, int beforeTitle, String fullTitle) {
    }

    /**
     * Of the text's paragraphs ({@link ParagraphJoiner#paragraphs}), those that are units: not the title,
     * a closing "Source: URL", a dateline or a byline (all metadata).
     */
    static Body body(List<String> paragraphs, String title) {
        String whole = title == null ? "" : title.replaceAll("\\s+", " ").strip();
        // A title cut short ("... đi vào …", a running header) still opens the paragraph it was cut from,
        // which is the whole title again.
        String collapsedTitle = whole.replaceAll("\\s*(?:…|\\.\\.\\.)$", "");
        boolean cut = !collapsedTitle.equals(whole);
        String fullTitle = null;
        boolean titleDropped = collapsedTitle.isEmpty();
        List<String> body = new ArrayList<>();
        int beforeTitle = 0;
        for (String paragraph : paragraphs) {
            String collapsed = Spaces.collapse(paragraph).strip();
            if (titleDropped && cut && fullTitle == null && !collapsedTitle.isEmpty() && collapsed.startsWith(collapsedTitle)
                    && Spaces.pieces(collapsed) <= MAX_TITLE_WORDS) {
                fullTitle = collapsed;
                continue;
            }
            // the title again (a PDF's running header, then the page's own headline) is still the title
            if (titleDropped && !collapsedTitle.isEmpty() && collapsed.equals(collapsedTitle)) {
                continue;
            }
            if (!titleDropped && collapsed.startsWith(collapsedTitle)) {
                titleDropped = true;
                beforeTitle = body.size();
                // A title wrapped over two lines comes back whole; a first paragraph run into
                // the title line stays a unit.
                String rest = collapsed.substring(collapsedTitle.length()).strip();
                if (rest.split("\\s+").length > TITLE_TAIL_WORDS) {
                    body.add(rest);
                }
                continue;
            }
            if (!SOURCE_LINE.matcher(collapsed).matches() && !NOISE.isPageMetadata(collapsed)) {
                body.add(paragraph);
            }
        }
        return new Body(body, titleDropped ? beforeTitle : 0, fullTitle);
    }
}
