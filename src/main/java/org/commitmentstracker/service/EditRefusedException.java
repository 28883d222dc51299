package org.commitmentstracker.service;

import org.commitmentstracker.model.Explained;
import org.commitmentstracker.model.Explanation;

/**
 * An edit that was refused before anything was written; the message says why in an English sentence (the command
 * line), the {@link Refusal} and its values let the window say it in its language.
 */
public final class EditRefusedException extends IllegalArgumentException implements Explained {
    /** Why an edit was refused. */
    public enum Refusal {
        /** Values the ID. */
        UNKNOWN_COMMITMENT,
        /** Values the code given. */
        UNKNOWN_AGENCY,
        /** A progress note of spaces only. */
        BLANK_NOTE,
        /** An edit that sets nothing. */
        NOTHING_TO_CHANGE
    }

    private final Refusal refusal;
    private final Explanation words;

    /** @param values what the words for {@code refusal} name, in order */
    public EditRefusedException(Refusal refusal, String message, Object... values) {
        super(message);
        this.refusal = refusal;
        this.words = Explanation.of(message, "edit.refused." + refusal.name(), values);
    }

    public Refusal refusal() {
        return refusal;
    }

    @Override
    public Explanation words() {
        return words;
    }
}
