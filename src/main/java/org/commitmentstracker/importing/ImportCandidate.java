package org.commitmentstracker.importing;

import java.util.List;
import org.commitmentstracker.bundled.SectorOwners;
import org.commitmentstracker.extract.Extraction;
import org.commitmentstracker.extract.read.ReadWarning;
import org.commitmentstracker.extract.read.StatementProblem;
import org.commitmentstracker.extract.read.UnreadableStatementException;
import org.commitmentstracker.model.Explanation;

/**
 * A file (or pasted text) read and analysed, a candidate for import: ready for review, or unreadable
 * with its reason. Nothing of it is stored yet.
 */
public sealed interface ImportCandidate {
    String fileName();

    /**
     * Ready for review.
     *
     * @param alreadyImported the workspace already holds the same text: saving it would add nothing
     * @param owners          the workspace's sector-to-owner table when it was read, for the review's suggestions
     * @param warnings        the reader's doubts about the text (lost spaces in a PDF), for the review to show
     */
    record Ready(String fileName, Extraction extraction, boolean alreadyImported, SectorOwners owners,
                 List<ReadWarning> warnings) implements ImportCandidate {
        public Ready {
            warnings = List.copyOf(warnings);
        }

        public Ready(String fileName, Extraction extraction, boolean alreadyImported, SectorOwners owners) {
            this(fileName, extraction, alreadyImported, owners, List.of());
        }
    }

    /**
     * The file could not be read; {@code problem} says why as a class, {@code reason} in English words, {@code words}
     * in the window's.
     */
    record Unreadable(String fileName, StatementProblem problem, String reason, Explanation words)
            implements ImportCandidate {
        public Unreadable(UnreadableStatementException e) {
            this(e.fileName(), e.problem(), e.reason(), e.words());
        }
    }
}
