package org.commitmentstracker.ui.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

/** Backing up and restoring the open workspace. All but {@link #restore} touch files: off the UI thread. */
public interface BackupActions {
    /** Makes a backup now; returns its file. */
    Path backUpNow() throws IOException;

    /** The backups in the backup folder, newest first. */
    List<Choice> backups() throws IOException;

    /** What is wrong with a backup file; empty when it can be restored. */
    List<String> problems(Path backup);

    /** Puts the backup in place of the store and reopens the window on it. UI thread. */
    void restore(Path backup);

    /** A backup the officer can pick. */
    record Choice(Path file, LocalDateTime madeAt) {
    }
}
