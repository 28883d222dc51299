package org.commitmentstracker.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Backing up the open workspace and checking backups: {@link BackupService}, or a test double. Every method
 * touches files: off the UI thread. Restoring one closes the workspace, so the window's switcher does it.
 */
public interface BackupActions {
    /** Makes a backup now; returns its file. */
    Path backUpNow() throws IOException;

    /** The backups in the backup folder, newest first. */
    List<Choice> backups() throws IOException;

    /**
     * Whether this app backs the workspace up: not a team workspace, which IT backs up on its server
     * (pg_dump); there {@link #backUpNow()} and {@link #backups()} refuse in words.
     */
    default boolean backsUpHere() {
        return true;
    }

    /** What is wrong with a backup file; empty when it can be restored. */
    List<String> problems(Path backup);

    /** A backup the officer can pick. */
    record Choice(Path file, LocalDateTime madeAt) {
    }
}
