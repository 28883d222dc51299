package org.commitmentstracker.extract.classify;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The verb that opens a list item or a table row in the imperative when the verb list alone does
 * not find it: a verb that commits only there ("Hold the 4th meeting ...", "Tiếp nhận ...", the
 * class "imperative" of the grammar file), or the -ing form of a commitment verb under a lead-in
 * ("b) implementing the Plan of Action").
 */
final class ImperativeOpening {
    private static final Pattern FIRST_WORDS = Pattern.compile("^[^\\p{L}]{0,12}([\\p{L}]+)(?:\\s+([\\p{L}]+))?");

    private ImperativeOpening() {
    }

    /** The opening verb at [start, end) of {@code text}, or null. */
    static CueMatch find(CueBook book, String text) {
        Matcher m = FIRST_WORDS.matcher(text);
        if (!m.find()) {
            return null;
        }
        String first = m.group(1).toLowerCase(Locale.ROOT);
        String second = m.group(2) == null ? null : m.group(2).toLowerCase(Locale.ROOT);
        if (second != null && book.is("imperative", first + "_" + second)) {
            return new CueMatch(CueClass.VERB, m.start(1), m.end(2), text.substring(m.start(1), m.end(2)));
        }
        if (book.is("imperative", first) || "en".equals(book.language) && isGerundOfVerb(book, first)) {
            return new CueMatch(CueClass.VERB, m.start(1), m.end(1), m.group(1));
        }
        return null;
    }

    /** "implementing", "organising", "stepping" (up): the -ing form of a verb of the list. */
    private static boolean isGerundOfVerb(CueBook book, String word) {
        if (!word.endsWith("ing") || word.length() < 6) {
            return false;
        }
        String stem = word.substring(0, word.length() - 3);
        return baseOrImperative(book, stem) || baseOrImperative(book, stem + "e")
                || stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                && baseOrImperative(book, stem.substring(0, stem.length() - 1));
    }

    private static boolean baseOrImperative(CueBook book, String verb) {
        if (book.is("imperative", verb)) {
            return true;
        }
        for (String base : book.baseVerbs) {
            if (base.equals(verb) || base.startsWith(verb + " ")) {
                return true;
            }
        }
        return false;
    }
}
