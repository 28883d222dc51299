package org.commitmentstracker.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;

/** Where a workspace lives when the user does not say: the OS's folder for application data. */
public final class DataFolders {
    static final String APP_FOLDER = "CommitmentsTracker";
    /** In the default folder: the folder chosen in Settings, when the workspace lives elsewhere. */
    static final String LOCATION_FILE = "workspace-location.txt";

    private DataFolders() {
    }

    /** The default data folder for this OS user, from the environment and system properties. */
    public static Path defaultFolder() {
        return defaultFolder(System.getProperty("os.name", ""), System.getProperty("user.home"), System.getenv());
    }

    static Path defaultFolder(String osName, String userHome, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path home = Path.of(userHome);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming") : Path.of(appData);
            return base.resolve(APP_FOLDER);
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve(APP_FOLDER);
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() ? home.resolve(".local").resolve("share") : Path.of(xdg);
        return base.resolve("commitments-tracker");
    }

    /**
     * A folder for an offline copy beside {@code folder} ("…-offline", then "…-offline-2"…): the first that does not
     * exist or is empty, so the copy never lands on another workspace.
     */
    public static Path offlineCopyBeside(Path folder) {
        Path base = folder.toAbsolutePath().normalize();
        String name = (base.getFileName() == null ? "commitments-tracker" : base.getFileName().toString()) + "-offline";
        for (int n = 1; ; n++) {
            Path candidate = base.resolveSibling(n == 1 ? name : name + "-" + n);
            if (!Files.exists(candidate) || isEmptyFolder(candidate)) {
                return candidate;
            }
        }
    }

    private static boolean isEmptyFolder(Path folder) {
        try (var entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** The folder to open when none is given: the one chosen in Settings, else the default. */
    public static Path currentFolder() {
        return currentFolder(defaultFolder());
    }

    /** The folder chosen in Settings as recorded in {@code defaultFolder}, else that folder. */
    public static Path currentFolder(Path defaultFolder) {
        Path pointer = defaultFolder.resolve(LOCATION_FILE);
        try {
            if (Files.isRegularFile(pointer)) {
                String chosen = Files.readString(pointer, StandardCharsets.UTF_8).strip();
                if (!chosen.isEmpty()) {
                    return Path.of(chosen);
                }
            }
        } catch (IOException | InvalidPathException e) {
            // An unreadable choice falls back to the default folder, which always works.
        }
        return defaultFolder;
    }

    /**
     * Opens {@code chosen} at the next start (when no folder is given on the command line); the
     * choice is recorded in {@code defaultFolder}.
     */
    public static void useFromNextStart(Path defaultFolder, Path chosen) throws IOException {
        Path pointer = defaultFolder.resolve(LOCATION_FILE);
        if (chosen.toAbsolutePath().normalize().equals(defaultFolder.toAbsolutePath().normalize())) {
            Files.deleteIfExists(pointer);
            return;
        }
        PrivateFiles.createFolder(defaultFolder);
        Path temp = Files.createTempFile(defaultFolder, "location", ".tmp");
        Files.writeString(temp, chosen.toAbsolutePath().normalize().toString(), StandardCharsets.UTF_8);
        Files.move(temp, pointer, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * This laptop's folder for a team workspace on a server (settings, layout, backups): one per
     * server, database and login, beside the default data folder. The name holds no password.
     */
    public static Path serverFolder(String serverUrl, String user) {
        String address = PostgresServer.shownAddress(serverUrl).replaceFirst("^jdbc:postgresql://", "");
        String name = (address + "-" + (user == null ? "" : user)).replaceAll("[^A-Za-z0-9._-]+", "_");
        return defaultFolder().resolveSibling(defaultFolder().getFileName() + "-servers").resolve(name);
    }
}
