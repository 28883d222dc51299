package org.commitmentstracker.store;

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

    /** The address without its query part, where a password could be written: what a message may name. */
    static String shownAddress(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
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
            "commitment", "history", "saved_view", "deleted_statement", "sync_conflict");

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
