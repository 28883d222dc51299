package org.commitmentstracker.extract.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commitmentstracker.bundled.TsvTable;
import org.commitmentstracker.extract.text.LeadingWords;
import org.commitmentstracker.extract.text.Spaces;

/**
 * Web-page debris that is not part of a statement: link text, image file names, photo
 * captions, timestamps (noise.tsv), and runs of one- or two-word bullets such as a site's list
 * of provinces. Noise is decided before anything else and never becomes a commitment.
 */
public final class NoiseRules {
    /** A run of at least this many short bullets is a menu or a list of places. */
    public static final int SHORT_BULLET_RUN = 4;
    static final int SHORT_BULLET_WORDS = 4;
    /** Longer than any caption or link text seen on news sites. */
    static final int MAX_DEBRIS_LENGTH = 400;
    // compiled once: a String's replaceAll, split and matches compile their pattern at every call
    private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s.:;!»›>]+$");
    private static final Pattern HAS_LETTER = Pattern.compile(".*\\p{L}.*");
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.;:!?]$");
    private static final Pattern ENDS_SENTENCE_ACROSS_LINES = Pattern.compile("(?s).*[.;:!?]$");

    /** "By VNA | Published: ...", "Theo TTXVN", "By Minh Anh": who wrote or sent the page. */
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:by|theo)\\s+(?-i:\\p{Lu})[\\p{L}\\p{N}.&'’ ]{0,40}(?:\\s*[|•–-]\\s*.{0,80})?$", Cue.FLAGS);
    /** "Updated: 07/06/2025 10:15 GMT+7 | Print | Email", "Cập nhật lúc 10:15 ngày 7/6/2025". */
    private static final Pattern STAMP = Pattern.compile("^(?:\\S+,\\s*)?(?:updated|published|posted|last updated|cập nhật|"
            + "ngày đăng|ngày cập nhật|đăng lúc|đăng ngày|đăng)\\b\\s*:?.{0,30}?\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}.{0,60}$"
            + "|^(?:updated|published|posted|cập nhật|đăng)\\s*:?\\s*\\p{L}+\\s+\\d{1,2},?\\s+\\d{4}.{0,60}$", Cue.FLAGS);
    /** Link text after which a page lists other articles ("Tin liên quan", "Related news"). */
    private static final Pattern RELATED = Pattern.compile("^(?:tin|bài)\\s+(?:liên quan|cùng chuyên mục|khác|đọc nhiều)"
            + "|^(?:related|read more|see also|more news|xem thêm|đọc thêm|other news)", Cue.FLAGS);
    static final int MAX_HEADLINE_WORDS = 30;
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");

    private final List<String> phrases = new ArrayList<>();
    /** Each with the words one of which its matches hold: a pattern is not run on a unit without them. */
    private final List<LeadingWords> patterns = new ArrayList<>();

    public NoiseRules() {
        TsvTable table = TsvTable.read("noise.tsv", NoiseRules.class.getResourceAsStream("noise.tsv"));
        for (Map<String, String> row : table.rows()) {
            if ("phrase".equals(row.get("class"))) {
                phrases.add(normalise(row.get("text")));
            } else {
                patterns.add(LeadingWords.of(Pattern.compile(row.get("text"), Cue.FLAGS)));
            }
        }
    }

    /** The rule that makes the unit noise, if one does. */
    public Optional<String> match(String text) {
        // Debris is short: link text, a caption, a timestamp. A long paragraph is never all debris.
        if (text.length() > MAX_DEBRIS_LENGTH) {
            return Optional.empty();
        }
        String normalised = normalise(text);
        if (phrases.contains(normalised)) {
            return Optional.of("web-page text \"" + text.strip() + "\"");
        }
        String stripped = text.strip();
        String folded = LeadingWords.fold(stripped);
        for (LeadingWords pattern : patterns) {
            if (!pattern.mayOccurIn(folded)) {
                continue;
            }
            var m = pattern.pattern().matcher(stripped);
            if (pattern.find(m)) {
                return Optional.of("web-page debris \"" + m.group().strip() + "\"");
            }
        }
        if (!HAS_LETTER.matcher(normalised).matches()) {
            return Optional.of("no words");
        }
        return Optional.empty();
    }

    /** A dateline, publication stamp or byline: metadata of the page, never a unit. */
    public boolean isPageMetadata(String text) {
        String t = text.strip();
        return t.length() <= MAX_DEBRIS_LENGTH / 2 && (BYLINE.matcher(t).matches() || STAMP.matcher(t).matches()
                || match(t).filter(cue -> cue.equals("web-page debris \"" + t + "\"") && YEAR.matcher(t).find()
                        && !t.contains(".jp") && !t.contains(".png")).isPresent());
    }

    /** Link text that opens a list of other articles' headlines. */
    public static boolean opensRelatedLinks(String text) {
        // both alternatives open with "^": a match can only start where the text does
        return RELATED.matcher(text.strip()).lookingAt() && Spaces.pieces(text.strip()) <= SHORT_BULLET_WORDS;
    }

    /** A headline: a line of some words that is not a sentence. */
    public static boolean isHeadline(String text) {
        String t = text.strip();
        return !t.isEmpty() && Spaces.pieces(t) <= MAX_HEADLINE_WORDS && !ENDS_SENTENCE_ACROSS_LINES.matcher(t).matches();
    }

    /** A bullet of a few words with no sentence in it: an item of a menu or a list of places. */
    public static boolean isShortItem(String text) {
        String t = text.strip();
        return !t.isEmpty() && Spaces.pieces(t) <= SHORT_BULLET_WORDS && !ENDS_SENTENCE.matcher(t).matches();
    }

    /**
     * The text stripped, without the marks that end it ({@link #TRAILING_MARKS}), each run of spaces one
     * space ({@link Spaces#collapse}), in lower case: the marks read char by char, as the pattern's replaceAll would.
     */
    private static String normalise(String text) {
        String t = text.strip();
        if (!t.isEmpty() && t.charAt(t.length() - 1) == '\u0085') {
            // "$" also matches before a last line end, which strip() leaves: the pattern itself
            return Spaces.collapse(TRAILING_MARKS.matcher(t).replaceAll("")).toLowerCase(Locale.ROOT);
        }
        int end = t.length();
        while (end > 0 && (Spaces.isSpace(t.charAt(end - 1)) || ".:;!»›>".indexOf(t.charAt(end - 1)) >= 0)) {
            end--;
        }
        return Spaces.collapse(t.substring(0, end)).toLowerCase(Locale.ROOT);
    }
}
