package org.commitmentstracker.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;

/** Why a file operation failed, in the operating system's words, without Java's class names or temp paths. */
public final class IoFailures {
    private IoFailures() {
    }

    /** "permission denied", "No space left on device", "Read-only file system", "Operation not permitted"... */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        // A FileSystemException's message is "path: reason"; the path is often a temp file the user never named.
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
