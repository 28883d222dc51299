package org.commitmentstracker.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commitmentstracker.service.WorkspaceServices;

/**
 * The floor SQLite sets for an import: the rows an import stored (statements, partners, units,
 * commitments) read back, then inserted again into an empty store of the same schema (its FTS
 * triggers included) through plain JDBC, one transaction per statement as the app does.
 */
final class ImportFloor {
    private static final List<String> TABLES = List.of("statement", "statement_partner", "unit", "commitment");

    private ImportFloor() {
    }

    /** Seconds to insert the rows of {@code source} into a new workspace's store in the folder {@code targetFolder}. */
    /** Wall-clock and processor seconds of the inserts. */
    record Time(double seconds, double cpuSeconds) {
    }

    /**
     * The time to insert the rows of {@code source} into a new workspace's store in the folder
     * {@code targetFolder}; without {@code fullText} the target's full-text trigger is dropped
     * first, so the difference of the two is what keeping the full-text index costs.
     */
    static Time time(Path source, Path targetFolder, boolean fullText) throws SQLException {
        Path target;
        try (WorkspaceServices empty = WorkspaceServices.open(targetFolder, java.time.Clock.systemUTC())) {
            target = empty.storeFile(); // an empty store with the current schema
        }
        Map<Long, Map<String, List<Object[]>>> byStatement = new LinkedHashMap<>();
        Map<String, String> inserts = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + source); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                String sql = switch (table) {
                    case "statement" -> "SELECT *, id AS owner FROM statement";
                    case "statement_partner", "unit" -> "SELECT *, statement_id AS owner FROM " + table;
                    default -> "SELECT c.*, u.statement_id AS owner FROM commitment c JOIN unit u ON u.id = c.unit_id";
                };
                try (ResultSet rs = s.executeQuery(sql)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    int columns = meta.getColumnCount() - 1;
                    List<String> names = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        names.add(meta.getColumnName(i));
                    }
                    inserts.put(table, "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                            + String.join(", ", names.stream().map(n -> "?").toList()) + ")");
                    while (rs.next()) {
                        Object[] row = new Object[columns];
                        for (int i = 0; i < columns; i++) {
                            row[i] = rs.getObject(i + 1);
                        }
                        byStatement.computeIfAbsent(rs.getLong(columns + 1), k -> new LinkedHashMap<>())
                                .computeIfAbsent(table, k -> new ArrayList<>()).add(row);
                    }
                }
            }
        }
        copyAgencies(source, target);
        if (!fullText) {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + target); Statement s = c.createStatement()) {
                s.execute("DROP TRIGGER commitment_search_insert");
            }
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long startCpu = threads.getCurrentThreadCpuTime();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + target)) {
            try (Statement pragmas = c.createStatement()) {
                pragmas.execute("PRAGMA journal_mode = WAL");
                pragmas.execute("PRAGMA synchronous = NORMAL");
                pragmas.execute("PRAGMA foreign_keys = ON");
            }
            Map<String, PreparedStatement> statements = new LinkedHashMap<>();
            for (Map.Entry<String, String> insert : inserts.entrySet()) {
                statements.put(insert.getKey(), c.prepareStatement(insert.getValue()));
            }
            c.setAutoCommit(false);
            for (Map<String, List<Object[]>> rows : byStatement.values()) {
                for (String table : TABLES) {
                    PreparedStatement insert = statements.get(table);
                    for (Object[] row : rows.getOrDefault(table, List.of())) {
                        for (int i = 0; i < row.length; i++) {
                            insert.setObject(i + 1, row[i]);
                        }
                        insert.executeUpdate();
                    }
                }
                c.commit();
            }
            for (PreparedStatement p : statements.values()) {
                p.close();
            }
        }
        return new Time((System.nanoTime() - start) / 1e9, (threads.getCurrentThreadCpuTime() - startCpu) / 1e9);
    }

    /** The agency directory the commitments point to: there before any import, so not timed. */
    private static void copyAgencies(Path source, Path target) throws SQLException {
        try (Connection from = DriverManager.getConnection("jdbc:sqlite:" + source);
             Connection to = DriverManager.getConnection("jdbc:sqlite:" + target);
             Statement read = from.createStatement();
             ResultSet rs = read.executeQuery("SELECT id, code, name_vi, name_en FROM agency");
             PreparedStatement insert = to.prepareStatement(
                     "INSERT INTO agency (id, code, name_vi, name_en) VALUES (?, ?, ?, ?)")) {
            while (rs.next()) {
                for (int i = 1; i <= 4; i++) {
                    insert.setObject(i, rs.getObject(i));
                }
                insert.executeUpdate();
            }
        }
    }
}
