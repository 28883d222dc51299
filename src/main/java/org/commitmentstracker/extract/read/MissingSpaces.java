package org.commitmentstracker.extract.read;

import java.text.Normalizer;
import java.util.List;

/**
 * Vietnamese text from a PDF whose font lost the spaces after precomposed letters ("Mông Cổhướng"). No Vietnamese
 * syllable has a consonant other than c, ch, m, n, ng, nh, p, t right after a vowel with a tone mark, so a toned
 * vowel followed directly by b, d, đ, g, h, k, l, q, r, s, v or x is a word boundary without its space. Seen many
 * times, the text is flagged; it is not repaired (the lost spaces after other letters cannot be told).
 */
final class MissingSpaces {
    static final int MIN_COUNT = 5;
    private static final String NEVER_AFTER_TONED_VOWEL = "bdđghklqrsvx";

    private MissingSpaces() {
    }

    /** A warning for the review when spaces are clearly missing, else none. */
    static List<ReadWarning> warnings(String text) {
        int count = count(text);
        if (count < MIN_COUNT) {
            return List.of();
        }
        return List.of(new ReadWarning(ReadWarning.Kind.MISSING_SPACES, count, example(text)));
    }

    static int count(String text) {
        int count = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            if (NEVER_AFTER_TONED_VOWEL.indexOf(text.charAt(i + 1)) >= 0 && tonedVowel(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    private static String example(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            if (NEVER_AFTER_TONED_VOWEL.indexOf(text.charAt(i + 1)) >= 0 && tonedVowel(text.charAt(i))) {
                int from = Math.max(text.lastIndexOf(' ', i) + 1, i - 12);
                int space = text.indexOf(' ', i + 1);
                int to = Math.min(space < 0 ? text.length() : space, i + 14);
                return text.substring(from, to).strip();
            }
        }
        return "";
    }

    /** A lower-case Vietnamese vowel carrying a tone mark (grave, acute, hook, tilde, dot below). */
    private static boolean tonedVowel(char c) {
        if (c < 0xC0) {
            return false;
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        if (decomposed.length() < 2 || "aeiouy".indexOf(decomposed.charAt(0)) < 0) {
            return false;
        }
        for (int i = 1; i < decomposed.length(); i++) {
            char mark = decomposed.charAt(i);
            if (mark == '\u0300' || mark == '\u0301' || mark == '\u0303' || mark == '\u0309' || mark == '\u0323') {
                return true;
            }
        }
        return false;
    }
}
