package org.commitmentstracker.model;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Set;

/**
 * Which commitments to show: every non-empty set must contain the commitment's value, the
 * deadline must fall in the range when one is given, and the two switches narrow further.
 * An empty filter shows everything. Search text is applied apart (it needs the store's index).
 *
 * @param owners agency codes; a commitment without owner never matches a non-empty set
 * @param repeatedOnly only commitments that repeat one of an earlier visit; applied apart, with the store's
 *     links between commitments (as the search text is), and kept here so a saved view brings it back
 */
public record CommitmentFilter(
        Set<String> partners,
        Set<Sector> sectors,
        Set<String> owners,
        Set<Status> statuses,
        LocalDate deadlineFrom,
        LocalDate deadlineTo,
        boolean overdueOnly,
        boolean dueThisQuarter,
        boolean repeatedOnly) {

    public static final CommitmentFilter NONE =
            new CommitmentFilter(Set.of(), Set.of(), Set.of(), Set.of(), null, null, false, false, false);

    /** A filter that does not narrow to repeated commitments. */
    public CommitmentFilter(Set<String> partners, Set<Sector> sectors, Set<String> owners, Set<Status> statuses,
                            LocalDate deadlineFrom, LocalDate deadlineTo, boolean overdueOnly, boolean dueThisQuarter) {
        this(partners, sectors, owners, statuses, deadlineFrom, deadlineTo, overdueOnly, dueThisQuarter, false);
    }

    public CommitmentFilter {
        partners = Set.copyOf(partners);
        sectors = Set.copyOf(sectors);
        owners = Set.copyOf(owners);
        statuses = Set.copyOf(statuses);
    }

    public boolean test(CommitmentOverview c, LocalDate today) {
        if (!partners.isEmpty() && c.partners().stream().noneMatch(partners::contains)) {
            return false;
        }
        if (!sectors.isEmpty() && !sectors.contains(c.sector())) {
            return false;
        }
        if (!owners.isEmpty() && (c.owner() == null || !owners.contains(c.owner().code()))) {
            return false;
        }
        if (!statuses.isEmpty() && !statuses.contains(c.status())) {
            return false;
        }
        if ((deadlineFrom != null || deadlineTo != null) && c.deadline() == null) {
            return false;
        }
        if (deadlineFrom != null && c.deadline().isBefore(deadlineFrom)) {
            return false;
        }
        if (deadlineTo != null && c.deadline().isAfter(deadlineTo)) {
            return false;
        }
        if (overdueOnly && !c.isOverdue(today)) {
            return false;
        }
        return !dueThisQuarter || isDueThisQuarter(c, today);
    }

    /** Still open, with a deadline in the calendar quarter of {@code today}. */
    static boolean isDueThisQuarter(CommitmentOverview c, LocalDate today) {
        return c.deadline() != null && !c.status().isClosed()
                && c.deadline().getYear() == today.getYear()
                && c.deadline().get(IsoFields.QUARTER_OF_YEAR) == today.get(IsoFields.QUARTER_OF_YEAR);
    }
}
