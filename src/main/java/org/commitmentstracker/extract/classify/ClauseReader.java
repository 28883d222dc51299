package org.commitmentstracker.extract.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commitmentstracker.extract.deadline.Sentences;
import org.commitmentstracker.extract.deadline.WorkMeter;
import org.commitmentstracker.extract.text.Words;

/**
 * Reads the words around a verb: the clause it opens or the subject before it. This is what
 * tells "The two sides encouraged ..." (a commitment) from "measures to promote ..." (not one).
 */
final class ClauseReader {
    private static final String SENTENCE_END = ".;:!?";
    private static final Pattern AND = Pattern.compile("\\b(?:and|và)\\s+", Cue.FLAGS);

    private final CueBook book;
    private final String text;
    private int[][] runs;

    ClauseReader(CueBook book, String text) {
        this.book = book;
        this.text = text;
    }

    /** Where the sentence or clause holding {@code at} starts (after . ; : ! ?). */
    int sentenceStart(int at) {
        // Bounded as Sentences bounds a sentence, so a paragraph with no sentence end stays linear.
        int limit = Math.max(0, at - Sentences.REACH);
        WorkMeter.add(at - limit);
        for (int i = at - 1; i >= limit; i--) {
            if (SENTENCE_END.indexOf(text.charAt(i)) >= 0 && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                return i + 1;
            }
        }
        return limit;
    }

    /** Where the smallest clause holding {@code at} starts: after a sentence end, a comma or "and". */
    int clauseStart(int at) {
        int start = sentenceStart(at);
        int comma = text.lastIndexOf(',', at - 1);
        if (comma >= start) {
            start = comma + 1;
        }
        Matcher and = AND.matcher(text).region(start, at);
        while (and.find()) {
            start = and.end();
        }
        return start;
    }

    /** The words between {@code from} and {@code to}. */
    List<String> words(int from, int to) {
        List<String> words = new ArrayList<>();
        int[][] runs = runs();
        int lo = Math.max(0, from);
        int hi = Math.max(from, to);
        WorkMeter.add(hi - lo);
        // A word is a run of word characters: those of [from, to) are the runs there, cut at its ends.
        for (int i = firstRunEndingAfter(runs, lo); i < runs[0].length && runs[0][i] < hi; i++) {
            words.add(text.substring(Math.max(lo, runs[0][i]), Math.min(hi, runs[1][i])));
        }
        return words;
    }

    /** The runs of word characters of the whole text (starts, ends), found once. */
    private int[][] runs() {
        if (runs == null) {
            // A word, hyphenated ones whole ("An-giê-ri", a transliterated name, is one word): what the pattern
            // [\\p{L}\\p{N}'’]+(?:-[\\p{L}\\p{N}'’]+)* finds, read char by char, several times cheaper.
            List<int[]> found = new ArrayList<>();
            int i = 0;
            while (i < text.length()) {
                int cp = text.codePointAt(i);
                if (!isWordChar(cp)) {
                    i += Character.charCount(cp);
                    continue;
                }
                int start = i;
                i = runEnd(i);
                while (i + 1 < text.length() && text.charAt(i) == '-' && isWordChar(text.codePointAt(i + 1))) {
                    i = runEnd(i + 1);
                }
                found.add(new int[] {start, i});
            }
            runs = new int[][] {found.stream().mapToInt(r -> r[0]).toArray(), found.stream().mapToInt(r -> r[1]).toArray()};
        }
        return runs;
    }

    /** Past the word characters from {@code i} on. */
    private int runEnd(int i) {
        int cp;
        while (i < text.length() && isWordChar(cp = text.codePointAt(i))) {
            i += Character.charCount(cp);
        }
        return i;
    }

    /** {@code [\p{L}\p{N}'’]}. */
    private static boolean isWordChar(int cp) {
        return Words.isLetterOrNumber(cp) || cp == '\'' || cp == '’';
    }

    private static int firstRunEndingAfter(int[][] runs, int at) {
        int lo = 0;
        int hi = runs[1].length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (runs[1][mid] <= at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The words before {@code at} in its sentence, with trailing adverbs removed. */
    List<String> subjectWords(int at) {
        List<String> words = words(sentenceStart(at), at);
        while (!words.isEmpty() && book.is("adverb", words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        return words;
    }

    /** True when only adverbs stand between the clause start and {@code at}. */
    boolean opensClause(int clauseStart, int at) {
        return words(clauseStart, at).stream().allMatch(w -> book.is("adverb", w));
    }

    /** The up-to-{@code n} words right before {@code at}, nearest last. */
    List<String> wordsBefore(int at, int n) {
        List<String> words = words(sentenceStart(at), at);
        return words.subList(Math.max(0, words.size() - n), words.size());
    }
}
