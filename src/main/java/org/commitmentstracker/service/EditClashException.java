package org.commitmentstracker.service;

import java.time.Instant;
import org.commitmentstracker.model.Explained;
import org.commitmentstracker.model.Explanation;
import org.commitmentstracker.model.HistoryField;

/**
 * Another officer changed a field after this one read it: this officer's value was not saved and
 * theirs stands. Values are as the history stores them (status code, agency id, ISO date, co-owner
 * ids joined by commas), so a screen can say them in its language; the message is English.
 *
 * @see CommitmentEditor
 */
public final class EditClashException extends IllegalStateException implements Explained {
    private final long commitmentId;
    private final HistoryField field;
    private final String mine;
    private final String theirs;
    private final String by;
    private final Instant at;

    public EditClashException(long commitmentId, HistoryField field, String mine, String theirs, String by,
                              Instant at) {
        super("commitment " + commitmentId + " was changed by " + (by == null ? "another officer" : by)
                + (at == null ? "" : " at " + at) + " after you read it: its "
                + field.name().toLowerCase().replace('_', ' ') + " is now " + shown(theirs) + "; yours, "
                + shown(mine) + ", was not saved");
        this.commitmentId = commitmentId;
        this.field = field;
        this.mine = mine;
        this.theirs = theirs;
        this.by = by;
        this.at = at;
    }

    private static String shown(String value) {
        return value == null || value.isEmpty() ? "(empty)" : "\"" + value + "\"";
    }

    public long commitmentId() {
        return commitmentId;
    }

    public HistoryField field() {
        return field;
    }

    /** What this officer wanted to write. */
    public String mine() {
        return mine;
    }

    /** What the field holds now. */
    public String theirs() {
        return theirs;
    }

    /** Who changed it (from its history), or null. */
    public String by() {
        return by;
    }

    /** When, or null. */
    public Instant at() {
        return at;
    }

    @Override
    public Explanation words() {
        return Explanation.english(getMessage());
    }
}
