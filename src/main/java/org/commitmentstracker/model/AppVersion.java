package org.commitmentstracker.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The application's version, written into version.properties by the build. */
public final class AppVersion {
    private AppVersion() {
    }

    public static String current() {
        Properties properties = new Properties();
        try (InputStream in = AppVersion.class.getResourceAsStream("/org/commitmentstracker/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }
}
