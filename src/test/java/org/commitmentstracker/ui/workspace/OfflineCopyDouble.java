package org.commitmentstracker.ui.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commitmentstracker.service.ConflictChoice;
import org.commitmentstracker.service.OfflineCopy;
import org.commitmentstracker.service.SyncConflict;
import org.commitmentstracker.service.SyncOrigin;
import org.commitmentstracker.service.SyncReport;

/** An offline copy as the sync would leave it: conflicts kept until resolved, resolutions and passwords recorded. */
final class OfflineCopyDouble implements OfflineCopy {
    final List<SyncConflict> conflicts = new ArrayList<>();
    final List<String> resolutions = new ArrayList<>();
    final List<String> passwords = new ArrayList<>();
    int pending;
    int sent;
    int received;
    final List<SyncReport.DeletedOnServer> deletedOnServer = new java.util.ArrayList<>();
    final List<String> deletionsRefused = new java.util.ArrayList<>();
    RuntimeException refusal;

    @Override
    public Optional<SyncOrigin> origin() {
        return Optional.empty();
    }

    @Override
    public int pendingChanges() {
        return pending;
    }

    @Override
    public SyncReport sync(String password, SyncProgress progress) {
        passwords.add(password);
        if (refusal != null) {
            throw refusal;
        }
        progress.progressed(1, 2);
        progress.progressed(2, 2);
        pending = 0;
        return new SyncReport(sent, received, List.copyOf(conflicts), List.copyOf(deletedOnServer),
                List.copyOf(deletionsRefused));
    }

    @Override
    public List<SyncConflict> conflicts() {
        return List.copyOf(conflicts);
    }

    @Override
    public void resolve(long conflictId, ConflictChoice choice, String mergedText) {
        resolutions.add(conflictId + " " + choice + (choice == ConflictChoice.MERGE ? " " + mergedText : ""));
        conflicts.removeIf(c -> c.id() == conflictId);
    }
}
