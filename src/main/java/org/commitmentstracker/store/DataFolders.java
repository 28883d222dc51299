package org.commitmentstracker.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where a workspace lives when the user does not say: the OS's folder for application data. */
public final class DataFolders {
    static final String APP_FOLDER = "CommitmentsTracker";

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
}
