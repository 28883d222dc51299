package org.commitmentstracker.badinput;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.commitmentstracker.store.Workspace;
import org.sqlite.SQLiteConfig;

/**
 * What a store holds, table by table: its row count and a hash of every row. Read straight from the SQLite file,
 * read-only and without the application's code, so that it is a witness of its own; every table is in it
 * (statements, units, commitments, history, agencies, settings, the search index and Flyway's own).
 */
record StoreFingerprint(Map<String, String> tables) {

    static StoreFingerprint of(Path dataFolder) {
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        Map<String, String> tables = new TreeMap<>();
        try (Connection connection = readOnly.createConnection("jdbc:sqlite:" + dataFolder.resolve(Workspace.STORE_FILE));
                Statement sql = connection.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = sql.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String name : names) {
                tables.put(name, fingerprint(sql, name));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the store in " + dataFolder, e);
        }
        return new StoreFingerprint(tables);
    }

    /** "rows:hash", the hash over the rows in a fixed order, whatever order SQLite returns them in. */
    private static String fingerprint(Statement sql, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = sql.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    byte[] value = rs.getBytes(c);
                    row.append(value == null ? "null" : HexFormat.of().formatHex(value)).append('|');
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            rows.forEach(row -> sha.update(row.getBytes(StandardCharsets.US_ASCII)));
            return rows.size() + ":" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
