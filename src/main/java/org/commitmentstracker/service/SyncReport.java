package org.commitmentstracker.service;

import java.util.List;
import org.commitmentstracker.model.HistoryField;

/**
 * What one sync did.
 *
 * @param sent      this laptop's changes the server accepted
 * @param received  the server's changes applied on this laptop
 * @param conflicts the conflicts left after this sync (new and older ones)
 * @param deletedOnServer statements deleted on the server, and so on this laptop by this sync, each with
 *                  this laptop's changes of it that were not sent (kept in the backup made before)
 * @param deletionsRefused titles of statements deleted on this laptop that the login may not delete on the
 *                  server (only tracker_admin may): they came back from the server
 */
public record SyncReport(int sent, int received, List<SyncConflict> conflicts, List<DeletedOnServer> deletedOnServer,
                         List<String> deletionsRefused) {
    public SyncReport(int sent, int received, List<SyncConflict> conflicts) {
        this(sent, received, conflicts, List.of(), List.of());
    }

    /**
     * A statement deleted on the server by {@code deletedBy}; {@code unsent} are this laptop's changes of
     * its commitments the server never received, now only in {@code backup}.
     */
    public record DeletedOnServer(String title, String deletedBy, String deletedAt, List<UnsentChange> unsent,
                                  String backup) {
    }

    /** A change not sent: the commitment's paragraph ref, the field, its new value (a progress note's text). */
    public record UnsentChange(String ref, HistoryField field, String value) {
        @Override
        public String toString() {
            return ref + " " + field + ": " + value;
        }
    }
}
