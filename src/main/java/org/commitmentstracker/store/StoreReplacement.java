package org.commitmentstracker.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Puts a backup in the place of a workspace's store, with the workspace closed. The backup is
 * checked first; the store it replaces (and its WAL files) is kept aside under a dated name,
 * never deleted, so a restore can itself be undone.
 */
public final class StoreReplacement {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd_HHmmss");

    private StoreReplacement() {
    }

    /**
     * @return where the replaced store was kept, or null when there was none
     * @throws WorkspaceException naming the backup and its problem when it is not a good store
     */
    public static Path restore(Path dataFolder, Path backup, Clock clock) {
        List<String> problems = SqliteBackup.problems(backup);
        if (!problems.isEmpty()) {
            throw new WorkspaceException(WorkspaceException.Problem.BACKUP_NOT_GOOD,
                    "The backup " + backup + " cannot be restored: " + String.join("; ", problems), null, backup,
                    String.join("; ", problems));
        }
        Path store = dataFolder.resolve(Workspace.STORE_FILE);
        String stamp = STAMP.format(LocalDateTime.ofInstant(clock.instant(), clock.getZone()));
        Path aside = dataFolder.resolve(Workspace.STORE_FILE + ".replaced-" + stamp);
        try {
            Path incoming = dataFolder.resolve("." + Workspace.STORE_FILE + ".restoring");
            Files.copy(backup, incoming, StandardCopyOption.REPLACE_EXISTING);
            PrivateFiles.tryRestrict(incoming);
            boolean hadStore = Files.exists(store);
            if (hadStore) {
                Files.move(store, aside);
            }
            for (String suffix : List.of("-wal", "-shm")) {
                Path side = dataFolder.resolve(Workspace.STORE_FILE + suffix);
                if (Files.exists(side)) {
                    Files.move(side, dataFolder.resolve(aside.getFileName() + suffix));
                }
            }
            Files.move(incoming, store);
            return hadStore ? aside : null;
        } catch (IOException e) {
            throw new WorkspaceException(WorkspaceException.Problem.BACKUP_NOT_PUT_IN_PLACE,
                    "The backup " + backup + " could not be put in place in " + dataFolder + ": " + e.getMessage()
                            + ". The current store was left where it was or kept as " + aside + ".", e,
                    backup, dataFolder, e.getMessage(), aside);
        }
    }
}
