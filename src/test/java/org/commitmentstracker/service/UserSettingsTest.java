package org.commitmentstracker.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserSettingsTest {
    @TempDir
    Path dir;

    @Test
    void defaultsUntilChosenThenRemembered() {
        Path file = dir.resolve("settings.properties");
        UserSettings settings = new UserSettings(file);
        assertThat(settings.locale(Locale.FRENCH)).isEqualTo(Locale.FRENCH);
        assertThat(settings.author("root")).isEqualTo("root");

        settings.setLanguage("vi");
        settings.setAuthor("  Nguyễn Thị Lan ");

        UserSettings again = new UserSettings(file);
        assertThat(again.locale(Locale.FRENCH).getLanguage()).isEqualTo("vi");
        assertThat(again.author("root")).isEqualTo("Nguyễn Thị Lan");
    }

    @Test
    void anUnreadableFileFallsBackToTheDefaults() throws Exception {
        Path file = Files.createDirectories(dir.resolve("settings.properties"));
        assertThat(new UserSettings(file).author("root")).isEqualTo("root");
    }

    @Test
    void theBackupFolderIsTheStandardOneUntilChosen() {
        Path file = dir.resolve("settings.properties");
        UserSettings settings = new UserSettings(file);
        assertThat(settings.backupFolder(dir.resolve("backups"))).isEqualTo(dir.resolve("backups"));

        settings.update("en", "Lan", dir.resolve("usb"));

        UserSettings again = new UserSettings(file);
        assertThat(again.backupFolder(dir.resolve("backups"))).isEqualTo(dir.resolve("usb").toAbsolutePath());
        assertThat(again.author("root")).isEqualTo("Lan");
        assertThat(again.locale(Locale.FRENCH)).isEqualTo(Locale.ENGLISH);
    }
}
