package org.commitmentstracker.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Checks made before SQLite touches a file, so that a wrong file gets a message, not a stack trace. */
final class StoreFileCheck {
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private StoreFileCheck() {
    }

    /** Passes when the file does not exist yet, is empty, or starts with SQLite's header. */
    static void requireSqliteOrAbsent(Path file) {
        if (!Files.exists(file)) {
            return;
        }
        if (!Files.isRegularFile(file)) {
            throw new WorkspaceException("The store " + file + " is not a file.");
        }
        byte[] head = new byte[SQLITE_HEADER.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new WorkspaceException("The store " + file + " cannot be read: " + e.getMessage(), e);
        }
        if (read == 0) {
            return;
        }
        if (read < head.length || !Arrays.equals(head, SQLITE_HEADER)) {
            throw new WorkspaceException(WorkspaceException.Problem.NOT_A_STORE, "The file " + file
                    + " is not a Commitments Tracker workspace (it is not an SQLite database). "
                    + "Move it away or start with another --data-dir.", null, file);
        }
    }

    /** The innermost message of an exception chain: the one that says what went wrong. */
    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.strip();
    }
}
