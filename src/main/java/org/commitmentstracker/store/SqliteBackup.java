package org.commitmentstracker.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQLite-only parts of keeping a store safe: a consistent copy with {@code VACUUM INTO}
 * (safe while the app runs, unlike copying the file) and {@code PRAGMA integrity_check}.
 * A PostgreSQL workspace would back up with its own tools; everything SQLite-specific about
 * it is in this class.
 */
public final class SqliteBackup {
    private SqliteBackup() {
    }

    /** Writes a consistent copy of the store to {@code target}, which must not exist. */
    public static void copy(Database database, Path target) throws SQLException, java.io.IOException {
        // VACUUM INTO writes into an empty file as well: created private (600) first.
        PrivateFiles.createFile(target);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database.file().toAbsolutePath());
             PreparedStatement vacuum = c.prepareStatement("VACUUM INTO ?")) {
            vacuum.setString(1, target.toAbsolutePath().toString());
            vacuum.execute();
        }
    }

    /**
     * What is wrong with a store file: empty when SQLite's full integrity check finds nothing
     * and the file holds a Commitments Tracker schema; else the problems in words.
     */
    public static List<String> problems(Path file) {
        List<String> problems = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            problems.add(file.getFileName() + " was not found");
            return problems;
        }
        try {
            StoreFileCheck.requireSqliteOrAbsent(file);
        } catch (WorkspaceException e) {
            problems.add(e.getMessage());
            return problems;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + file.toAbsolutePath() + "?mode=ro");
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                while (rs.next()) {
                    if (!"ok".equalsIgnoreCase(rs.getString(1))) {
                        problems.add(rs.getString(1));
                    }
                }
            }
            if (problems.isEmpty()) {
                try (ResultSet rs = s.executeQuery(
                        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('commitment', 'history')")) {
                    if (!rs.next() || rs.getInt(1) != 2) {
                        problems.add(file.getFileName() + " is an SQLite file but not a Commitments Tracker store");
                    }
                }
            }
        } catch (SQLException e) {
            problems.add(StoreFileCheck.rootMessage(e));
        }
        return problems;
    }

    /** The quick check SQLite offers at start: empty when fine. */
    public static List<String> quickProblems(Path file) {
        List<String> problems = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
            while (rs.next()) {
                if (!"ok".equalsIgnoreCase(rs.getString(1))) {
                    problems.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            problems.add(StoreFileCheck.rootMessage(e));
        }
        return problems;
    }
}
