package org.commitmentstracker.service;

import java.util.List;

/**
 * What one sync did.
 *
 * @param sent      this laptop's changes the server accepted
 * @param received  the server's changes applied on this laptop
 * @param conflicts the conflicts left after this sync (new and older ones)
 */
public record SyncReport(int sent, int received, List<SyncConflict> conflicts) {
}
