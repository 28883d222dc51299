package org.commitmentstracker.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import's checkpoints made beside it: the store file fills while the writer's commits make none. */
class SqliteCheckpointsTest {
    @Test
    void theLogIsCopiedIntoTheStoreBesideTheWriterAndItsOwnCheckpointsComeBackAfter(@TempDir Path dir)
            throws Exception {
        try (StoreFixture store = new StoreFixture(dir)) {
            Database database = store.workspace.database();
            try (Connection writer = database.connection(); Statement sql = writer.createStatement()) {
                sql.execute("CREATE TABLE scratch (id INTEGER PRIMARY KEY, text TEXT NOT NULL)");
                long before = Files.size(database.file());
                try (SqliteCheckpoints beside = SqliteCheckpoints.during(writer, database)) {
                    assertThat(autoCheckpointPages(sql)).isZero();
                    // Many small commits, as an import makes: 2 MB of rows, more than fits in the store as it was.
                    for (int commit = 0; commit < 200; commit++) {
                        writer.setAutoCommit(false);
                        for (int row = 0; row < 10; row++) {
                            sql.execute("INSERT INTO scratch (text) VALUES ('" + "x".repeat(1000) + "')");
                        }
                        writer.commit();
                        writer.setAutoCommit(true);
                    }
                    long deadline = System.nanoTime() + 10_000_000_000L;
                    while (Files.size(database.file()) < before + 1_000_000 && System.nanoTime() < deadline) {
                        Thread.sleep(50);
                    }
                    assertThat(Files.size(database.file())).as("the store file, filled by the checkpoints beside")
                            .isGreaterThan(before + 1_000_000);
                }
                assertThat(autoCheckpointPages(sql)).isEqualTo(1000);
                try (ResultSet rows = sql.executeQuery("SELECT count(*) FROM scratch")) {
                    rows.next();
                    assertThat(rows.getInt(1)).isEqualTo(2000);
                }
            }
        }
    }

    private static int autoCheckpointPages(Statement sql) throws Exception {
        try (ResultSet rs = sql.executeQuery("PRAGMA wal_autocheckpoint")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
