package org.commitmentstracker.store;

import static org.commitmentstracker.store.jooq.Tables.ATTACHMENT_FILE;
import static org.commitmentstracker.store.jooq.Tables.HISTORY;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * The files attached to progress entries, between a team workspace (its {@code attachment_file} table) and a
 * laptop's data folder ({@code attachments/…}, the same relative paths as in history): brought into an offline
 * copy at checkout and at each sync, sent up at sync and publish. Each way it only adds the files the other
 * side lacks, so a run cut off and run again sends nothing twice.
 */
public final class AttachmentTransfer {
    private static final int CHUNK = 500;

    private AttachmentTransfer() {
    }

    /**
     * Keeps {@code content} on a server under {@code folder/name}; a name already taken there gets " (2)",
     * " (3)"… (also when another officer takes it at the same moment). Returns the path.
     */
    static String store(DSLContext server, String folder, String name, byte[] content) {
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 1; ; n++) {
            String path = folder + "/" + (n == 1 ? name : stem + " (" + n + ")" + extension);
            if (insert(server, path, content) == 1) {
                return path;
            }
        }
    }

    private static int insert(DSLContext server, String path, byte[] content) {
        return server.insertInto(ATTACHMENT_FILE)
                .set(ATTACHMENT_FILE.PATH, path)
                .set(ATTACHMENT_FILE.CONTENT, content)
                .set(ATTACHMENT_FILE.SIZE, (long) content.length)
                .set(ATTACHMENT_FILE.ADDED_AT, StoreValues.instant(Instant.now()))
                .onConflictDoNothing().execute();
    }

    /** The content the server keeps under {@code path}, if any. */
    static Optional<byte[]> content(DSLContext server, String path) {
        return server.select(ATTACHMENT_FILE.CONTENT).from(ATTACHMENT_FILE).where(ATTACHMENT_FILE.PATH.eq(path))
                .fetchOptional(ATTACHMENT_FILE.CONTENT);
    }

    /**
     * Into the offline copy's folder: the files its history names that are not there yet and the server keeps.
     * Returns how many were written.
     *
     * @throws WorkspaceException naming the file when it cannot be written
     */
    public static int pull(Database server, Database local) {
        Path folder = folderOf(local);
        int written = 0;
        for (String path : attachedIn(local)) {
            Path target = inside(folder, path);
            if (Files.exists(target)) {
                continue;
            }
            Optional<byte[]> content = content(server.dsl(), path);
            if (content.isPresent()) {
                try {
                    writePrivately(target, content.get());
                } catch (IOException e) {
                    throw new WorkspaceException("The attached file " + path + " could not be written into " + folder
                            + " (" + e.getMessage() + "): free some space or check the folder, then sync again.", e);
                }
                written++;
            }
        }
        return written;
    }

    /**
     * To the server: the files the local history names that the server does not keep yet (a file missing from
     * the folder is skipped). Returns how many were sent.
     */
    public static int push(Database local, Database server) {
        Path folder = folderOf(local);
        List<String> paths = attachedIn(local);
        Set<String> kept = new HashSet<>();
        for (int from = 0; from < paths.size(); from += CHUNK) {
            kept.addAll(server.dsl().select(ATTACHMENT_FILE.PATH).from(ATTACHMENT_FILE)
                    .where(ATTACHMENT_FILE.PATH.in(paths.subList(from, Math.min(paths.size(), from + CHUNK))))
                    .fetch(ATTACHMENT_FILE.PATH));
        }
        int sent = 0;
        for (String path : paths) {
            Path file = inside(folder, path);
            if (kept.contains(path) || !Files.isRegularFile(file)) {
                continue;
            }
            try {
                sent += insert(server.dsl(), path, Files.readAllBytes(file));
            } catch (IOException e) {
                throw new WorkspaceException("The attached file " + file + " could not be read (" + e.getMessage()
                        + "): check it, then run again; nothing is sent twice.", e);
            }
        }
        return sent;
    }

    private static List<String> attachedIn(Database local) {
        return local.dsl().selectDistinct(HISTORY.ATTACHMENT).from(HISTORY).where(HISTORY.ATTACHMENT.isNotNull())
                .orderBy(HISTORY.ATTACHMENT).fetch(HISTORY.ATTACHMENT);
    }

    private static Path folderOf(Database local) {
        return local.file().toAbsolutePath().normalize().getParent();
    }

    private static Path inside(Path folder, String relative) {
        Path path = folder.resolve(relative).normalize();
        if (!path.startsWith(folder)) {
            throw new IllegalArgumentException("Not an attachment of this workspace: " + relative);
        }
        return path;
    }

    /**
     * Writes a file readable by this account only (folders 700, file 600 where the file system has POSIX
     * permissions), under a temporary name first so that a half-written file never carries the real name.
     */
    static void writePrivately(Path target, byte[] content) throws IOException {
        Path folder = PrivateFiles.createFolder(target.getParent());
        Path temp = Files.createTempFile(folder, ".copy", ".tmp");
        try {
            PrivateFiles.tryRestrict(temp);
            Files.write(temp, content);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
