package org.commitmentstracker.service;

import java.util.List;
import java.util.Optional;

/**
 * A laptop's offline copy of a team workspace (made by "Take offline", {@code checkout}): where it
 * came from, what it has to send, and the sync that sends it and takes the server's changes. A
 * workspace that is not an offline copy has no origin and nothing to send.
 */
public interface OfflineCopy {
    /** The server and login this copy was taken from; empty for a workspace that is not an offline copy. */
    Optional<SyncOrigin> origin();

    /** How many changes made on this laptop the server has not received yet. */
    int pendingChanges();

    /**
     * Sends this laptop's changes and takes the server's. A change applies when its field has not
     * changed on the server since the copy was taken; otherwise it becomes a conflict, kept on both
     * sides. Run again after an interruption, it applies nothing twice and loses nothing.
     *
     * @param password the login's password, kept only in memory
     * @throws org.commitmentstracker.store.WorkspaceException one sentence naming the server and what to do
     */
    SyncReport sync(String password, SyncProgress progress);

    /** The conflicts left to resolve, oldest first. */
    List<SyncConflict> conflicts();

    /**
     * Resolves one conflict: keep this laptop's value, the server's, or (notes only) the merged
     * text; the choice is recorded in history and sent at the next sync.
     *
     * @param mergedText the text to keep when {@code choice} is MERGE; ignored otherwise
     */
    void resolve(long conflictId, ConflictChoice choice, String mergedText);

    /** What a long sync reports as it goes (done of total steps); may be called from a worker thread. */
    interface SyncProgress {
        SyncProgress NONE = (done, total) -> { };

        void progressed(int done, int total);
    }
}
