package org.commitmentstracker.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {
    @TempDir
    Path dir;

    @Test
    void createsTheStoreWithWalAndForeignKeys() throws Exception {
        try (Workspace workspace = Workspace.open(dir)) {
            assertThat(dir.resolve(Workspace.STORE_FILE)).exists();
            assertThat(workspace.database().dsl().fetchValue("PRAGMA journal_mode")).isEqualTo("wal");
            assertThat(workspace.database().dsl().fetchValue("PRAGMA foreign_keys").toString()).isEqualTo("1");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Workspace.STORE_FILE));
             ResultSet tables = c.getMetaData().getTables(null, null, "%", null)) {
            java.util.List<String> names = new java.util.ArrayList<>();
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME"));
            }
            assertThat(names).contains("statement", "unit", "commitment", "agency", "history", "statement_partner",
                    "commitment_co_owner", "sector_owner");
        }
    }

    @Test
    void aSecondOpenOfTheSameFolderIsRefusedUntilTheFirstCloses() {
        Workspace first = Workspace.open(dir);
        assertThatThrownBy(() -> Workspace.open(dir))
                .isInstanceOf(WorkspaceAlreadyOpenException.class)
                .hasMessageContaining("already open")
                .hasMessageContaining(dir.toAbsolutePath().toString());
        first.close();
        Workspace.open(dir).close();
    }

    @Test
    void aStoreFileThatIsNotSqliteIsNamedInTheMessage() throws Exception {
        Path store = dir.resolve(Workspace.STORE_FILE);
        Files.writeString(store, "These are meeting notes, not a database.");
        assertThatThrownBy(() -> Workspace.open(dir))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining(store.toString())
                .hasMessageContaining("not an SQLite database");
        assertThat(Files.readString(store)).isEqualTo("These are meeting notes, not a database.");
        WorkspaceLock.acquire(dir).close(); // the lock was released despite the failure
    }

    @Test
    void aSqliteFileOfAnotherApplicationIsNotTakenOver() throws Exception {
        Path store = dir.resolve(Workspace.STORE_FILE);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store)) {
            c.createStatement().execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)");
        }
        assertThatThrownBy(() -> Workspace.open(dir))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining(store.toString());
    }

    @Test
    void aDataFolderThatCannotBeCreatedIsNamedInTheMessage() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Path folder = file.resolve("workspace");
        assertThatThrownBy(() -> Workspace.open(folder))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("Cannot create the data folder")
                .hasMessageContaining(folder.toString());
    }
}
