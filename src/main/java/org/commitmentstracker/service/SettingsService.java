package org.commitmentstracker.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.commitmentstracker.store.DataFolders;

/**
 * The officer's settings, kept in files: language, name and backup folder in the workspace's
 * settings.properties; the data folder for the next start as a note in the standard folder.
 */
public final class SettingsService implements SettingsStore {
    /** In the data folder: the officer's settings. */
    public static final String SETTINGS_FILE = "settings.properties";
    /** In the data folder: where backups go until the officer chooses another folder. */
    public static final String BACKUP_FOLDER = "backups";

    private final UserSettings userSettings;
    private final Locale systemLocale;
    private final String systemUser;
    private final String serverLogin;
    private final Path standardFolder;
    private final Path standardBackups;

    /**
     * @param systemLocale   the language to use when the officer has not chosen one
     * @param systemUser     the name that signs changes when the officer has not given one
     * @param standardFolder the OS's folder for the app's data, where the next start looks first
     */
    SettingsService(Path dataFolder, Locale systemLocale, String systemUser, Path standardFolder) {
        this(dataFolder, systemLocale, systemUser, standardFolder, null);
    }

    /**
     * @param serverLogin on a team workspace, the database login: the server signs every change with it
     *                    (docs/decisions/0011), so it is the name that signs here too, whatever name was given
     */
    SettingsService(Path dataFolder, Locale systemLocale, String systemUser, Path standardFolder, String serverLogin) {
        this.serverLogin = serverLogin;
        this.userSettings = new UserSettings(dataFolder.resolve(SETTINGS_FILE));
        this.systemLocale = systemLocale;
        this.systemUser = systemUser;
        this.standardFolder = standardFolder;
        this.standardBackups = dataFolder.resolve(BACKUP_FOLDER);
    }

    /** The backup folder chosen in the settings of the workspace in {@code dataFolder}, else its standard one. */
    public static Path backupFolderOf(Path dataFolder) {
        return new UserSettings(dataFolder.resolve(SETTINGS_FILE)).backupFolder(dataFolder.resolve(BACKUP_FOLDER));
    }

    @Override
    public Settings current() {
        return new Settings(locale().getLanguage(), author(), DataFolders.currentFolder(standardFolder),
                backupFolder());
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

    /** The UI's language: the one chosen, else the system's; Vietnamese or English. */
    public Locale locale() {
        Locale chosen = userSettings.locale(systemLocale);
        return "vi".equals(chosen.getLanguage()) ? Locale.forLanguageTag("vi") : Locale.ENGLISH;
    }

    /** The name that signs changes: the login on a team workspace; else the one the officer gave, else the system's user name. */
    public String author() {
        return serverLogin != null ? serverLogin : userSettings.author(systemUser);
    }

    /** Whether the officer has given a name yet: until then, the window asks for it. */
    public boolean hasAuthor() {
        return serverLogin != null || userSettings.hasAuthor();
    }

    /** Where backups go: the folder the officer chose, else backups/ in the data folder. */
    public Path backupFolder() {
        return userSettings.backupFolder(standardBackups);
    }

    public void setLanguage(String languageTag) {
        userSettings.setLanguage(languageTag);
    }

    public void setAuthor(String name) {
        userSettings.setAuthor(name);
    }

    /** How the officer left the main window: detail pane, divider, columns (names without prefix). */
    public java.util.Map<String, String> layout() {
        return userSettings.layout();
    }

    /** Whether the search field's switch "both languages" was left on (step 13). */
    public boolean searchBothLanguages() {
        return userSettings.searchBothLanguages();
    }

    /** Remembers the search field's switch for the next start (writes a file: off the UI thread). */
    public void saveSearchBothLanguages(boolean on) {
        userSettings.setSearchBothLanguages(on);
    }

    /** Remembers the main window's layout for the next start (writes a file: off the UI thread). */
    public void saveLayout(java.util.Map<String, String> layout) {
        userSettings.setLayout(layout);
    }

    /** When the window last started on this workspace (this officer, this laptop); empty before the first start. */
    public java.util.Optional<java.time.Instant> lastStart() {
        return userSettings.lastStart();
    }

    /** Remembers this start for the next one's "since your last start" (writes a file: off the UI thread). */
    public void setLastStart(java.time.Instant at) {
        userSettings.setLastStart(at);
    }

    /** The server and login last connected to, kept in the standard folder's settings (never a password). */
    public static ServerLogin lastServer(Path standardFolder) {
        UserSettings standard = new UserSettings(standardFolder.resolve(SETTINGS_FILE));
        return new ServerLogin(standard.serverAddress(), standard.serverLogin());
    }

    /** Remembers the server and login for the next connection (a password in the address is taken out). */
    public static void rememberServer(Path standardFolder, ServerLogin server) {
        new UserSettings(standardFolder.resolve(SETTINGS_FILE)).setServer(server.address(), server.login());
    }

    /** A team workspace's address ({@code jdbc:postgresql://host:port/db}) and the login used on it; "" when none. */
    public record ServerLogin(String address, String login) {
    }

    /** The OS's folder for the app's data, where a start looks first for the workspace to open. */
    public static Path standardFolder() {
        return DataFolders.defaultFolder();
    }

    /** Opens {@code folder} at the next start instead of the standard data folder ({@link #standardFolder()}). */
    public static void openFromNextStart(Path standardFolder, Path folder) throws IOException {
        DataFolders.useFromNextStart(standardFolder, folder);
    }
}
