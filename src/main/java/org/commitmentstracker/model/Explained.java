package org.commitmentstracker.model;

import java.util.List;

/**
 * Something the officer is told, from any layer: its English words (the command line, the log) and, for the
 * window, the key of its words in the UI's bundles and the values they name, so the window says it in its own
 * language. Values are text, numbers, dates and times, statuses, other {@code Explained} (said first) or lists of
 * them (said one after the other, separated by "; ").
 */
public interface Explained {
    /** The key of its words in the UI's bundles ("workspace.problem.NOT_EMPTY"); null when there are none (the window shows the English). */
    String wordsKey();

    /** What the words name, in order. */
    List<?> values();

    /** Its words in English. */
    String english();
}
