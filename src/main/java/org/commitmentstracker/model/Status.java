package org.commitmentstracker.model;

/** Where the follow-up of a commitment stands. "Overdue" is not a status: see {@link Deadlines}. */
public enum Status {
    NOT_STARTED,
    IN_PROGRESS,
    AT_RISK,
    COMPLETED,
    PARTIALLY_COMPLETED,
    DROPPED;

    /** Closed commitments need no more follow-up, so they can never be overdue. */
    public boolean isClosed() {
        return this == COMPLETED || this == DROPPED;
    }
}
