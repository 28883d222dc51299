package org.commitmentstracker.importing;

import java.util.List;
import org.commitmentstracker.extract.read.ReadWarning;
import org.commitmentstracker.extract.read.StatementProblem;
import org.commitmentstracker.extract.read.UnreadableStatementException;
import org.commitmentstracker.model.Explanation;

/** What became of one file of an import. */
public sealed interface ImportOutcome {
    String fileName();

    /**
     * The statement landed whole; {@code repeating} of its commitments repeat one of an earlier statement of the same
     * partner (linked once the import's statements are stored); {@code warnings} are the reader's doubts about its
     * text (spaces lost in a PDF, an old Vietnamese font converted).
     */
    record Imported(String fileName, long statementId, String title, long commitments, long repeating,
                    List<ReadWarning> warnings) implements ImportOutcome {
        public Imported {
            warnings = List.copyOf(warnings);
        }

        public Imported(String fileName, long statementId, String title, long commitments) {
            this(fileName, statementId, title, commitments, 0, List.of());
        }

        /** The same, with how many of its commitments repeat an earlier one. */
        public Imported withRepeating(long count) {
            return new Imported(fileName, statementId, title, commitments, count, warnings);
        }

        /** The same, with the reader's doubts about the file's text. */
        public Imported withWarnings(List<ReadWarning> doubts) {
            return new Imported(fileName, statementId, title, commitments, repeating, doubts);
        }
    }

    /** The same statement (same content hash) was already in the workspace: nothing was added. */
    record AlreadyImported(String fileName, String title) implements ImportOutcome {
    }

    /**
     * Nothing of the file landed; {@code problem} says why as a class, {@code reason} in English words, {@code words}
     * in the window's.
     */
    record Failed(String fileName, StatementProblem problem, String reason, Explanation words) implements ImportOutcome {
        public Failed(UnreadableStatementException e) {
            this(e.fileName(), e.problem(), e.reason(), e.words());
        }

        /** A failure the importer finds once the file was read: the words are the problem's own, naming {@code named}. */
        public Failed(String fileName, StatementProblem problem, String reason, Object... named) {
            this(fileName, problem, reason, Explanation.of(reason, "statement.problem." + problem.name(), named));
        }

        public String message() {
            return fileName + ": " + reason;
        }
    }
}
