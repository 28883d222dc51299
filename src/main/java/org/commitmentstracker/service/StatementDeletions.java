package org.commitmentstracker.service;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.commitmentstracker.model.StatementDeletion;

/**
 * Deleting statements, and removing the sample once real statements are in: {@link StatementService}, or a
 * test double. Every method touches the store (and deleting, the backup folder): off the UI thread.
 */
public interface StatementDeletions {
    /** What deleting the statement would take with it; empty when it is gone already. */
    Optional<StatementDeletion.Extent> extent(long statementId);

    /**
     * Makes a backup, then deletes the statement with all of it in one transaction and logs it
     * signed by {@code author}. Attachment files go into a folder beside the backup.
     *
     * @throws IOException when the backup cannot be made (nothing is deleted then)
     */
    StatementDeletion delete(long statementId, String author) throws IOException;

    /** Whether to offer removing the sample: it is still there, a real statement is in, and it was not kept. */
    boolean sampleRemovalDue();

    /** The officer keeps the sample: the offer is not made again in this workspace. */
    void keepSample();

    /** Deletes every statement of the sample, as {@link #delete} does (one backup first). */
    List<StatementDeletion> removeSample(String author) throws IOException;
}
