package org.commitmentstracker.importing;

import org.commitmentstracker.bundled.SectorOwners;
import org.commitmentstracker.extract.Extraction;
import org.commitmentstracker.extract.read.StatementProblem;

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
     */
    record Ready(String fileName, Extraction extraction, boolean alreadyImported, SectorOwners owners)
            implements ImportCandidate {
    }

    /** The file could not be read; {@code problem} says why as a class, {@code reason} in words. */
    record Unreadable(String fileName, StatementProblem problem, String reason) implements ImportCandidate {
    }
}
