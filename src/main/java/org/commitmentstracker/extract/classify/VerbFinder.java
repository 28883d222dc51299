package org.commitmentstracker.extract.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commitmentstracker.extract.text.Words;

/**
 * Finds the commitment verbs of a text word by word, through a table of their forms: one pass
 * over the words instead of trying a long alternation at every character.
 */
final class VerbFinder {

    /** A verb found at [start, end), as written. */
    record Found(int start, int end, String words) {
    }

    private VerbFinder() {
    }

    static List<Found> find(CueBook book, String text) {
        List<int[]> spans = Words.runs(text, Integer.MAX_VALUE);
        List<String> words = new ArrayList<>(spans.size());
        for (int[] span : spans) {
            words.add(text.substring(span[0], span[1]).toLowerCase(Locale.ROOT));
        }
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            List<String[]> candidates = book.verbForms.get(words.get(i));
            if (candidates == null) {
                continue;
            }
            for (String[] form : candidates) {
                if (matchesAt(words, i, form)) {
                    int end = spans.get(i + form.length - 1)[1];
                    found.add(new Found(spans.get(i)[0], end, text.substring(spans.get(i)[0], end)));
                    i += form.length - 1;
                    break;
                }
            }
        }
        return found;
    }

    private static boolean matchesAt(List<String> words, int at, String[] form) {
        if (at + form.length > words.size()) {
            return false;
        }
        for (int j = 1; j < form.length; j++) {
            if (!words.get(at + j).equals(form[j])) {
                return false;
            }
        }
        return true;
    }
}
