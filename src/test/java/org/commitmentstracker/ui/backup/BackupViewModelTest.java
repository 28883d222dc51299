package org.commitmentstracker.ui.backup;

import org.commitmentstracker.service.BackupActions;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.TaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.commitmentstracker.store.Backups;
import org.commitmentstracker.store.StoreFixture;
import java.nio.file.Files;
import java.time.Clock;

class BackupViewModelTest {
    static final BackupActions.Choice NEWEST = new BackupActions.Choice(Path.of("/b/commitments-2026-11-25_150312.db"),
            LocalDateTime.of(2026, 11, 25, 15, 3, 12));

    final List<Path> restored = new ArrayList<>();
    boolean diskFull;

    BackupViewModel vm() {
        return vm(() -> {
            if (diskFull) {
                throw new IOException("No space left on device");
            }
            return NEWEST.file();
        }, new Messages(Locale.ENGLISH));
    }

    /** How the backup is made, as the store makes it or as the test needs it to fail. */
    interface BackUp {
        Path now() throws IOException;
    }

    BackupViewModel vm(BackUp backUp, Messages messages) {
        return new BackupViewModel(new BackupActions() {
            @Override
            public Path backUpNow() throws IOException {
                return backUp.now();
            }

            @Override
            public List<Choice> backups() {
                return List.of(NEWEST);
            }

            @Override
            public List<String> problems(Path backup) {
                return backup.toString().endsWith("bad.db") ? List.of("database disk image is malformed") : List.of();
            }

        }, restored::add, TaskRunner.sameThread(), messages);
    }

    @Test
    void aBackupTheStoreCannotWriteIsToldInVietnamese(@TempDir Path dir) throws Exception {
        try (StoreFixture store = new StoreFixture(dir.resolve("data"))) {
            // SQLite cannot open the store's file for the copy: a folder stands where the file was.
            Path file = store.workspace.database().file();
            Files.delete(file);
            Files.createDirectory(file);
            Path folder = dir.resolve("backups");
            BackupViewModel vm = vm(() -> new Backups(store.workspace.database(), folder, Clock.systemUTC()).backUp(),
                    new Messages(Locale.forLanguageTag("vi")));

            vm.backUpNow();

            assertThat(vm.errorProperty().get()).startsWith("CHƯA sao lưu được: không ghi được bản sao lưu vào "
                    + folder + ": ");
        }
    }

    @Test
    void backingUpSaysWhereOrWhyNot() {
        BackupViewModel vm = vm();
        vm.backUpNow();
        assertThat(vm.messageProperty().get()).isEqualTo("Backed up: commitments-2026-11-25_150312.db in /b");
        diskFull = true;
        vm.backUpNow();
        assertThat(vm.errorProperty().get()).isEqualTo("The backup was NOT made: No space left on device");
    }

    @Test
    void theNewestBackupIsOfferedWithWhatWouldBeLostAndAGoodOneIsRestored() {
        BackupViewModel vm = vm();
        vm.loadBackups();
        assertThat(vm.chosenProperty().get()).isEqualTo(NEWEST);
        assertThat(vm.warning(NEWEST)).startsWith("The store will be replaced by the backup of 25/11/2026 15:03");

        vm.restore(NEWEST.file());

        assertThat(restored).containsExactly(NEWEST.file());
        assertThat(vm.restoredProperty().get()).isTrue();
    }

    @Test
    void aBadBackupIsNeverRestored() {
        BackupViewModel vm = vm();
        vm.restore(Path.of("/elsewhere/bad.db"));
        assertThat(restored).isEmpty();
        assertThat(vm.errorProperty().get()).isEqualTo("bad.db cannot be restored: database disk image is malformed");
    }
}
