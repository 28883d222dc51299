package org.commitmentstracker.service;

import java.io.IOException;
import java.nio.file.Path;

/** Where the Settings screen keeps what the officer chose. Writes files: call it off the UI thread. */
public interface SettingsStore {
    /** What is set now. */
    Settings current();

    /** Keeps these settings; the data folder takes effect at the next start. */
    void save(Settings settings) throws IOException;

    /**
     * @param dataFolder the folder the app opens at its next start (the one open now unless changed)
     */
    record Settings(String language, String author, Path dataFolder, Path backupFolder) {
    }
}
