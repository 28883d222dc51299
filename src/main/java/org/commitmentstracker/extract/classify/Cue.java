package org.commitmentstracker.extract.classify;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.commitmentstracker.extract.text.LeadingWords;

/**
 * One line of a cue file: a class and the pattern that finds it. Cue patterns are written in
 * lower case and run on the lower-cased text ({@link #fold}): case-insensitive Unicode matching
 * would try every letter both ways at every position, several times slower. A pattern is only
 * tried where the text holds one of the words it must start with ({@link LeadingWords}, read off
 * the pattern): most cues are absent from most paragraphs, and a substring search is cheap.
 */
record Cue(CueClass cueClass, LeadingWords words) {
    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    static Cue of(String cueClass, String regex) {
        return new Cue(CueClass.valueOf(cueClass.toUpperCase(Locale.ROOT)),
                LeadingWords.of(Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS)));
    }

    Pattern pattern() {
        return words.pattern();
    }

    /** The text in lower case, offsets unchanged (true for Vietnamese and English letters). */
    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.length() == text.length() ? lower : text;
    }

    /** Where the pattern matches in {@code folded}, as {start, end}, empty matches left out: what repeated find() finds. */
    List<int[]> matches(String folded) {
        if (!words.mayMatch(folded)) {
            return List.of();
        }
        return words.findAll(folded, folded).stream().filter(m -> m.end() > m.start())
                .map(m -> new int[] {m.start(), m.end()}).toList();
    }
}
