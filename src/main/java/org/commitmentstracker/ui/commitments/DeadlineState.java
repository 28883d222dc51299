package org.commitmentstracker.ui.commitments;

import java.time.LocalDate;
import org.commitmentstracker.model.Deadlines;
import org.commitmentstracker.model.Status;

/** How a deadline is shown: overdue in red, due within 30 days in amber. */
public enum DeadlineState {
    NONE,
    ON_TRACK,
    DUE_SOON,
    OVERDUE;

    public static DeadlineState of(Status status, LocalDate deadline, LocalDate today) {
        if (deadline == null) {
            return NONE;
        }
        if (Deadlines.isOverdue(status, deadline, today)) {
            return OVERDUE;
        }
        return Deadlines.isDueSoon(status, deadline, today) ? DUE_SOON : ON_TRACK;
    }
}
