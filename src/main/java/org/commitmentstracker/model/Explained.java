package org.commitmentstracker.model;

/**
 * Something the officer is told, from any layer: its English words (the command line, the log) and, for the
 * window, the key of its words in the UI's bundles and the values they name, so the window says it in its own
 * language ({@link Explanation}).
 */
public interface Explained {
    /** What it says, in English and as the window's words. */
    Explanation words();
}
