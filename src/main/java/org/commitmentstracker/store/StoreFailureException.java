package org.commitmentstracker.store;

import java.nio.file.Path;
import org.commitmentstracker.model.Explanation;

/**
 * The store refused a read or a write for a reason outside the app: another program holds it
 * locked, it is read-only, its disk is full, or the disk failed. The statement that met it was
 * not applied, and a transaction it was part of was rolled back whole.
 */
public final class StoreFailureException extends WorkspaceException {
    /** What kept the store from being used. */
    public enum Kind { LOCKED, READ_ONLY, FULL, IO }

    private final Kind kind;
    private final Explanation words;

    /** @param detail SQLite's name for the error ("SQLITE_IOERR_WRITE"), for whoever supports the user */
    StoreFailureException(Kind kind, Path file, String detail, Throwable cause) {
        super(message(kind, file, detail), cause);
        this.kind = kind;
        this.words = Explanation.of(getMessage(), "store.problem." + kind.name(), file, detail,
                Database.BUSY_TIMEOUT_MS / 1000);
    }

    public Kind kind() {
        return kind;
    }

    /** The file, SQLite's name for the error and how long a lock was waited for (seconds). */
    @Override
    public Explanation words() {
        return words;
    }

    private static String message(Kind kind, Path file, String detail) {
        return switch (kind) {
            case LOCKED -> "The store " + file + " is held locked by another program (a database viewer, a backup or"
                    + " sync tool) that did not let go within " + Database.BUSY_TIMEOUT_MS / 1000 + " s";
            case READ_ONLY -> "The store " + file + " cannot be written: it, or its folder, is read-only";
            case FULL -> "The disk that holds the store " + file + " is full";
            case IO -> "The store " + file + " could not be written or read: the system refused (" + detail
                    + "); the disk may have turned read-only, or failed";
        };
    }
}
