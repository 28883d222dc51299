package org.commitmentstracker.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store written by schema v1 opens under the current schema with its data, and is searchable. */
class SchemaUpgradeTest {
    @TempDir
    Path dir;

    @Test
    void aVersion1StoreIsUpgradedAndItsCommitmentsIndexed() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve(Workspace.STORE_FILE);
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration/sqlite").target("1").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("INSERT INTO statement (id, title, language, content_hash, original_text, imported_at) "
                    + "VALUES (1, 'Tuyên bố chung', 'vi', 'h1', 'text', '2025-01-01T00:00:00Z')");
            s.execute("INSERT INTO statement_partner VALUES (1, 0, 'Hungary')");
            s.execute("INSERT INTO unit (id, statement_id, ordinal, ref, kind, text) "
                    + "VALUES (1, 1, 0, '1', 'COMMITMENT', 'Hai bên nhất trí tăng cường hợp tác đầu tư.')");
            s.execute("INSERT INTO commitment (id, unit_id, status, created_at, updated_at) "
                    + "VALUES (7, 1, 'IN_PROGRESS', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')");
            s.execute("INSERT INTO history (commitment_id, changed_at, author, field, old_value, new_value) "
                    + "VALUES (7, '2025-02-01T00:00:00Z', 'lan', 'STATUS', 'NOT_STARTED', 'IN_PROGRESS')");
            // Written by Instant.toString() before v5: a shorter text for a later moment.
            s.execute("INSERT INTO history (commitment_id, changed_at, author, field, comment) "
                    + "VALUES (7, '2025-02-01T00:00:00.123456Z', 'lan', 'PROGRESS', 'later')");
        }

        try (StoreFixture store = new StoreFixture(dir)) {
            assertThat(store.commitments.count()).isEqualTo(1);
            assertThat(store.commitments.overview().get(0).partners()).containsExactly("Hungary");
            assertThat(store.history.forCommitment(7)).extracting(h -> h.changedAt().toString())
                    .containsExactly("2025-02-01T00:00:00Z", "2025-02-01T00:00:00.123Z");
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                 var rs = s.executeQuery("SELECT changed_at FROM history ORDER BY changed_at")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("2025-02-01T00:00:00.000Z");
            }
            // History stays append-only after the rewrite.
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.execute("UPDATE history SET author = 'x'"))
                        .hasMessageContaining("append-only");
            }
            assertThat(new SqliteFullTextSearch(store.workspace.database()).matchingCommitments("dau tu")).containsExactly(7L);
        }
    }
}
