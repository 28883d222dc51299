package org.commitmentstracker.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A statement that was deleted, as the log keeps it: what it was, how much went with it, who
 * deleted it and when, and the backup made just before (null when none was made).
 */
public record StatementDeletion(
        long statementId,
        String title,
        List<String> partners,
        LocalDate date,
        boolean sample,
        int commitments,
        int historyEntries,
        Instant deletedAt,
        String deletedBy,
        String backup) {

    public StatementDeletion {
        partners = List.copyOf(partners);
    }

    /** What deleting a statement would take with it, told to the officer before it happens. */
    public record Extent(long statementId, String title, boolean sample, int commitments, int historyEntries) {
    }
}
