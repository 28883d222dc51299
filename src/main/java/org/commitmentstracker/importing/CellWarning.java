package org.commitmentstracker.importing;

import org.commitmentstracker.model.Explanation;

/**
 * An optional cell of a returned form (status, new deadline, note, evidence) that could not be used: the cell is
 * left out and the rest of its row is still applied.
 *
 * @param problem what is wrong with the cell, as a class
 * @param words   what is wrong with it, naming its column: English, and words for the window
 */
public record CellWarning(RowProblem problem, Explanation words) {
    /** What is wrong with the cell, in English. */
    public String reason() {
        return words.english();
    }
}
