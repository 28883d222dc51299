package org.commitmentstracker.reliability;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commitmentstracker.model.Status;

/**
 * A store file read with plain JDBC, as it was left: nothing of the app between the test and
 * what SQLite holds. Opening it replays the write-ahead log as any reader would after a crash.
 */
final class StoreFacts implements AutoCloseable {
    /** What a stored statement holds. */
    record Contents(int units, int commitments, int partners) {
    }

    private final Connection connection;

    StoreFacts(Path storeFile) throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite:" + storeFile.toAbsolutePath());
    }

    /**
     * What must hold beyond the file's own integrity whatever was being written when its writer
     * died: every reference points at a row, the full-text index holds exactly one row a
     * commitment, and each status is the one its history last records. Empty when all hold.
     */
    List<String> consistencyProblems() throws SQLException {
        List<String> problems = new ArrayList<>();
        List<String> references = foreignKeyProblems();
        if (!references.isEmpty()) {
            problems.add("references to no row: " + references);
        }
        long commitments = commitments();
        long searchRows = searchRows();
        long unindexed = commitmentsMissingFromSearch();
        if (searchRows != commitments || unindexed != 0) {
            problems.add("the full-text index holds " + searchRows + " rows for " + commitments
                    + " commitments, " + unindexed + " of them missing");
        }
        List<String> disagreeing = statusesUnlikeTheirHistory();
        if (!disagreeing.isEmpty()) {
            problems.add("statuses that are not the last their history records: " + disagreeing);
        }
        return problems;
    }

    /** The rows of {@code PRAGMA integrity_check}: exactly "ok" for a sound file. */
    List<String> integrityCheck() throws SQLException {
        return strings("PRAGMA integrity_check");
    }

    /** One row a reference that points at no row: none in a sound store. */
    List<String> foreignKeyProblems() throws SQLException {
        return strings("SELECT \"table\" || ' row ' || rowid || ' -> ' || parent FROM pragma_foreign_key_check");
    }

    /** Every stored statement's contents, by content hash. */
    Map<String, Contents> statements() throws SQLException {
        Map<String, Contents> statements = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT s.content_hash,
                       (SELECT count(*) FROM unit u WHERE u.statement_id = s.id),
                       (SELECT count(*) FROM commitment c JOIN unit u ON u.id = c.unit_id
                        WHERE u.statement_id = s.id),
                       (SELECT count(*) FROM statement_partner p WHERE p.statement_id = s.id)
                FROM statement s""");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                statements.put(rows.getString(1), new Contents(rows.getInt(2), rows.getInt(3), rows.getInt(4)));
            }
        }
        return statements;
    }

    /** The commitments whose status is not the one their latest status change set, if any. */
    List<String> statusesUnlikeTheirHistory() throws SQLException {
        return strings("""
                SELECT 'commitment ' || id || ' is ' || status || ', its history says ' || last
                FROM (SELECT c.id, c.status,
                             (SELECT h.new_value FROM history h WHERE h.commitment_id = c.id AND h.field = 'STATUS'
                              ORDER BY h.id DESC LIMIT 1) AS last
                      FROM commitment c)
                WHERE last IS NOT NULL AND last <> status""");
    }

    long commitments() throws SQLException {
        return number("SELECT count(*) FROM commitment");
    }

    /** Rows of the full-text index, filled by a trigger on commitment: one a commitment. */
    long searchRows() throws SQLException {
        return number("SELECT count(*) FROM commitment_search");
    }

    long commitmentsMissingFromSearch() throws SQLException {
        return number("SELECT count(*) FROM commitment c "
                + "WHERE NOT EXISTS (SELECT 1 FROM commitment_search s WHERE s.rowid = c.id)");
    }

    Map<Long, Status> statuses() throws SQLException {
        Map<Long, Status> statuses = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT id, status FROM commitment");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                statuses.put(rows.getLong(1), Status.valueOf(rows.getString(2)));
            }
        }
        return statuses;
    }

    /** The status changes an author made, oldest first. */
    List<StatusEdit> statusChangesBy(String author) throws SQLException {
        List<StatusEdit> changes = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT commitment_id, new_value FROM history WHERE author = ? AND field = 'STATUS' ORDER BY id")) {
            query.setString(1, author);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    changes.add(new StatusEdit(rows.getLong(1), Status.valueOf(rows.getString(2))));
                }
            }
        }
        return changes;
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private long number(String sql) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
