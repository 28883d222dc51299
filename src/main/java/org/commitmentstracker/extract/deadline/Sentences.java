package org.commitmentstracker.extract.deadline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.commitmentstracker.extract.text.Words;

/**
 * Sentence bounds and word counts on plain text. A sentence ends at a line break, at ';', '!' or
 * '?', and at a '.' followed by a space unless the '.' closes a single capital ("U.S. side") or
 * stands between digits ("65.5").
 *
 * <p>A "sentence" reaches at most {@link #REACH} characters either side of the offset asked
 * about: a paragraph with no sentence end (a run of dates, a table flattened into one line)
 * would otherwise make every judgement about each of its dates read the whole paragraph, and
 * the extraction quadratic in its length. A statement's sentences are far shorter.
 */
public final class Sentences {
    /** How far a sentence reaches before or after an offset; longer runs are cut at a space. */
    public static final int REACH = 2_000;
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

    private Sentences() {
    }

    /** Where the sentence holding offset at begins. */
    public static int start(String text, int at) {
        int from = Math.min(at, text.length());
        int limit = Math.max(0, from - REACH);
        for (int i = from - 1; i >= limit; i--) {
            if (endsSentence(text, i)) {
                WorkMeter.add(from - i);
                return i + 1;
            }
        }
        WorkMeter.add(from - limit);
        if (limit == 0) {
            return 0;
        }
        // No sentence end within reach: start after the first space of the reach, at a word.
        for (int i = limit; i < from; i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i + 1;
            }
        }
        return limit;
    }

    /** Where the sentence holding offset at ends (exclusive). */
    public static int end(String text, int at) {
        int from = Math.max(at, 0);
        int limit = Math.min(text.length(), from + REACH);
        for (int i = from; i < limit; i++) {
            if (endsSentence(text, i)) {
                WorkMeter.add(i - from + 1);
                return i;
            }
        }
        WorkMeter.add(limit - from);
        if (limit == text.length()) {
            return limit;
        }
        // No sentence end within reach: end at the last space of the reach, after a word.
        for (int i = limit - 1; i > from; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return limit;
    }

    /**
     * Where a stretch of text ending at {@code to} and holding its last {@code tokens} runs of
     * non-space characters begins: at a space (so a word is never cut) or at {@code from}. Code
     * that needs only the last few words before a date reads them there, not the whole sentence.
     */
    public static int tokensBack(String text, int from, int to, int tokens) {
        int i = to;
        for (int found = 0; i > from && found < tokens; ) {
            while (i > from && Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
            if (i > from) {
                found++;
            }
            while (i > from && !Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
        }
        return i > from ? i - 1 : from;
    }

    /** The words of a stretch of text, in order. */
    public static List<String> words(CharSequence text) {
        WorkMeter.add(text.length());
        // what WORD's find() finds, read char by char (several times cheaper): letters and numbers, then
        // maybe an apostrophe and letters ("Viet Nam's")
        List<String> words = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = Character.codePointAt(text, i);
            if (!Words.isLetterOrNumber(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n && Words.isLetterOrNumber(cp = Character.codePointAt(text, i))) {
                i += Character.charCount(cp);
            }
            if (i + 1 < n && (text.charAt(i) == '\'' || text.charAt(i) == '’') && Character.isLetter(Character.codePointAt(text, i + 1))) {
                i++;
                while (i < n && Character.isLetter(cp = Character.codePointAt(text, i))) {
                    i += Character.charCount(cp);
                }
            }
            words.add(text.subSequence(start, i).toString());
        }
        return List.copyOf(words);
    }

    /** Where each word of a stretch of text begins, in the order of {@link #words(CharSequence)}. */
    public static List<Integer> wordStarts(CharSequence text) {
        WorkMeter.add(text.length());
        return WORD.matcher(text).results().map(MatchResult::start).toList();
    }

    /** How many words a stretch of text holds (as {@link #words} finds them, counted without building them). */
    public static int wordCount(CharSequence text) {
        return wordCount(text, 0, text.length(), Integer.MAX_VALUE);
    }

    /**
     * How many words text[from, to) holds, read as if it were the whole text; once more than
     * {@code atMost} are found, atMost + 1 (the rest is not read).
     */
    public static int wordCount(CharSequence text, int from, int to, int atMost) {
        int count = 0;
        boolean inWord = false;
        WorkMeter.add(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (!inWord) {
                    count++;
                    if (count > atMost) {
                        return count;
                    }
                }
                inWord = true;
            } else {
                // "people's" is one word: an apostrophe followed by a letter continues it.
                boolean apostrophe = (c == '\'' || c == '’') && inWord && i + 1 < to
                        && Character.isLetter(text.charAt(i + 1));
                inWord = apostrophe;
            }
        }
        return count;
    }

    static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n' || c == ';' || c == '!' || c == '?') {
            return true;
        }
        if (c != '.' || i + 1 >= text.length() || !Character.isWhitespace(text.charAt(i + 1))) {
            return false;
        }
        boolean singleCapital = i >= 1 && Character.isUpperCase(text.charAt(i - 1))
                && (i < 2 || !Character.isLetter(text.charAt(i - 2)));
        return !singleCapital;
    }
}
