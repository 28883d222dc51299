package org.commitmentstracker.store;

import org.commitmentstracker.model.ExplainedIOException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Files attached to progress entries, copied into the data folder's {@code attachments/}
 * folder (one sub-folder per commitment) so the workspace carries its evidence with it.
 * History keeps their paths relative to the data folder.
 *
 * <p>On a team workspace the files are kept in the server's {@code attachment_file} table under the same
 * kind of path, so every officer opens the same evidence; opening one writes it to a private cache in
 * this laptop's folder for the server. In an offline copy each file goes into a sub-folder of its own
 * ({@code attachments/<commitment>/<random>/<name>}), so a file attached offline never takes a path
 * another laptop gave the server meanwhile; {@link AttachmentTransfer} carries them at checkout, sync
 * and publish.
 */
public final class Attachments {
    static final String FOLDER = "attachments";
    /** Evidence is a scan or a report, not a video: larger files are refused with a reason. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    /** Where files opened from a team workspace are written, in the laptop's folder for that server. */
    static final String CACHE = "attachment-cache";

    private final Path dataFolder;
    /** The workspace's store, or null for a bare folder; on a team workspace it keeps the files. */
    private final Database database;

    public Attachments(Path dataFolder) {
        this(dataFolder, null);
    }

    private Attachments(Path dataFolder, Database database) {
        this.dataFolder = dataFolder.toAbsolutePath().normalize();
        this.database = database;
    }

    /** The attachments of an open workspace: in its data folder, or in the server's database on a team workspace. */
    public static Attachments of(Workspace workspace) {
        return new Attachments(workspace.folder(), workspace.database());
    }

    private boolean onServer() {
        return database != null && database.onServer();
    }

    /**
     * Copies a file in and returns its relative path; a name already taken gets " (2)", " (3)"…
     *
     * @throws IOException with a sentence naming the file when it cannot be copied
     */
    public String copyIn(long commitmentId, Path file) throws IOException {
        String name = file.getFileName() == null ? "attachment" : file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new ExplainedIOException(name + " was not found or is not a file", null, "attachment.problem.NOT_FOUND",
                    name);
        }
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new ExplainedIOException(name + " is too large to attach (" + size / (1024 * 1024) + " MB; the limit is "
                    + MAX_BYTES / (1024 * 1024) + " MB)", null, "attachment.problem.TOO_LARGE", name,
                    size / (1024 * 1024), MAX_BYTES / (1024 * 1024));
        }
        if (onServer()) {
            return AttachmentTransfer.store(database.dsl(), FOLDER + "/" + commitmentId, name, Files.readAllBytes(file));
        }
        Path folder = dataFolder.resolve(FOLDER).resolve(Long.toString(commitmentId));
        if (database != null && new WorkspaceSettings(database).get(OfflineSync.SERVER).isPresent()) {
            folder = folder.resolve(java.util.UUID.randomUUID().toString().substring(0, 8));
        }
        PrivateFiles.createFolder(folder);
        Path target = free(folder, name);
        // Copied under a temporary name first: a half-copied file never carries the real name.
        Path temp = Files.createTempFile(folder, ".copy", ".tmp");
        try {
            Files.copy(file, temp, StandardCopyOption.REPLACE_EXISTING);
            // The copy took the original's permissions: evidence in the workspace is the officer's only.
            PrivateFiles.tryRestrict(temp);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return dataFolder.relativize(target).toString().replace('\\', '/');
    }

    /** The file behind a relative path from history; never outside the data folder. */
    public Path resolve(String relative) {
        Path path = dataFolder.resolve(relative).normalize();
        if (!path.startsWith(dataFolder)) {
            throw new IllegalArgumentException("Not an attachment of this workspace: " + relative);
        }
        return path;
    }

    /**
     * The file to open for a relative path from history. On a team workspace it is read from the server and
     * written to a private cache file in this laptop's folder for the server.
     *
     * @throws IOException when the server holds no such file or the cache cannot be written
     */
    public Path open(String relative) throws IOException {
        Path local = resolve(relative);
        if (!onServer()) {
            if (!Files.isRegularFile(local)) {
                throw new ExplainedIOException(local + " was not found or is not a file", null,
                        "attachment.problem.NOT_FOUND", local.toString());
            }
            return local;
        }
        Path cached = resolve(CACHE + "/" + relative);
        AttachmentTransfer.writePrivately(cached, AttachmentTransfer.content(database.dsl(), relative)
                .orElseThrow(() -> new ExplainedIOException(relative + " is not kept on the team workspace at "
                        + database.serverAddress(), null, "attachment.problem.NOT_FOUND", relative)));
        return cached;
    }

    /** Removes a copied file whose progress entry could not be saved. */
    public void discard(String relative) {
        if (onServer()) {
            return; // Kept on the server (officers may add files, not remove them): it costs space only.
        }
        try {
            Files.deleteIfExists(resolve(relative));
        } catch (IOException | IllegalArgumentException e) {
            // A stray copy costs disk space only; the entry that failed is reported anyway.
        }
    }

    /**
     * Copies the attachment folders of these commitments into {@code target} (as
     * {@code attachments/<id>/…} there), before the commitments are deleted. Returns how many files were copied.
     */
    public int copyOut(List<Long> commitmentIds, Path target) throws IOException {
        int copied = 0;
        for (long id : commitmentIds) {
            Path folder = dataFolder.resolve(FOLDER).resolve(Long.toString(id));
            if (!Files.isDirectory(folder)) {
                continue;
            }
            Path into = target.resolve(FOLDER).resolve(Long.toString(id));
            // Files attached in an offline copy sit one folder deeper (attachments/<id>/<random>/<name>).
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path copy = into.resolve(folder.relativize(file).toString());
                    Files.createDirectories(copy.getParent());
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                    copied++;
                }
            }
        }
        return copied;
    }

    /** Removes the attachment folders of commitments that were deleted; a file that will not go stays. */
    public void removeAll(List<Long> commitmentIds) {
        for (long id : commitmentIds) {
            Path folder = dataFolder.resolve(FOLDER).resolve(Long.toString(id));
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file); // the deepest first, the commitment's folder last
                }
            } catch (IOException e) {
                // Left on disk: it costs space only, and the backup holds a copy.
            }
        }
    }

    private static Path free(Path folder, String name) {
        Path candidate = folder.resolve(name);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolve(stem + " (" + n + ")" + extension);
        }
        return candidate;
    }
}
