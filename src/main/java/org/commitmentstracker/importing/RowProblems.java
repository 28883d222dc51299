package org.commitmentstracker.importing;

import java.util.ArrayList;
import java.util.List;

/** What is wrong with one row of a form, as read: the class of the first problem and the words of them all. */
final class RowProblems {
    private RowProblem first;
    private final List<String> reasons = new ArrayList<>();

    void add(RowProblem problem, String reason) {
        first = first == null ? problem : first;
        reasons.add(reason);
    }

    /** Null when the row has no problem. */
    RowProblem first() {
        return first;
    }

    /** Null when the row has no problem. */
    String reason() {
        return reasons.isEmpty() ? null : String.join("; ", reasons);
    }
}
