package org.commitmentstracker.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A commitment as it stood at a past moment, rebuilt from its history: what a report for a
 * past period shows, the same however late it is generated.
 *
 * @param actor          which side acts ("VN", "PARTNER", "BOTH"), or null
 * @param latestUpdate   the last progress note written by then, or null
 * @param latestUpdateAt when that note was written, or null
 * @param changedAt      the last change of any kind by then (an update form exported then is checked against it)
 */
public record CommitmentAsOf(
        long commitmentId,
        long statementId,
        String statementTitle,
        LocalDate statementDate,
        List<String> partners,
        String ref,
        String text,
        Sector sector,
        Agency owner,
        List<Agency> coOwners,
        String actor,
        Status status,
        LocalDate deadline,
        String latestUpdate,
        Instant latestUpdateAt,
        Instant changedAt) {

    public CommitmentAsOf {
        partners = List.copyOf(partners);
        coOwners = List.copyOf(coOwners);
    }

    public boolean isOverdue(LocalDate day) {
        return Deadlines.isOverdue(status, deadline, day);
    }

    /** Days past the deadline on {@code day}, 0 when not overdue. */
    public long daysOverdue(LocalDate day) {
        return isOverdue(day) ? java.time.temporal.ChronoUnit.DAYS.between(deadline, day) : 0;
    }
}
