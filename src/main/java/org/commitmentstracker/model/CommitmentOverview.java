package org.commitmentstracker.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One row of the commitments table: a commitment with what it is read alongside; {@code sample}
 * when its statement came with the sample workspace.
 */
public record CommitmentOverview(
        long commitmentId,
        long statementId,
        String statementTitle,
        List<String> partners,
        LocalDate statementDate,
        String ref,
        String text,
        Sector sector,
        Agency owner,
        Status status,
        LocalDate deadline,
        Instant updatedAt,
        boolean sample) {

    public CommitmentOverview {
        partners = List.copyOf(partners);
    }

    /** A commitment of a statement of the officer's own (not the sample's). */
    public CommitmentOverview(long commitmentId, long statementId, String statementTitle, List<String> partners,
                              LocalDate statementDate, String ref, String text, Sector sector, Agency owner,
                              Status status, LocalDate deadline, Instant updatedAt) {
        this(commitmentId, statementId, statementTitle, partners, statementDate, ref, text, sector, owner, status,
                deadline, updatedAt, false);
    }

    public boolean isOverdue(LocalDate today) {
        return Deadlines.isOverdue(status, deadline, today);
    }
}
