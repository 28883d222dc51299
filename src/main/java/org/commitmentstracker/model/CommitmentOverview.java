package org.commitmentstracker.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One row of the commitments table: a commitment with what it is read alongside. */
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
        Instant updatedAt) {

    public CommitmentOverview {
        partners = List.copyOf(partners);
    }

    public boolean isOverdue(LocalDate today) {
        return Deadlines.isOverdue(status, deadline, today);
    }
}
