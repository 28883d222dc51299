package org.commitmentstracker;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.commitmentstracker.store.DataFolders;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.settings.SettingsStore;
import org.commitmentstracker.ui.settings.UserSettings;

/**
 * Settings kept in files: language, name and backup folder in the workspace's
 * settings.properties; the data folder for the next start as a note in the standard folder.
 */
final class FileSettingsStore implements SettingsStore {
    private final UserSettings userSettings;
    private final Locale systemLocale;
    private final String systemUser;
    private final Path standardFolder;
    private final Path standardBackups;

    /**
     * @param standardFolder  the OS's folder for the app's data, where the next start looks first
     * @param standardBackups the backup folder until the officer chooses one
     */
    FileSettingsStore(UserSettings userSettings, Locale systemLocale, String systemUser, Path standardFolder,
                      Path standardBackups) {
        this.userSettings = userSettings;
        this.systemLocale = systemLocale;
        this.systemUser = systemUser;
        this.standardFolder = standardFolder;
        this.standardBackups = standardBackups;
    }

    @Override
    public Settings current() {
        return new Settings(Messages.supported(userSettings.locale(systemLocale)).getLanguage(),
                userSettings.author(systemUser), DataFolders.currentFolder(standardFolder),
                userSettings.backupFolder(standardBackups));
    }

    @Override
    public void save(Settings settings) throws IOException {
        // The note is written only when the choice changed, so a workspace opened with
        // --data-dir does not become the default by merely saving a new name.
        if (!settings.dataFolder().equals(DataFolders.currentFolder(standardFolder))) {
            DataFolders.useFromNextStart(standardFolder, settings.dataFolder());
        }
        userSettings.update(settings.language(), settings.author(), settings.backupFolder());
    }
}
