package org.commitmentstracker.ui.settings;

import org.commitmentstracker.service.SettingsStore;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.TaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.commitmentstracker.service.UserSettings;
import java.nio.file.Files;

class SettingsViewModelTest {
    static final Path OPEN = Path.of("/data/workspace");

    final List<SettingsStore.Settings> kept = new ArrayList<>();
    final List<SettingsStore.Settings> applied = new ArrayList<>();
    boolean failing;

    SettingsViewModel vm() {
        SettingsViewModel vm = new SettingsViewModel(new SettingsStore() {
            @Override
            public Settings current() {
                return new Settings("en", "lan", OPEN, OPEN.resolve("backups"));
            }

            @Override
            public void save(Settings settings) throws IOException {
                if (failing) {
                    throw new IOException("read-only file system");
                }
                kept.add(settings);
            }
        }, TaskRunner.sameThread(), new Messages(Locale.ENGLISH), OPEN, applied::add);
        vm.load();
        return vm;
    }

    @Test
    void showsWhatIsSetNow() {
        SettingsViewModel vm = vm();
        assertThat(vm.languageProperty().get()).isEqualTo("en");
        assertThat(vm.authorProperty().get()).isEqualTo("lan");
        assertThat(vm.backupFolderProperty().get()).isEqualTo(OPEN.resolve("backups"));
        assertThat(vm.dataFolderNote()).isEqualTo("The workspace open now.");
        assertThat(vm.validBinding().get()).isTrue();
    }

    @Test
    void savesTheChoicesThenTheWindowFollowsAndTheScreenCloses() {
        SettingsViewModel vm = vm();
        vm.languageProperty().set("vi");
        vm.authorProperty().set("  Nguyễn Thị Lan ");
        vm.dataFolderProperty().set(Path.of("/media/usb/workspace"));
        vm.backupFolderProperty().set(Path.of("/media/usb/backups"));
        assertThat(vm.dataFolderNote()).startsWith("Open now: " + OPEN);

        vm.save();

        SettingsStore.Settings expected = new SettingsStore.Settings("vi", "Nguyễn Thị Lan",
                Path.of("/media/usb/workspace"), Path.of("/media/usb/backups"));
        assertThat(kept).containsExactly(expected);
        assertThat(applied).containsExactly(expected);
        assertThat(vm.savedProperty().get()).isTrue();
    }

    @Test
    void aNameIsRequiredBecauseItSignsEveryChange() {
        SettingsViewModel vm = vm();
        vm.authorProperty().set("   ");

        assertThat(vm.validBinding().get()).isFalse();
        vm.save();

        assertThat(kept).isEmpty();
        assertThat(vm.errorProperty().get()).startsWith("Enter your name");
    }

    @Test
    void aFailedSaveIsShownAndNothingIsApplied() {
        SettingsViewModel vm = vm();
        failing = true;
        vm.authorProperty().set("Minh");

        vm.save();

        assertThat(applied).isEmpty();
        assertThat(vm.savedProperty().get()).isFalse();
        assertThat(vm.errorProperty().get()).isEqualTo("The settings were not saved: read-only file system");
        assertThat(vm.authorProperty().get()).isEqualTo("Minh");
    }

    @Test
    void settingsThatCannotBeWrittenAreToldInVietnamese(@TempDir Path dir) throws Exception {
        // The settings' folder cannot be made: a file stands where it would be.
        Path file = Files.createFile(dir.resolve("not-a-folder")).resolve("settings.properties");
        UserSettings settings = new UserSettings(file);
        SettingsViewModel vm = new SettingsViewModel(new SettingsStore() {
            @Override
            public Settings current() {
                return new Settings("vi", "lan", OPEN, OPEN.resolve("backups"));
            }

            @Override
            public void save(Settings chosen) {
                settings.update(chosen.language(), chosen.author(), chosen.backupFolder());
            }
        }, TaskRunner.sameThread(), new Messages(Locale.forLanguageTag("vi")), OPEN, applied::add);
        vm.load();
        vm.authorProperty().set("Minh");

        vm.save();

        assertThat(vm.errorProperty().get()).startsWith("Chưa lưu được cài đặt: không lưu được cài đặt vào " + file + ": ");
        assertThat(applied).isEmpty();
    }
}
