package org.commitmentstracker.store;

import java.time.Instant;
import org.commitmentstracker.model.HistoryField;

/**
 * A field of a commitment no longer held the value the caller had seen when it asked to change
 * it (another officer changed it in between): nothing was written. Values are as stored (status
 * codes, agency ids, ISO dates, co-owner ids joined by commas).
 *
 * @param seen    what the caller had seen
 * @param wanted  what the caller wanted to write
 * @param current what the field holds now
 * @param by      who wrote {@code current} (its history entry), or null when the history does not say
 * @param at      when, or null
 */
public final class FieldChangedException extends RuntimeException {
    private final long commitmentId;
    private final HistoryField field;
    private final String seen;
    private final String wanted;
    private final String current;
    private final String by;
    private final Instant at;

    FieldChangedException(long commitmentId, HistoryField field, String seen, String wanted, String current,
                          String by, Instant at) {
        super("the " + field.name().toLowerCase().replace('_', ' ') + " of commitment " + commitmentId
                + " was changed to \"" + (current == null ? "" : current) + "\"" + (by == null ? "" : " by " + by)
                + (at == null ? "" : " at " + at) + " after it was read as \"" + (seen == null ? "" : seen)
                + "\"; \"" + (wanted == null ? "" : wanted) + "\" was not saved");
        this.commitmentId = commitmentId;
        this.field = field;
        this.seen = seen;
        this.wanted = wanted;
        this.current = current;
        this.by = by;
        this.at = at;
    }

    public long commitmentId() {
        return commitmentId;
    }

    public HistoryField field() {
        return field;
    }

    public String seen() {
        return seen;
    }

    public String wanted() {
        return wanted;
    }

    public String current() {
        return current;
    }

    public String by() {
        return by;
    }

    public Instant at() {
        return at;
    }
}
