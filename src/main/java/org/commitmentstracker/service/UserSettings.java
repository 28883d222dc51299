package org.commitmentstracker.service;

import org.commitmentstracker.model.ExplainedIOException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Properties;

/**
 * The officer's own settings, kept in a small properties file: the UI language, the name
 * that signs their changes and the backup folder. Written to a temporary file and moved into place, so a crash
 * never leaves half a file.
 */
public final class UserSettings {
    static final String LANGUAGE = "language";
    static final String AUTHOR = "author";
    static final String BACKUP_FOLDER = "backupFolder";
    static final String LAYOUT_PREFIX = "layout.";
    static final String SERVER_ADDRESS = "server.address";
    static final String SERVER_LOGIN = "server.login";

    private final Path file;
    private final Properties values = new Properties();

    public UserSettings(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException e) {
                // Unreadable settings fall back to the defaults; the next save rewrites them.
                values.clear();
            }
        }
    }

    /** The chosen language, else the operating system's. */
    public Locale locale(Locale systemDefault) {
        String language = values.getProperty(LANGUAGE);
        return language == null ? systemDefault : Locale.forLanguageTag(language);
    }

    /** The name that signs changes: the one the officer gave, else the OS user name. */
    public String author(String systemUser) {
        String author = values.getProperty(AUTHOR);
        return author == null || author.isBlank() ? systemUser : author;
    }

    /** Whether the officer has given a name yet (else changes would be signed with the OS account). */
    public boolean hasAuthor() {
        String author = values.getProperty(AUTHOR);
        return author != null && !author.isBlank();
    }

    /** Where backups go: the folder the officer chose, else {@code standard}. */
    public Path backupFolder(Path standard) {
        String folder = values.getProperty(BACKUP_FOLDER);
        try {
            return folder == null || folder.isBlank() ? standard : Path.of(folder);
        } catch (java.nio.file.InvalidPathException e) {
            return standard;
        }
    }

    /** Changes language, name and backup folder together, in one write. */
    public void update(String languageTag, String author, Path backupFolder) {
        values.setProperty(LANGUAGE, languageTag);
        values.setProperty(AUTHOR, author.strip());
        values.setProperty(BACKUP_FOLDER, backupFolder.toAbsolutePath().normalize().toString());
        save();
    }

    public void setLanguage(String languageTag) {
        values.setProperty(LANGUAGE, languageTag);
        save();
    }

    public void setAuthor(String author) {
        values.setProperty(AUTHOR, author.strip());
        save();
    }

    // step 10: window layout (the detail pane, the table's columns), kept under "layout." keys.

    /** The window's layout as last left: keys without the "layout." prefix. */
    public java.util.Map<String, String> layout() {
        java.util.Map<String, String> layout = new java.util.TreeMap<>();
        for (String key : values.stringPropertyNames()) {
            if (key.startsWith(LAYOUT_PREFIX)) {
                layout.put(key.substring(LAYOUT_PREFIX.length()), values.getProperty(key));
            }
        }
        return layout;
    }

    /** Replaces the remembered layout with {@code layout}, in one write. */
    public synchronized void setLayout(java.util.Map<String, String> layout) {
        values.stringPropertyNames().stream().filter(k -> k.startsWith(LAYOUT_PREFIX)).forEach(values::remove);
        layout.forEach((key, value) -> values.setProperty(LAYOUT_PREFIX + key, value));
        save();
    }

    // step 11: window - the team workspace last connected to (never its password)

    /** The address of the team workspace last connected to, or "". */
    public String serverAddress() {
        return values.getProperty(SERVER_ADDRESS, "");
    }

    /** The login last used on that server, or "". */
    public String serverLogin() {
        return values.getProperty(SERVER_LOGIN, "");
    }

    /** Remembers a server's address (any password in it taken out) and login for the next connection. */
    public synchronized void setServer(String address, String login) {
        values.setProperty(SERVER_ADDRESS, withoutPassword(address));
        values.setProperty(SERVER_LOGIN, login.strip());
        save();
    }

    /** A JDBC address without its {@code password=} parameters. */
    static String withoutPassword(String address) {
        String stripped = address.strip().replaceAll("(?i)([?&])password=[^&]*(&|$)", "$1");
        return stripped.replaceAll("[?&]+$", "").replace("?&", "?");
    }

    // step 13: what changed while you were away - when the window last started on this workspace

    static final String LAST_START = "lastStart";

    /** When the window last started on this workspace; empty before the first start (or when unreadable). */
    public java.util.Optional<java.time.Instant> lastStart() {
        try {
            return java.util.Optional.ofNullable(values.getProperty(LAST_START)).map(java.time.Instant::parse);
        } catch (java.time.format.DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }

    public synchronized void setLastStart(java.time.Instant at) {
        values.setProperty(LAST_START, at.toString());
        save();
    }

    // step 13: search in both languages - whether the switch beside the search field is on

    static final String SEARCH_BOTH_LANGUAGES = "search.bothLanguages";

    /** Whether the search also looks in the other language (the glossary); off until turned on. */
    public boolean searchBothLanguages() {
        return Boolean.parseBoolean(values.getProperty(SEARCH_BOTH_LANGUAGES, "false"));
    }

    public synchronized void setSearchBothLanguages(boolean on) {
        values.setProperty(SEARCH_BOTH_LANGUAGES, Boolean.toString(on));
        save();
    }

    private synchronized void save() {
        try {
            org.commitmentstracker.store.PrivateFiles.createFolder(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "settings", ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                values.store(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8),
                        "Commitments Tracker: your settings");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            String message = "Cannot save the settings to " + file + ": " + e.getMessage();
            throw new UncheckedIOException(message,
                    new ExplainedIOException(message, e, "settings.problem.NOT_SAVED", file, e.getMessage()));
        }
    }
}
