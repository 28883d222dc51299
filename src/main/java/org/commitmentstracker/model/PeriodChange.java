package org.commitmentstracker.model;

import java.time.Instant;

/** A status change or progress note made in a report's period, with where its commitment stands. */
public record PeriodChange(
        Instant changedAt,
        String author,
        long commitmentId,
        String statementTitle,
        String partners,
        String ref,
        HistoryField field,
        String oldValue,
        String newValue,
        String comment,
        String evidenceLink) {
}
