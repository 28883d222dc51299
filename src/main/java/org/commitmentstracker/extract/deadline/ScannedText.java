package org.commitmentstracker.extract.deadline;

import java.util.ArrayList;
import java.util.List;

/**
 * A statement's whole text scanned for dates once ({@link DateScanner#scanWhole}): the statement's date is read from
 * its mentions, and each commitment's deadline from the mentions of its own text. A commitment's text read alone can
 * find what the whole text's scan does not (the rules look a few characters past a date: "| 2026" ends a table row's
 * text alone but not the whole text, where the next row follows), so a part takes the whole text's mentions only
 * where nothing around it can change them; elsewhere {@link #mentionsOf} says so and the part is scanned alone.
 * The same statement's parts are asked in text order. One statement, one thread.
 */
public final class ScannedText {
    /** How far back from a part's start its sentence's start is looked for. */
    private static final int SENTENCE_GAP = 12;
    /** How far after a number a date can end ({@link DateScanner#WINDOW_AFTER}), and a character more. */
    private static final int DATE_AFTER_NUMBER = DateScanner.WINDOW_AFTER + 1;
    /** Longer parts are scanned alone: the rules read back and forth up to {@link Sentences#REACH}. */
    private static final int LONGEST_PART = Sentences.REACH - 2 * SENTENCE_GAP;

    private final String text;
    /** Every span the scan took, those rejected too (they keep other rules off their characters), in text order. */
    private final List<DateMention> taken;
    private final List<DateMention> mentions;
    /** Where the part asked before ended: the next is looked for from there. */
    private int cursor;

    ScannedText(String normalized, List<DateMention> taken) {
        this.text = normalized;
        this.taken = taken;
        this.mentions = taken.stream().filter(d -> !d.rejected()).toList();
    }

    /** The whole text, as scanned ({@link DateScanner#normalize}). */
    public String text() {
        return text;
    }

    /** The whole text's mentions, in text order. */
    public List<DateMention> mentions() {
        return mentions;
    }

    /**
     * The mentions {@link DateScanner#scan} would find in a part of the text read alone, with offsets into that part;
     * null when the part is not found in the text or its surroundings could change what is found (scan it alone).
     *
     * @param part a part of the text, passed through {@link DateScanner#normalize}
     */
    public List<DateMention> mentionsOf(String part) {
        if (part.isBlank() || part.length() > LONGEST_PART) {
            return null;
        }
        int start = text.indexOf(part, cursor);
        if (start < 0) {
            start = text.indexOf(part);
        }
        if (start < 0) {
            return null;
        }
        int end = start + part.length();
        cursor = end;
        // The spans are disjoint, so in text order their ends ascend too: the first that ends after the start.
        int first = firstEndingAfter(start);
        List<DateMention> found = new ArrayList<>();
        int lastEnd = -1;
        for (int i = first; i < taken.size() && taken.get(i).start() < end; i++) {
            DateMention m = taken.get(i);
            if (m.start() < start || m.end() > end) {
                // a date reaching over the part's edge: read alone, the part may hold another
                return null;
            }
            lastEnd = m.end();
            if (!m.rejected()) {
                found.add(shifted(m, start));
            }
        }
        return startsClear(start) && endsClear(start, end, lastEnd) ? found : null;
    }

    private int firstEndingAfter(int offset) {
        int low = 0;
        int high = taken.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (taken.get(mid).end() <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /**
     * Nothing before the part changes what is read in it: it opens the text, or a sentence with at most a few
     * signs between ("12. ", "- "), and no table cell's bar or tab just before it (a year alone in a cell is a date).
     */
    private boolean startsClear(int start) {
        for (int k = Math.max(0, start - 4); k < start; k++) {
            if (text.charAt(k) == '|' || text.charAt(k) == '\t') {
                return false;
            }
        }
        for (int i = start - 1; i >= Math.max(-1, start - SENTENCE_GAP); i--) {
            if (i < 0 || Sentences.endsSentence(text, i)) {
                return true;
            }
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Nothing after the part changes what is read in it: it ends the text, or its sentence ends with it, and what
     * follows cannot be read as more of a date at its end ("2026" then the next row's "14 |", "30 Oct." then "12.").
     *
     * @param lastEnd where the last span taken in the part ends, or -1
     */
    private boolean endsClear(int start, int end, int lastEnd) {
        if (end == text.length()) {
            return true;
        }
        int last = end - 1;
        while (last >= start && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        if (last < start || Character.isDigit(text.charAt(last))) {
            // a year at a part's very end is a table cell's alone, and not when the text goes on
            return false;
        }
        char after = text.charAt(end);
        boolean sentenceEnds = after == '\n' || Character.isWhitespace(after) && Sentences.endsSentence(text, last);
        if (!sentenceEnds) {
            return false;
        }
        int next = end;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next == text.length() || !Character.isDigit(text.charAt(next)) && ",-/.|".indexOf(text.charAt(next)) < 0) {
            return true;
        }
        // What follows could go on a date ("\n14 |"): only when the part ends with a sentence's sign that no date
        // can hold, a digit's or a full word's ("by 2030." but not "30 Oct."), and no date reaches it.
        boolean wordBefore = last > start && Character.isLetter(text.charAt(last - 1));
        return ".;!?".indexOf(text.charAt(last)) >= 0 && lastEnd <= last && (!wordBefore || noDigitBefore(start, last));
    }

    /** No digit in the characters a date ending at {@code last} would need one in. */
    private boolean noDigitBefore(int start, int last) {
        for (int i = Math.max(start, last - DATE_AFTER_NUMBER); i < last; i++) {
            if (Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static DateMention shifted(DateMention m, int by) {
        return new DateMention(m.start() - by, m.coreStart() - by, m.end() - by, m.cue(), m.precision(), m.year(),
                m.month(), m.day());
    }
}
