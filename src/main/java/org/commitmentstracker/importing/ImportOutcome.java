package org.commitmentstracker.importing;

/** What became of one file of an import. */
public sealed interface ImportOutcome {
    String fileName();

    /** The statement landed whole. */
    record Imported(String fileName, long statementId, String title, long commitments) implements ImportOutcome {
    }

    /** The same statement (same content hash) was already in the workspace: nothing was added. */
    record AlreadyImported(String fileName, String title) implements ImportOutcome {
    }

    /** Nothing of the file landed; {@code reason} says why in words. */
    record Failed(String fileName, String reason) implements ImportOutcome {
        public String message() {
            return fileName + ": " + reason;
        }
    }
}
