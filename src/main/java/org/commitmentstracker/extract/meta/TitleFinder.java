package org.commitmentstracker.extract.meta;

import java.util.List;
import java.util.regex.Pattern;
import org.commitmentstracker.extract.deadline.Sentences;

/**
 * The title line: among the lines before the first paragraph of prose, the first short one that
 * names the statement ("Joint Statement", "Tuyên bố chung"), else the first short non-debris one;
 * failing both, the first non-debris line of the text. Lines after the prose starts are never
 * titles, so link text such as "Toàn văn tuyên bố chung" further down is not taken.
 */
final class TitleFinder {
    /** The title and its line; named is false when it is only the first line of the text. */
    record Title(String text, int line, boolean titleLike) {
    }

    private static final int MAX_TITLE_WORDS = 25;
    private static final int PROSE_WORDS = 25;
    private static final Pattern NAMES_STATEMENT = Pattern.compile(
            "(?iu)joint\\s+statement|joint\\s+declaration|joint\\s+communiqu|declaration|statement|joint\\s+vision|action\\s+plan"
            + "|plan\\s+of\\s+action|programme\\s+of\\s+action|tuyên\\s+bố|thông\\s+cáo|tầm\\s+nhìn\\s+chung"
            + "|kế\\s+hoạch\\s+hành\\s+động|chương\\s+trình\\s+hành\\s+động");
    private static final Pattern NUMBERED = Pattern.compile("^(?:\\d+|[IVX]+)[.)]\\s");

    Title find(StatementLines lines) {
        List<StatementLines.Line> all = lines.all();
        int firstShort = -1;
        for (int i = 0; i < all.size(); i++) {
            StatementLines.Line line = all.get(i);
            if (line.debris()) {
                continue;
            }
            if (isProse(line.text())) {
                break;
            }
            if (isTitleShaped(line.text())) {
                if (NAMES_STATEMENT.matcher(line.text()).find()) {
                    return new Title(line.text(), i, true);
                }
                firstShort = firstShort < 0 ? i : firstShort;
            }
        }
        if (firstShort >= 0) {
            return new Title(all.get(firstShort).text(), firstShort, true);
        }
        for (int i = 0; i < all.size(); i++) {
            if (!all.get(i).debris()) {
                return new Title(all.get(i).text(), i, false);
            }
        }
        return new Title(null, -1, false);
    }

    /** Short, not a numbered paragraph, and not a sentence that ends with a full stop or opens a list with a colon. */
    private static boolean isTitleShaped(String t) {
        int words = Sentences.wordCount(t);
        return words >= 2 && words <= MAX_TITLE_WORDS && !NUMBERED.matcher(t).find() && !t.endsWith(".")
                && !t.endsWith(":");
    }

    private static boolean isProse(String t) {
        int words = Sentences.wordCount(t);
        return words > PROSE_WORDS || words > 12 && t.endsWith(".");
    }
}
