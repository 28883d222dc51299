package org.commitmentstracker.model;

import java.io.IOException;

/** A file that could not be read or written, in English words (the message) and in the window's ({@link Explained}). */
public class ExplainedIOException extends IOException implements Explained {
    private final Explanation words;

    /** @param values what {@code wordsKey}'s words name, in order */
    public ExplainedIOException(String message, Throwable cause, String wordsKey, Object... values) {
        super(message, cause);
        this.words = Explanation.of(message, wordsKey, values);
    }

    @Override
    public Explanation words() {
        return words;
    }
}
