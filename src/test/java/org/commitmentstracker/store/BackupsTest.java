package org.commitmentstracker.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {
    @TempDir
    Path dir;

    @Test
    void aBackupIsAGoodStoreHoldingTheSameData() throws Exception {
        Path data = dir.resolve("data");
        try (StoreFixture store = new StoreFixture(data)) {
            store.statements.insert(StoreFixture.smallStatement("Backed up", "MOIT"));
            Path copy = new Backups(store.workspace.database(), dir.resolve("backups"), store.clock).backUp();

            assertThat(copy.getFileName().toString()).isEqualTo("commitments-2025-10-01_080000.db");
            assertThat(SqliteBackup.problems(copy)).isEmpty();
            assertThat(dir.resolve("backups")).isDirectoryNotContaining("glob:**.part");
        }
        Files.createDirectories(dir.resolve("elsewhere"));
        StoreReplacement.restore(dir.resolve("elsewhere"), Backups.list(dir.resolve("backups")).get(0).file(),
                Clock.systemUTC());
        try (StoreFixture again = new StoreFixture(dir.resolve("elsewhere"))) {
            assertThat(again.statements.count()).isEqualTo(1);
        }
    }

    @Test
    void theNewestTenAndTheNewestOfEveryMonthAreKept() throws Exception {
        SettableClock clock = new SettableClock("2025-01-15T10:00:00Z");
        try (StoreFixture store = new StoreFixture(dir.resolve("data"))) {
            Backups backups = new Backups(store.workspace.database(), dir.resolve("backups"), clock);
            // Three a month from January to June: 18 backups.
            for (int month = 1; month <= 6; month++) {
                for (int day : new int[] {5, 15, 25}) {
                    clock.set(String.format("2025-%02d-%02dT10:00:00Z", month, day));
                    backups.backUp();
                }
            }
            assertThat(backups.list()).extracting(Backups.Backup::madeAt).containsExactly(
                    at(6, 25), at(6, 15), at(6, 5), at(5, 25), at(5, 15), at(5, 5), at(4, 25), at(4, 15), at(4, 5),
                    at(3, 25), at(2, 25), at(1, 25));
        }
    }

    @Test
    void aMorningOfRestartsKeepsTheNewestOfEachEarlierDay() throws Exception {
        SettableClock clock = new SettableClock("2025-03-01T08:00:00Z");
        try (StoreFixture store = new StoreFixture(dir.resolve("data"))) {
            Backups backups = new Backups(store.workspace.database(), dir.resolve("backups"), clock);
            // One a day for twenty days, then twelve restarts on the twenty-first.
            for (int day = 1; day <= 20; day++) {
                clock.set(String.format("2025-03-%02dT08:00:00Z", day));
                backups.backUp();
            }
            for (int hour = 8; hour < 20; hour++) {
                clock.set(String.format("2025-03-21T%02d:00:00Z", hour));
                backups.backUp();
            }
            List<LocalDateTime> kept = backups.list().stream().map(Backups.Backup::madeAt).toList();
            // The newest ten are that day's (its first two go); the thirteen days before it in the fortnight keep one each.
            assertThat(kept).hasSize(10 + 13);
            assertThat(kept).contains(LocalDateTime.of(2025, 3, 20, 8, 0), LocalDateTime.of(2025, 3, 8, 8, 0))
                    .doesNotContain(LocalDateTime.of(2025, 3, 7, 8, 0), LocalDateTime.of(2025, 3, 21, 8, 0));
        }
    }

    static LocalDateTime at(int month, int day) {
        return LocalDateTime.of(2025, month, day, 10, 0);
    }

    @Test
    void aDamagedStoreIsRefusedAtOpeningAndLeftAsItIsThenRestoredFromTheNewestGoodBackup() throws Exception {
        Path data = dir.resolve("data");
        Path backupFolder = dir.resolve("backups");
        try (StoreFixture store = new StoreFixture(data)) {
            for (int i = 0; i < 40; i++) {
                store.statements.insert(StoreFixture.smallStatement("Statement " + i + " " + "x".repeat(3000), "MOIT"));
            }
            new Backups(store.workspace.database(), backupFolder, store.clock).backUp();
        }
        Path file = data.resolve(Workspace.STORE_FILE);
        byte[] damaged = damage(file);

        assertThatThrownBy(() -> Workspace.open(data)).isInstanceOf(DamagedStoreException.class)
                .hasMessageContaining("is damaged");
        assertThat(Files.readAllBytes(file)).isEqualTo(damaged);

        Backups.Backup good = Backups.newestGood(backupFolder).orElseThrow();
        Path aside = StoreReplacement.restore(data, good.file(), Clock.systemUTC());

        assertThat(Files.readAllBytes(aside)).isEqualTo(damaged);
        try (StoreFixture store = new StoreFixture(data)) {
            assertThat(store.statements.count()).isEqualTo(40);
        }
    }

    @Test
    void openedWithItsCheckBesideADamagedStoreIsNeverWrittenAndSaysSoAtTheCheck() throws Exception {
        Path data = dir.resolve("data");
        try (StoreFixture store = new StoreFixture(data)) {
            for (int i = 0; i < 40; i++) {
                store.statements.insert(StoreFixture.smallStatement("Statement " + i + " " + "x".repeat(3000), "MOIT"));
            }
        }
        Path file = data.resolve(Workspace.STORE_FILE);
        byte[] damaged = damage(file);

        try (Workspace workspace = Workspace.openCheckingBeside(data)) {
            // A write waits for the check, then is refused: nothing reaches the file.
            assertThatThrownBy(() -> workspace.database().dsl().execute("UPDATE statement SET title = title || 'x'"))
                    .isInstanceOf(DamagedStoreException.class);
            assertThatThrownBy(workspace.database()::awaitIntegrity).isInstanceOf(DamagedStoreException.class)
                    .hasMessageContaining("is damaged");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
    }

    @Test
    void openedWithItsCheckBesideAGoodStoreIsWrittenOnceTheCheckPassed() throws Exception {
        Path data = dir.resolve("data");
        try (StoreFixture store = new StoreFixture(data)) {
            store.statements.insert(StoreFixture.smallStatement("Statement", "MOIT"));
        }
        try (Workspace workspace = Workspace.openCheckingBeside(data)) {
            assertThat(workspace.database().dsl().execute("UPDATE statement SET title = 'Renamed'")).isEqualTo(1);
            workspace.database().awaitIntegrity();
        }
    }

    @Test
    void aFileThatIsNotAGoodStoreIsNeverRestored() throws Exception {
        Path text = Files.writeString(dir.resolve("commitments-2025-01-01_000000.db"), "not a database");
        assertThatThrownBy(() -> StoreReplacement.restore(dir.resolve("data"), text, Clock.systemUTC()))
                .hasMessageContaining("cannot be restored").hasMessageContaining("not an SQLite database");
        assertThat(dir.resolve("data").resolve(Workspace.STORE_FILE)).doesNotExist();
    }

    /** Moves the WAL into the main file, so the damage lands in the store itself. */
    /** Scribbles over a few pages in the middle of the store: the b-tree pages there no longer parse. */
    static byte[] damage(Path file) throws Exception {
        checkpoint(file);
        byte[] before = Files.readAllBytes(file);
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.seek(before.length / 2);
            raw.write(new byte[16_384]);
        }
        return Files.readAllBytes(file);
    }

    static void checkpoint(Path file) throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }
}
