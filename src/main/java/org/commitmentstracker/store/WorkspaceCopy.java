package org.commitmentstracker.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies an open workspace to another folder (a USB stick, a new laptop folder): a consistent
 * copy of the store, then the other files of the data folder (attachments, settings, backups).
 * The source is left as it was; the copy is checked before it is used.
 */
public final class WorkspaceCopy {
    private WorkspaceCopy() {
    }

    /**
     * @throws WorkspaceException naming the folder when the target is not empty, cannot be
     *                            written, or the copy fails its check
     */
    public static void copy(Workspace from, Path target) {
        if (from.onServer()) {
            String address = from.database().serverAddress();
            throw new WorkspaceException(WorkspaceException.Problem.ON_SERVER, "The team workspace at " + address
                    + " lives on its server and cannot be moved to a folder; to work away from the network, take an "
                    + "offline copy.", null, address);
        }
        Path to = target.toAbsolutePath().normalize();
        if (to.startsWith(from.folder())) {
            throw new WorkspaceException(WorkspaceException.Problem.INTO_ITSELF,
                    "The workspace cannot be moved into itself (" + to + ").", null, to);
        }
        try {
            PrivateFiles.createFolder(to);
            // The folder becomes the workspace: private, even when it was chosen empty but open.
            PrivateFiles.tryRestrict(to);
            try (Stream<Path> existing = Files.list(to)) {
                if (existing.findAny().isPresent()) {
                    throw new WorkspaceException(WorkspaceException.Problem.NOT_EMPTY,
                            "The folder " + to + " is not empty: choose an empty folder.", null, to);
                }
            }
            SqliteBackup.copy(from.database(), to.resolve(Workspace.STORE_FILE));
            try (Stream<Path> files = Files.walk(from.folder())) {
                for (Path source : files.toList()) {
                    Path relative = from.folder().relativize(source);
                    if (source.equals(from.folder()) || skipped(relative)) {
                        continue;
                    }
                    Path copy = to.resolve(relative.toString());
                    if (Files.isDirectory(source)) {
                        PrivateFiles.createFolder(copy);
                    } else {
                        Files.copy(source, copy, StandardCopyOption.COPY_ATTRIBUTES);
                        PrivateFiles.tryRestrict(copy);
                    }
                }
            }
        } catch (IOException | SQLException e) {
            String reason = StoreFileCheck.rootMessage(e);
            throw new WorkspaceException(WorkspaceException.Problem.NOT_COPIED,
                    "The workspace could not be copied to " + to + ": " + reason, e, to, reason);
        }
        List<String> problems = SqliteBackup.problems(to.resolve(Workspace.STORE_FILE));
        if (!problems.isEmpty()) {
            throw new WorkspaceException(WorkspaceException.Problem.COPY_FAILED_CHECK,
                    "The copy in " + to + " failed its check: " + String.join("; ", problems), null, to,
                    String.join("; ", problems));
        }
    }

    /** The store (copied consistently above), its WAL files and lock are not copied file by file. */
    private static boolean skipped(Path relative) {
        String first = relative.getName(0).toString();
        return first.startsWith(Workspace.STORE_FILE) || first.equals(WorkspaceLock.FILE_NAME);
    }
}
