package org.commitmentstracker.importing;

import java.util.ArrayList;
import java.util.List;
import org.commitmentstracker.model.Explanation;

/**
 * What is wrong with one row of a form, as read: the class of the first problem that rejects the row and the words
 * of them all, and apart from them the optional cells left out with a warning.
 */
final class RowProblems {
    private RowProblem first;
    private final List<Explanation> reasons = new ArrayList<>();
    private final List<CellWarning> warnings = new ArrayList<>();

    /** A problem that rejects the whole row (its hidden ID or version). */
    void add(RowProblem problem, Explanation reason) {
        first = first == null ? problem : first;
        reasons.add(reason);
    }

    /** An optional cell that cannot be used: it is left out, the rest of the row still counts. */
    void warn(RowProblem problem, Explanation reason) {
        warnings.add(new CellWarning(problem, reason));
    }

    /** Null when the row has no problem. */
    RowProblem first() {
        return first;
    }

    /** What rejects the row, each in English and words for the window; empty when the row has no problem. */
    List<Explanation> reasons() {
        return List.copyOf(reasons);
    }

    List<CellWarning> warnings() {
        return List.copyOf(warnings);
    }
}
