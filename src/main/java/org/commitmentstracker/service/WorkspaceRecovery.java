package org.commitmentstracker.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.commitmentstracker.store.Backups;
import org.commitmentstracker.store.StoreReplacement;

/** Putting a backup in place of a workspace's store while the workspace is closed (a restore, or a damaged store). */
public final class WorkspaceRecovery {
    private WorkspaceRecovery() {
    }

    /** The newest backup of the workspace in {@code dataFolder} that passes the store's check, if any. */
    public static Optional<BackupActions.Choice> newestGoodBackup(Path dataFolder) throws IOException {
        return Backups.newestGood(SettingsService.backupFolderOf(dataFolder))
                .map(b -> new BackupActions.Choice(b.file(), b.madeAt()));
    }

    /** Where the workspace in {@code dataFolder} keeps its backups. */
    public static Path backupFolder(Path dataFolder) {
        return SettingsService.backupFolderOf(dataFolder);
    }

    /**
     * Puts a checked backup in place of the closed workspace's store; the store it replaces is
     * kept aside, never deleted. Returns where it was kept.
     *
     * @throws org.commitmentstracker.store.WorkspaceException naming what is wrong; the store is then unchanged
     */
    public static Path restore(Path dataFolder, Path backup, Clock clock) {
        return StoreReplacement.restore(dataFolder, backup, clock);
    }
}
