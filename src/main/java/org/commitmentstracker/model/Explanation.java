package org.commitmentstracker.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * What is told: English words, and the key of the window's words in the UI's bundles (null when there are none: the
 * window shows the English) with the values they name, in order: text, numbers, dates and times, statuses, other
 * {@link Explained} (said first) or lists of them (said one after the other, separated by "; "). Failures carry one;
 * so do the parts of a result the window shows (a rejected row of a returned form, a cell left out, what a row
 * changes). {@link #toString()} is its English.
 */
public record Explanation(String english, String wordsKey, List<?> values) implements Explained {
    public Explanation {
        values = Collections.unmodifiableList(new ArrayList<>(values)); // a value may be null: a deadline not set
    }

    /** @param values what {@code wordsKey}'s words name, in order */
    public static Explanation of(String english, String wordsKey, Object... values) {
        return new Explanation(english, wordsKey, Arrays.asList(values));
    }


    /** Words the window has no key for: it shows the English. */
    public static Explanation english(String english) {
        return new Explanation(english, null, List.of());
    }

    @Override
    public Explanation words() {
        return this;
    }

    @Override
    public String toString() {
        return english;
    }
}
