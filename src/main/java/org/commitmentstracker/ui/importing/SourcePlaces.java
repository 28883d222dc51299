package org.commitmentstracker.ui.importing;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Finds where a unit's words stand in its statement's source text, whatever the line breaks between them. */
final class SourcePlaces {
    /** The words of a unit looked for in the source: enough to place it, few enough to survive re-wrapping. */
    private static final int WORDS_TO_PLACE = 12;

    private SourcePlaces() {
    }

    /**
     * Where {@code unitText} stands in {@code source}, as {start, end}; null when its words cannot
     * be found (a unit merged from far apart).
     */
    static int[] rangeOf(String unitText, String source) {
        String[] words = unitText.strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return null;
        }
        Matcher start = wordsPattern(Arrays.copyOfRange(words, 0, Math.min(words.length, WORDS_TO_PLACE)))
                .matcher(source);
        if (!start.find()) {
            return null;
        }
        Matcher end = wordsPattern(Arrays.copyOfRange(words, Math.max(0, words.length - WORDS_TO_PLACE), words.length))
                .matcher(source);
        return new int[] {start.start(), end.find(start.start()) ? end.end() : start.end()};
    }

    private static Pattern wordsPattern(String[] words) {
        return Pattern.compile(Arrays.stream(words).map(Pattern::quote).collect(Collectors.joining("\\s+")));
    }
}
