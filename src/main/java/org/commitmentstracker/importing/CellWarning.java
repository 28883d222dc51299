package org.commitmentstracker.importing;

/**
 * An optional cell of a returned form (status, new deadline, note, evidence) that could not be used: the cell is
 * left out and the rest of its row is still applied.
 *
 * @param problem what is wrong with the cell, as a class
 * @param reason  what is wrong with it, in words, naming its column
 */
public record CellWarning(RowProblem problem, String reason) {
}
