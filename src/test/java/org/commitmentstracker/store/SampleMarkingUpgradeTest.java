package org.commitmentstracker.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workspace made before statements were marked: the sample's are recognised by its author name when it opens. */
class SampleMarkingUpgradeTest {
    @TempDir
    Path dir;

    @Test
    void aStatementWhoseHistoryTheSampleWroteIsMarkedAsTheSamplesAfterTheUpgrade() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path file = data.resolve(Workspace.STORE_FILE);
        Files.copy(Path.of(getClass().getResource("/stores/schema-v5.db").toURI()), file);
        Files.copy(file, dir.resolve("plain.db"));
        // As SampleWorkspace wrote its progress notes before step 10.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO history (commitment_id, changed_at, author, field, new_value) "
                    + "SELECT min(id), '2025-03-12T08:00:00.000Z', '" + SampleWorkspace.AUTHOR + "', 'PROGRESS', "
                    + "'Kỳ họp lần thứ 10' FROM commitment");
        }

        try (StoreFixture store = new StoreFixture(data)) {
            assertThat(store.statements.sampleIds()).containsExactly(1L);
            assertThat(store.statements.countReal()).isZero();
        }
        Path plain = Files.createDirectories(dir.resolve("plain"));
        Files.move(dir.resolve("plain.db"), plain.resolve(Workspace.STORE_FILE));
        try (StoreFixture store = new StoreFixture(plain)) {
            assertThat(store.statements.sampleIds()).isEmpty();
            assertThat(store.statements.countReal()).isEqualTo(1);
        }
    }
}
