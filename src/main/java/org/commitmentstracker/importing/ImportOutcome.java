package org.commitmentstracker.importing;

import org.commitmentstracker.extract.read.StatementProblem;
import org.commitmentstracker.extract.read.UnreadableStatementException;

/** What became of one file of an import. */
public sealed interface ImportOutcome {
    String fileName();

    /** The statement landed whole. */
    record Imported(String fileName, long statementId, String title, long commitments) implements ImportOutcome {
    }

    /** The same statement (same content hash) was already in the workspace: nothing was added. */
    record AlreadyImported(String fileName, String title) implements ImportOutcome {
    }

    /** Nothing of the file landed; {@code problem} says why as a class, {@code reason} in words. */
    record Failed(String fileName, StatementProblem problem, String reason) implements ImportOutcome {
        public Failed(UnreadableStatementException e) {
            this(e.fileName(), e.problem(), e.reason());
        }

        public String message() {
            return fileName + ": " + reason;
        }
    }
}
