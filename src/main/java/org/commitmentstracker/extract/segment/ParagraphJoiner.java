package org.commitmentstracker.extract.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns lines into paragraphs: a paragraph broken across lines (hard-wrapped) becomes one.
 *
 * <p>A text is taken as hard-wrapped when nine lines in ten are at most {@link #WRAP_WIDTH}
 * characters long. There, a line joins the one before it unless it starts with a marker, or
 * the line before is clearly short (a heading, or the last line of a paragraph), or the line
 * before ends a sentence and the next line's first word would have fitted on it (so the
 * break was not made by wrapping). In a text that is not wrapped, each line is a paragraph,
 * unless the next one starts in lower case. Blank lines always end a paragraph.
 */
public final class ParagraphJoiner {
    static final int WRAP_WIDTH = 100;
    private static final double SHORT_LINE = 0.6;
    /** Proportional fonts (text from PDFs) fill lines unevenly: allow for it before calling a break deliberate. */
    private static final double FIT_SLACK = 0.95;
    /** Share of lines ending a sentence at or above which a text is taken as written a paragraph a line. */
    private static final double ENDED_SHARE = 0.6;
    private static final int DATELINE_LENGTH = 80;
    private static final double MIN_CUT_SHARE = 0.1;
    /** A dateline or publication stamp ("Canberra, 4 June 2025", "07/06/2025 10:15 GMT+7"): a line of its own. */
    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "(?iu)^(?:[^\\d]{0,40}[,|:-]\\s*)?(?:\\p{L}+,?\\s+)?(?:\\d{1,2}[/.]\\d{1,2}[/.]\\d{4}|\\d{1,2}\\s+\\p{L}+\\s+\\d{4}"
                    + "|\\p{L}+\\s+\\d{1,2},\\s*\\d{4}|ngày\\s+\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4})"
                    + "(?:[\\s,|:()-]*(?:\\d{1,2}[:h]\\d{2}|GMT\\s*[+-]?\\s*\\d*|[AP]M|print|email|share|in bài|chia sẻ))*[\\s)]*$");
    /** What a line that ends a sentence ends with. */
    private static final String SENTENCE_ENDS = ".!?;:\"”’)";

    private ParagraphJoiner() {
    }

    public static List<String> paragraphs(String text) {
        List<String> lines = Arrays.stream(text.split("\\R", -1)).map(String::strip).toList();
        int width = wrapWidth(lines);
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String previous = null;
        for (String line : lines) {
            if (line.isEmpty()) {
                flush(current, paragraphs);
                previous = null;
                continue;
            }
            if (previous != null && !continues(previous, line, width)) {
                flush(current, paragraphs);
            }
            if (!current.isEmpty()) {
                current.append(' ');
            }
            current.append(line);
            previous = line;
        }
        flush(current, paragraphs);
        return paragraphs;
    }

    /** The width a wrapped text is wrapped at, or 0 when the text is not hard-wrapped. */
    static int wrapWidth(List<String> allLines) {
        // a table's rows (cells split by tabs) are as long as their cells make them: they tell nothing of wrapping
        List<String> lines = allLines.stream().filter(l -> l.indexOf('\t') < 0).toList();
        int[] lengths = lines.stream().filter(l -> !l.isEmpty()).mapToInt(String::length).sorted().toArray();
        if (lengths.length < 4) {
            return 0;
        }
        int p90 = lengths[(int) Math.floor(0.9 * (lengths.length - 1))];
        // Wrapping ends most lines inside a sentence; a text whose lines mostly end one
        // (a sentence or an item a line) is not wrapped, however short its lines.
        long ended = lines.stream().filter(l -> !l.isEmpty() && endsSentence(l)).count();
        return p90 <= WRAP_WIDTH && ended < ENDED_SHARE * lengths.length && breaksInsideSentences(lines, p90) ? p90 : 0;
    }

    /**
     * Whether some full lines are cut inside a sentence, the next line going on in lower case: a page
     * of short lines (a title, a dateline, a byline, a sentence a line) shows none.
     */
    private static boolean breaksInsideSentences(List<String> lines, int width) {
        int full = 0;
        int cut = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = lines.get(i);
            if (line.length() >= SHORT_LINE * width && !lines.get(i + 1).isEmpty()) {
                full++;
                cut += Character.isLowerCase(lines.get(i + 1).charAt(0)) ? 1 : 0;
            }
        }
        return cut > 0 && cut >= MIN_CUT_SHARE * full;
    }

    private static boolean continues(String previous, String line, int width) {
        if (Marker.startsWithMarker(line) || line.length() <= DATELINE_LENGTH && DATELINE.matcher(line).find()) {
            return false;
        }
        char first = line.charAt(0);
        if (Character.isLowerCase(first)) {
            return true;
        }
        if (width == 0 || previous.length() < SHORT_LINE * width) {
            return false;
        }
        String firstWord = line.split("\\s+", 2)[0];
        boolean wouldHaveFitted = previous.length() + 1 + firstWord.length() <= FIT_SLACK * width;
        return !(endsSentence(previous) && wouldHaveFitted);
    }

    /**
     * Whether the line's last character (before a line break that ends it, as a pattern's {@code $} reads a line)
     * ends a sentence. Looked at directly: a pattern's {@code find} would try every place in the line.
     */
    static boolean endsSentence(String line) {
        int end = line.length();
        if (end > 0 && isLineBreak(line.charAt(end - 1))) {
            end--;
            if (end > 0 && line.charAt(end) == '\n' && line.charAt(end - 1) == '\r') {
                end--;
            }
        }
        return end > 0 && SENTENCE_ENDS.indexOf(line.charAt(end - 1)) >= 0;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (!current.isEmpty()) {
            paragraphs.addAll(InlineItems.split(current.toString()));
            current.setLength(0);
        }
    }
}
