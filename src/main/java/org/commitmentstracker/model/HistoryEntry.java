package org.commitmentstracker.model;

import java.time.Instant;

/** One append-only record of a change to a commitment, or a progress note. */
public record HistoryEntry(
        long id,
        long commitmentId,
        Instant changedAt,
        String author,
        HistoryField field,
        String oldValue,
        String newValue,
        String comment) {
}
