package org.commitmentstracker.extract.deadline;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Sentence bounds and word counts on plain text. A sentence ends at a line break, at ';', '!' or
 * '?', and at a '.' followed by a space unless the '.' closes a single capital ("U.S. side") or
 * stands between digits ("65.5").
 */
public final class Sentences {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

    private Sentences() {
    }

    /** Where the sentence holding offset at begins. */
    public static int start(String text, int at) {
        for (int i = Math.min(at, text.length()) - 1; i >= 0; i--) {
            if (endsSentence(text, i)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Where the sentence holding offset at ends (exclusive). */
    public static int end(String text, int at) {
        for (int i = Math.max(at, 0); i < text.length(); i++) {
            if (endsSentence(text, i)) {
                return i;
            }
        }
        return text.length();
    }

    /** The words of a stretch of text, in order. */
    public static List<String> words(CharSequence text) {
        return WORD.matcher(text).results().map(MatchResult::group).toList();
    }

    /** Where each word of a stretch of text begins, in the order of {@link #words(CharSequence)}. */
    public static List<Integer> wordStarts(CharSequence text) {
        return WORD.matcher(text).results().map(MatchResult::start).toList();
    }

    /** How many words a stretch of text holds (as {@link #words} finds them, counted without building them). */
    public static int wordCount(CharSequence text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (!inWord) {
                    count++;
                }
                inWord = true;
            } else {
                // "people's" is one word: an apostrophe followed by a letter continues it.
                boolean apostrophe = (c == '\'' || c == '’') && inWord && i + 1 < text.length()
                        && Character.isLetter(text.charAt(i + 1));
                inWord = apostrophe;
            }
        }
        return count;
    }

    private static boolean endsSentence(String text, int i) {
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
