package org.commitmentstracker.ui.statements;

/**
 * A statement in the list: what it is and how far its commitments have come; {@code sample}
 * when it came with the sample workspace.
 */
public record StatementRow(long id, String title, String partners, String date, int completed, int commitments,
                           String progress, boolean sample) {
}
