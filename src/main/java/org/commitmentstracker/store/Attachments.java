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
 */
public final class Attachments {
    static final String FOLDER = "attachments";
    /** Evidence is a scan or a report, not a video: larger files are refused with a reason. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    private final Path dataFolder;
    /** The team workspace's server (address without parameters), where files cannot be kept yet; else null. */
    private final String server;

    public Attachments(Path dataFolder) {
        this(dataFolder, null);
    }

    private Attachments(Path dataFolder, String server) {
        this.dataFolder = dataFolder.toAbsolutePath().normalize();
        this.server = server;
    }

    /**
     * The attachments of an open workspace. On a team workspace the data folder is only this laptop's: a
     * file copied there would be evidence nobody else sees, so attaching one is refused in words.
     */
    public static Attachments of(Workspace workspace) {
        return new Attachments(workspace.folder(), workspace.database().serverAddress());
    }

    /**
     * Copies a file in and returns its relative path; a name already taken gets " (2)", " (3)"…
     *
     * @throws IOException with a sentence naming the file when it cannot be copied
     */
    public String copyIn(long commitmentId, Path file) throws IOException {
        String name = file.getFileName() == null ? "attachment" : file.getFileName().toString();
        if (server != null) {
            throw new ExplainedIOException(name + " was not attached: the team workspace at " + server + " cannot keep "
                    + "files yet, and a copy on this laptop would be seen by no one else; give the document's number "
                    + "or a link to where it is kept as the evidence instead", null, "attachment.problem.ON_SERVER",
                    name, server);
        }
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
        Path folder = dataFolder.resolve(FOLDER).resolve(Long.toString(commitmentId));
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

    /** Removes a copied file whose progress entry could not be saved. */
    public void discard(String relative) {
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
            Files.createDirectories(into);
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(file, into.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
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
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
                Files.deleteIfExists(folder);
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
