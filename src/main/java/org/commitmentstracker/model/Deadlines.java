package org.commitmentstracker.model;

import java.time.LocalDate;

/** Rules derived from a deadline; nothing here is stored. */
public final class Deadlines {
    /** How far ahead a deadline counts as "due soon". */
    public static final int DUE_SOON_DAYS = 30;

    private Deadlines() {
    }

    /** Overdue: the deadline has passed and the commitment is neither completed nor dropped. */
    public static boolean isOverdue(Status status, LocalDate deadline, LocalDate today) {
        return deadline != null && !status.isClosed() && deadline.isBefore(today);
    }

    /** Due soon: still open, not overdue, and due within {@link #DUE_SOON_DAYS} days. */
    public static boolean isDueSoon(Status status, LocalDate deadline, LocalDate today) {
        return deadline != null && !status.isClosed() && !deadline.isBefore(today)
                && !deadline.isAfter(today.plusDays(DUE_SOON_DAYS));
    }
}
