package org.commitmentstracker.extract.meta;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.commitmentstracker.extract.deadline.DateMention;
import org.commitmentstracker.extract.deadline.DateScanner;
import org.commitmentstracker.extract.deadline.ScannedText;

/**
 * Reads what a statement says about itself (title, partners, date, place, language, source,
 * relationship level) from its plain text, web-page debris around it included.
 */
public final class MetadataExtractor {
    private final DateScanner scanner = new DateScanner();
    private final Countries countries = Countries.load();
    private final LanguageDetector languages = new LanguageDetector();
    private final TitleFinder titles = new TitleFinder();
    private final PartnerFinder partners = new PartnerFinder(countries);
    private final StatementDateFinder dates = new StatementDateFinder();
    private final PlaceFinder places = new PlaceFinder(countries);
    private final RelationshipFinder relationships = new RelationshipFinder();

    public MetadataExtractor() {
    }

    /** @param text the whole statement as plain text, lines separated by '\n' */
    public StatementMetadata extract(String text) {
        return extract(scan(text));
    }

    /** The text scanned for dates once, for its metadata and then its commitments' deadlines. */
    public ScannedText scan(String text) {
        return scanner.scanWhole(DateScanner.normalize(text));
    }

    /** @param scanned the whole statement as plain text ({@link #scan}) */
    public StatementMetadata extract(ScannedText scanned) {
        String norm = scanned.text();
        StatementLines lines = StatementLines.of(norm, scanner);
        String language = detectLanguage(norm);
        TitleFinder.Title title = titles.find(lines);
        // A first line taken as title only for want of one is still the statement's first paragraph.
        String content = lines.contentAfter(title.titleLike() ? title.line() : title.line() - 1);
        List<DateMention> mentions = scanned.mentions();
        Optional<DateMention> adoption = dates.adoption(norm, lines, mentions);
        String head = title.text() == null || !title.titleLike() ? "" : title.text() + "\n";
        return new StatementMetadata(title.text(), partners.find(title, content),
                dates.find(norm, lines, mentions, adoption, language), places.find(norm, adoption, content), language,
                source(lines), relationships.find(head + content));
    }

    /** "vi" or "en". */
    public String detectLanguage(String text) {
        return languages.detect(text);
    }

    /** The URL of the last "Source: URL" / "Nguồn: URL" line. */
    private static String source(StatementLines lines) {
        String url = null;
        for (StatementLines.Line line : lines.all()) {
            Matcher m = StatementLines.SOURCE.matcher(line.text());
            if (m.matches()) {
                url = m.group(1);
            }
        }
        return url;
    }
}
