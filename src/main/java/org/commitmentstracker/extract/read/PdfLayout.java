package org.commitmentstracker.extract.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PDF's lines put back into paragraphs, as the text was before it was laid out on pages.
 * <ul>
 * <li>Headers and footers go ({@link PdfFurniture}); a table's rows are rebuilt, each a paragraph ({@link PdfTables}).</li>
 * <li>A blank line separates paragraphs: where the stripper saw a paragraph start, after a line that ends a sentence
 * where the next line's first word would have fitted (so the break was meant, not a wrap), and after a line much
 * shorter than the column (a heading, a list item). Over a page break the paragraph goes on
 * when the last line does not end a sentence or the next starts in lower case.</li>
 * <li>A word cut by a line-end hyphen ("coopera-" + "tion") is joined: a line ending in a letter and "-" followed
 * by a line starting with a lower-case letter joins without a space. The hyphen stays when the word was
 * hyphenated anyway: its hyphenated form is elsewhere in the document, or the left part is a common prefix
 * (non, co, self, multi, anti, inter, post, pre, socio, re, ...), or already holds a hyphen ("people-to-"), or both
 * parts are words of the document of their own and the joined word is not ("long-" + "term"). Otherwise it goes.
 * Before a capital ("Viet Nam-" + "Russia") the hyphen stays and the line joins without a space.</li>
 * <li>A URL cut at the line end is joined again without a space.</li>
 * <li>A line starting with "- " after a full line that does not end a sentence is the sentence going on ("Hà Nội
 * -" wrapped before "- Hải Phòng"), not a bullet: it joins the line above.</li>
 * <li>Runs of spaces inside a line (justified text) become one.</li>
 * </ul>
 */
final class PdfLayout {
    private static final Set<String> PREFIXES = Set.of("non", "co", "self", "multi", "anti", "inter", "post", "pre",
            "socio", "re", "cross", "counter", "ex", "semi", "sub", "pro", "mid", "over", "under", "bi", "tri",
            "trans", "extra", "intra", "ultra", "macro", "micro", "neo", "pan", "quasi", "well", "all", "vice", "geo",
            "eco", "agro", "agri", "bio", "cyber", "e", "sino", "euro", "afro", "indo", "de");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:;…][\"'”’)\\]]*$");
    private static final Pattern URL_TAIL = Pattern.compile("(?:https?://|www\\.)\\S*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern URL_HEAD = Pattern.compile("^[\\w\\-./?=&#%~+:;,@!$*'()]+");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern HYPHEN_TAIL = Pattern.compile("(\\S*?)(\\p{L}+)-$");
    private static final Pattern HEAD_WORD = Pattern.compile("^(\\p{Ll}\\p{L}*)");
    /** A line this full of the column's width may be a wrapped line. */
    private static final double FULL = 0.85;
    /** A line shorter than this is a heading or a list item, whatever it ends with. */
    private static final double SHORT = 0.6;

    private final String wholeText;
    /** How often each word occurs in the document; the two halves of a cut word occur once each. */
    private final Map<String, Integer> words = new HashMap<>();
    private final float columnLeft;
    private final float columnRight;

    private PdfLayout(List<List<PdfLines.Line>> pages) {
        StringBuilder all = new StringBuilder();
        List<Float> lefts = new ArrayList<>();
        List<Float> rights = new ArrayList<>();
        for (List<PdfLines.Line> page : pages) {
            for (PdfLines.Line line : page) {
                all.append(line.text()).append('\n');
                if (line.text().strip().length() >= 20) {
                    lefts.add(line.left());
                    rights.add(line.right());
                }
            }
        }
        wholeText = all.toString().toLowerCase(Locale.ROOT);
        Matcher word = WORD.matcher(wholeText);
        while (word.find()) {
            words.merge(word.group(), 1, Integer::sum);
        }
        columnLeft = percentile(lefts, 0.1);
        columnRight = percentile(rights, 0.9);
    }

    /** The text of these pages (each a list of lines), paragraphs separated by a blank line. */
    static String text(List<List<PdfLines.Line>> pages) {
        List<List<PdfLines.Line>> body = PdfTables.join(PdfFurniture.strip(pages));
        return new PdfLayout(body).join(body);
    }

    private String join(List<List<PdfLines.Line>> pages) {
        StringBuilder out = new StringBuilder();
        PdfLines.Line previous = null;
        for (List<PdfLines.Line> page : pages) {
            boolean firstOnPage = true;
            for (PdfLines.Line line : page) {
                String text = collapseSpaces(line.text()).stripTrailing();
                if (previous == null) {
                    out.append(text);
                } else {
                    appendAfter(out, previous, text, paragraphBreak(previous, line, firstOnPage));
                }
                previous = new PdfLines.Line(text, line.left(), line.right(), line.paragraphStart(), List.of(), line.row());
                firstOnPage = false;
            }
        }
        return out.toString();
    }

    private void appendAfter(StringBuilder out, PdfLines.Line previous, String text, boolean paragraphBreak) {
        String before = previous.text().stripTrailing();
        if (!paragraphBreak) {
            if (URL_TAIL.matcher(before).find() && continuesUrl(before, text)) {
                out.append(text);
                return;
            }
            Matcher hyphen = HYPHEN_TAIL.matcher(before);
            if (hyphen.find() && !text.isEmpty()) {
                if (Character.isLowerCase(text.codePointAt(0))) {
                    if (!keepsHyphen(hyphen.group(1), hyphen.group(2), text)) {
                        out.setLength(out.length() - 1);
                    }
                    out.append(text);
                    return;
                }
                if (Character.isUpperCase(text.codePointAt(0))) {
                    out.append(text);
                    return;
                }
            }
            if (wrappedDash(previous, text)) {
                out.append(' ').append(text);
                return;
            }
        }
        out.append(paragraphBreak ? "\n\n" : "\n").append(text);
    }

    private boolean paragraphBreak(PdfLines.Line previous, PdfLines.Line line, boolean newPage) {
        if (previous.row() || line.row()) {
            return true;
        }
        boolean endsSentence = SENTENCE_END.matcher(previous.text().strip()).matches();
        boolean startsLower = !line.text().isBlank() && Character.isLowerCase(line.text().strip().codePointAt(0));
        double fill = fill(previous);
        if (newPage) {
            return fill < SHORT || endsSentence && !startsLower;
        }
        if (line.paragraphStart()) {
            return !(startsLower && !endsSentence && fill >= FULL);
        }
        return fill < SHORT || endsSentence && nextWordFits(previous, line.text());
    }

    /** Whether the next line's first word would have fitted at the end of this line: then the break was meant. */
    private boolean nextWordFits(PdfLines.Line previous, String next) {
        int length = previous.text().strip().length();
        if (length == 0 || columnRight - columnLeft < 50) {
            return true;
        }
        float charWidth = (previous.right() - previous.left()) / length;
        int firstWord = next.strip().split("\\s+", 2)[0].length();
        return previous.right() + (firstWord + 1) * charWidth < columnRight - charWidth / 2;
    }

    /** How much of the column's width the line fills; 1 when the page gives no usable geometry. */
    private double fill(PdfLines.Line line) {
        float width = columnRight - columnLeft;
        if (width < 50) {
            return 1;
        }
        return (line.right() - columnLeft) / width;
    }

    private boolean wrappedDash(PdfLines.Line previous, String text) {
        if (!(text.startsWith("- ") || text.startsWith("– "))) {
            return false;
        }
        String before = previous.text().strip();
        return !before.isEmpty() && !SENTENCE_END.matcher(before).matches() && !before.endsWith(",")
                && fill(previous) >= FULL;
    }

    private static boolean continuesUrl(String before, String text) {
        Matcher head = URL_HEAD.matcher(text);
        if (!head.find() || text.startsWith(" ")) {
            return false;
        }
        String first = head.group();
        char last = before.charAt(before.length() - 1);
        return "/-_.?=&#%".indexOf(last) >= 0 || first.matches(".*[/=&?#_%].*") || first.matches(".*\\.\\w{2,}.*");
    }

    /** See the class comment: the hyphen of a compound stays, the hyphen of a word cut in two goes. */
    private boolean keepsHyphen(String leftPrefix, String left, String next) {
        Matcher head = HEAD_WORD.matcher(next);
        String right = head.find() ? head.group(1).toLowerCase(Locale.ROOT) : "";
        String l = left.toLowerCase(Locale.ROOT);
        if (wholeText.contains(l + right + " ") || wholeText.contains(l + right + ",")
                || wholeText.contains(l + right + ".")) {
            return false;
        }
        if (wholeText.contains(l + "-" + right)) {
            return true;
        }
        if (PREFIXES.contains(l) || leftPrefix.contains("-")) {
            return true;
        }
        return words.getOrDefault(l, 0) > 1 && words.getOrDefault(right, 0) > 1 && l.length() > 1 && right.length() > 1;
    }

    private static String collapseSpaces(String line) {
        int start = 0;
        while (start < line.length() && line.charAt(start) == ' ') {
            start++;
        }
        return line.substring(0, start) + line.substring(start).replaceAll(" {2,}", " ");
    }

    private static float percentile(List<Float> values, double at) {
        if (values.isEmpty()) {
            return 0;
        }
        float[] sorted = new float[values.size()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = values.get(i);
        }
        Arrays.sort(sorted);
        return sorted[(int) Math.round(at * (sorted.length - 1))];
    }
}
