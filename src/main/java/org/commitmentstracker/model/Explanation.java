package org.commitmentstracker.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * An {@link Explained} that is not a failure: a part of a result the window shows (a row of a returned form that
 * is rejected, a cell left out, what a row changes). {@link #toString()} is its English.
 */
public record Explanation(String english, String wordsKey, List<?> values) implements Explained {
    public Explanation {
        values = Collections.unmodifiableList(new ArrayList<>(values)); // a value may be null: a deadline not set
    }

    /** @param values what {@code wordsKey}'s words name, in order */
    public static Explanation of(String english, String wordsKey, Object... values) {
        return new Explanation(english, wordsKey, Arrays.asList(values));
    }

    /** What {@code told} says, kept apart from it (a failure's words carried in a result). */
    public static Explanation copyOf(Explained told) {
        return new Explanation(told.english(), told.wordsKey(), told.values());
    }

    /** Words the window has no key for: it shows the English. */
    public static Explanation english(String english) {
        return new Explanation(english, null, List.of());
    }

    @Override
    public String toString() {
        return english;
    }
}
