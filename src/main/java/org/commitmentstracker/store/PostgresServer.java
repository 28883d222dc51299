package org.commitmentstracker.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * What only a PostgreSQL workspace needs: its connections, its dialect's migrations. The
 * repositories are the same as on SQLite (jOOQ's POSTGRES dialect writes their SQL); SQL that only
 * PostgreSQL understands belongs here or in the migrations of {@link #MIGRATIONS}.
 */
final class PostgresServer {
    /** Migrations for a PostgreSQL workspace: the same version numbers as the SQLite ones. */
    static final String MIGRATIONS = "classpath:db/migration/postgresql";

    private PostgresServer() {
    }

    /** Whether the address names a PostgreSQL server ({@code jdbc:postgresql://host:port/db}). */
    static boolean isServerUrl(String url) {
        return url != null && url.startsWith("jdbc:postgresql:");
    }

    /** Connections to the server as {@code user}; the password is kept only in memory. */
    static DataSource dataSource(String url, String user, String password) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        if (user != null) {
            dataSource.setUser(user);
        }
        if (password != null) {
            dataSource.setPassword(password);
        }
        dataSource.setApplicationName("Commitments Tracker");
        return dataSource;
    }

    /**
     * The version the workspace's migrations reached, or -1 for an empty database.
     *
     * @throws SQLException 42501 when the login may not read the migrations' record (it has no tracker role)
     */
    static int schemaVersion(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet table = s.executeQuery("SELECT to_regclass('flyway_schema_history') IS NOT NULL")) {
            table.next();
            if (!table.getBoolean(1)) {
                return -1;
            }
        }
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT coalesce(max(CAST(version AS INTEGER)), -1) "
                     + "FROM flyway_schema_history WHERE success")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The triggers that keep history append-only and signed, and the search table in step: each must be there. */
    private static final java.util.Map<String, String> TRIGGERS = java.util.Map.of(
            "history_is_append_only", "history",
            "history_signed_by_login", "history",
            "commitment_search_insert", "commitment");

    /** The CHECK constraints that keep statuses and history fields to the app's words. */
    private static final java.util.Map<String, String> CHECKS = java.util.Map.of(
            "commitment", "status", "history", "field");

    /**
     * The twin of SQLite's quick check at opening ({@link SqliteBackup#quickProblems}): PostgreSQL keeps its
     * own pages sound, so what is checked is what a person with rights could have taken away by hand: the
     * triggers and checks that keep history append-only and signed. Empty when all are there.
     */
    static java.util.List<String> problems(Connection connection) throws SQLException {
        java.util.List<String> problems = new java.util.ArrayList<>();
        for (var trigger : new java.util.TreeMap<>(TRIGGERS).entrySet()) {
            try (var s = connection.prepareStatement("SELECT count(*) FROM pg_trigger t JOIN pg_class c "
                    + "ON c.oid = t.tgrelid WHERE t.tgname = ? AND c.relname = ? AND t.tgenabled <> 'D' "
                    + "AND c.relnamespace = 'public'::regnamespace")) {
                s.setString(1, trigger.getKey());
                s.setString(2, trigger.getValue());
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next() || rs.getInt(1) != 1) {
                        problems.add("the trigger " + trigger.getKey() + " on " + trigger.getValue()
                                + " is missing or disabled");
                    }
                }
            }
        }
        for (var check : new java.util.TreeMap<>(CHECKS).entrySet()) {
            try (var s = connection.prepareStatement("SELECT count(*) FROM pg_constraint k JOIN pg_class c "
                    + "ON c.oid = k.conrelid WHERE k.contype = 'c' AND c.relname = ? AND k.convalidated "
                    + "AND c.relnamespace = 'public'::regnamespace AND pg_get_constraintdef(k.oid) LIKE ?")) {
                s.setString(1, check.getKey());
                s.setString(2, "%" + check.getValue() + "%");
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next() || rs.getInt(1) < 1) {
                        problems.add("the check on " + check.getKey() + "." + check.getValue() + " is missing");
                    }
                }
            }
        }
        return problems;
    }

    /** Whether the login owns the database (or is a superuser): it may then migrate it. */
    static boolean ownsDatabase(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_has_role(session_user, datdba, 'MEMBER') FROM pg_database "
                     + "WHERE datname = current_database()")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /** The address without its query part, where a password could be written: what a message may name. */
    static String shownAddress(String url) {
        return org.commitmentstracker.model.ServerAddresses.shown(url);
    }

    /**
     * The address's connection options (say {@code sslmode=verify-full}) without any password, which an
     * offline copy keeps to connect the same way at its sync; empty when there are none.
     */
    static String optionsWithoutPasswords(String url) {
        int query = url.indexOf('?');
        if (query < 0) {
            return "";
        }
        return java.util.Arrays.stream(url.substring(query + 1).split("&"))
                .filter(option -> !option.isBlank() && !option.toLowerCase(java.util.Locale.ROOT).contains("password"))
                .collect(java.util.stream.Collectors.joining("&"));
    }

    /** The tables whose ids the server's identity columns give. */
    private static final java.util.List<String> IDENTITY_TABLES = java.util.List.of("agency", "statement", "unit",
            "commitment", "history", "saved_view", "deleted_statement", "sync_conflict", "repeat_judgement");

    /** After rows were written with their own ids: each identity sequence moves past the highest id. */
    static void advanceIdentities(org.jooq.DSLContext ctx) {
        for (String table : IDENTITY_TABLES) {
            ctx.fetch("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), max(id)) FROM " + table);
        }
    }

    /** On a server, the transaction reads one snapshot throughout (a checkout copies a consistent workspace). */
    static void readSnapshot(org.jooq.DSLContext ctx, Database database) {
        if (database.onServer()) {
            ctx.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
        }
    }
}
