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
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[.!?;:\"”’)]$");

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
    static int wrapWidth(List<String> lines) {
        int[] lengths = lines.stream().filter(l -> !l.isEmpty()).mapToInt(String::length).sorted().toArray();
        if (lengths.length < 4) {
            return 0;
        }
        int p90 = lengths[(int) Math.floor(0.9 * (lengths.length - 1))];
        return p90 <= WRAP_WIDTH ? p90 : 0;
    }

    private static boolean continues(String previous, String line, int width) {
        if (Marker.startsWithMarker(line)) {
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
        return !(SENTENCE_END.matcher(previous).find() && wouldHaveFitted);
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (!current.isEmpty()) {
            paragraphs.add(current.toString());
            current.setLength(0);
        }
    }
}
