package org.commitmentstracker.store;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.TransactionProvider;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultTransactionProvider;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The store: connection settings, schema migrations and the jOOQ context that the repositories
 * share. Usually the SQLite store file of a data folder, where every connection runs in WAL mode
 * with foreign keys enforced; or a team workspace on a PostgreSQL server (see {@link PostgresServer}).
 */
public final class Database implements AutoCloseable {
    private final Path file;
    private final String serverUrl;
    private final IdleConnections dataSource;
    private final DSLContext dsl;
    /** SQLite's quick check of the store; writes wait for it (see {@link #openCheckingBeside}). */
    private final IntegrityGate integrity;
    /** Null for a store file. */
    private final PostgresFailures serverFailures;
    /** The database's failures from outside the app in words (SQLite's or PostgreSQL's). */
    private final FailureTranslation translation;

    private Database(Path file, IdleConnections dataSource, IntegrityGate integrity) {
        this.file = file;
        this.serverUrl = null;
        this.dataSource = dataSource;
        this.serverFailures = null;
        this.integrity = integrity;
        SqliteFailures failures = new SqliteFailures(file,
                new DefaultTransactionProvider(new DataSourceConnectionProvider(dataSource)));
        this.translation = failures;
        this.dsl = DSL.using(new DefaultConfiguration().set(dataSource).set(SQLDialect.SQLITE)
                .set(new Settings().withExecuteLogging(false)).set(integrity, failures)
                .set((TransactionProvider) failures));
    }

    private Database(String serverUrl, String user, IdleConnections dataSource) {
        this.file = null;
        this.serverUrl = serverUrl;
        this.dataSource = dataSource;
        this.integrity = IntegrityGate.passed(null);
        this.serverFailures = new PostgresFailures(PostgresServer.shownAddress(serverUrl), user,
                new DefaultTransactionProvider(new DataSourceConnectionProvider(dataSource)), dataSource::dropIdle);
        this.translation = serverFailures;
        this.dsl = DSL.using(new DefaultConfiguration().set(dataSource).set(SQLDialect.POSTGRES)
                .set(new Settings().withExecuteLogging(false)).set((ExecuteListener) serverFailures)
                .set((TransactionProvider) serverFailures));
    }

    /**
     * Opens a team workspace on a PostgreSQL server ({@code jdbc:postgresql://host:port/db}). A workspace at
     * this app's schema version opens as it is; an older one is upgraded when the login owns the database, and
     * otherwise refused, as is a newer one, in words that say what to do.
     *
     * @param password kept only in memory, never written anywhere
     * @throws ServerFailureException when the server refuses the login, cannot be reached, or is at another version
     */
    public static Database openServer(String url, String user, String password) {
        return openServer(url, user, password, false);
    }

    /**
     * {@code server init}: brings the team workspace's schema up to date (the login must own the database)
     * and creates the group roles with their rights (see {@link PostgresRoles}); running it again changes
     * nothing. The workspace is left open.
     */
    public static Database initServer(String url, String user, String password) {
        Database database = openServer(url, user, password, true);
        try {
            database.onConnection(PostgresRoles::create, ServerFailureException.Action.SET_UP);
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static Database openServer(String url, String user, String password, boolean setUp) {
        if (!PostgresServer.isServerUrl(url)) {
            throw new IllegalArgumentException("Not a PostgreSQL address: " + PostgresServer.shownAddress(url));
        }
        Database database = new Database(url, user,
                new IdleConnections(PostgresServer.dataSource(url, user, password), IDLE_CONNECTIONS));
        try {
            int version = database.onConnection(PostgresServer::schemaVersion, ServerFailureException.Action.OPEN);
            if (version > SCHEMA_VERSION || version < SCHEMA_VERSION && !setUp
                    && !database.onConnection(PostgresServer::ownsDatabase, ServerFailureException.Action.OPEN)) {
                throw ServerFailureException.schema(version, SCHEMA_VERSION, database.where(), user);
            }
            if (version < SCHEMA_VERSION) {
                database.migrate(PostgresServer.MIGRATIONS);
            }
            java.util.List<String> problems = database.onConnection(PostgresServer::problems,
                    ServerFailureException.Action.OPEN);
            if (!problems.isEmpty()) {
                throw ServerFailureException.damaged(problems, database.where(), user);
            }
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    /** Something PostgreSQL-only done on a connection of its own; the server's refusals in words. */
    private <T> T onConnection(ServerWork<T> work, ServerFailureException.Action action) {
        try (java.sql.Connection c = dataSource.getConnection()) {
            return work.on(c);
        } catch (java.sql.SQLException e) {
            ServerFailureException told = serverFailures.translated(e, null, e);
            if (told != null && told.kind() == ServerFailureException.Kind.NOT_PERMITTED) {
                throw ServerFailureException.notPermitted(action, where(), serverFailures.login(), e);
            }
            throw told != null ? told : new WorkspaceException("The team workspace at " + where()
                    + " could not be read: " + e.getMessage(), e);
        }
    }

    private interface ServerWork<T> {
        T on(java.sql.Connection connection) throws java.sql.SQLException;
    }

    /** Opens (creating if needed) the store file and brings its schema up to date. */
    public static Database open(Path file) {
        return open(file, false);
    }

    /**
     * Opens the store as {@link #open} does, with SQLite's quick check running beside the rest of the opening
     * instead of before it: reads go on meanwhile; every write waits for the check, and fails as
     * {@link DamagedStoreException} when it found damage. {@link #awaitIntegrity} waits for it.
     */
    public static Database openCheckingBeside(Path file) {
        return open(file, true);
    }

    private static Database open(Path file, boolean checkBeside) {
        StoreFileCheck.requireSqliteOrAbsent(file);
        createPrivate(file);
        // A quick check before anything writes: a damaged store is never migrated or written over.
        IntegrityGate integrity = hasContent(file) && checkBeside ? IntegrityGate.beside(file)
                : IntegrityGate.passed(file);
        if (hasContent(file) && !checkBeside) {
            java.util.List<String> problems = SqliteBackup.quickProblems(file);
            if (!problems.isEmpty()) {
                throw new DamagedStoreException(file, problems);
            }
        }
        Database database = new Database(file, new IdleConnections(dataSource(file), IDLE_CONNECTIONS), integrity);
        try {
            database.migrate(SQLITE_MIGRATIONS);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    /**
     * A new store is created here, empty and private (600), before SQLite opens it: SQLite gives its
     * {@code -wal} and {@code -shm} files the store's permissions. Should that fail, SQLite creates it.
     */
    private static void createPrivate(Path file) {
        if (!java.nio.file.Files.exists(file)) {
            try {
                PrivateFiles.createFile(file);
            } catch (java.io.IOException e) {
                // SQLite creates the file itself and says what is wrong when it cannot.
            }
        }
    }

    /** Migrations for a SQLite store file; jOOQ's classes are generated from these. */
    private static final String SQLITE_MIGRATIONS = "classpath:db/migration/sqlite";

    /**
     * Opens an existing store only to read it: no migration, no lock of the data folder, every connection read-only,
     * so it works beside an app that has the workspace open (SQLite's WAL lets readers run beside a writer).
     *
     * @throws WorkspaceException when there is no store, or one this version cannot read as it is (older or newer)
     */
    public static Database openReadOnly(Path file) {
        if (!hasContent(file)) {
            throw new WorkspaceException("There is no store to read in " + file.getParent() + ".");
        }
        StoreFileCheck.requireSqliteOrAbsent(file);
        Database database = new Database(file, new IdleConnections(readOnlyDataSource(file), IDLE_CONNECTIONS),
                IntegrityGate.passed(file));
        int version = database.schemaVersion();
        if (version != SCHEMA_VERSION) {
            database.close();
            throw new WorkspaceException("The store " + file + " is at schema version " + version + ", not "
                    + SCHEMA_VERSION + ": open it once without --dry-run (or in the app) to upgrade it.");
        }
        return database;
    }

    private static DataSource readOnlyDataSource(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return dataSource;
    }

    private static boolean hasContent(Path file) {
        try {
            return java.nio.file.Files.size(file) > 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static DataSource dataSource(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        // A transaction takes the write lock when it begins: begun as a reader, it could not wait for the
        // lock later (SQLite refuses the upgrade at once), and an edit would fail the moment another
        // program held the store instead of after the busy timeout. (The driver begins the next
        // transaction right after a commit; jOOQ ends it at once by going back to auto-commit.)
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return dataSource;
    }

    /** How long a statement waits for another connection or program to let go of the store. */
    static final int BUSY_TIMEOUT_MS = 5_000;

    /** The UI reads on one worker while an import or an edit writes on another: two, and a spare. */
    private static final int IDLE_CONNECTIONS = 3;

    /** The newest migration's version, on both databases; DatabaseTest checks it against db/migration. */
    static final int SCHEMA_VERSION = 12;

    private void migrate(String locations) {
        // Flyway takes about a second to start on a slow laptop; a store already at the newest
        // version needs nothing from it.
        if (file != null && schemaVersion() == SCHEMA_VERSION) {
            return;
        }
        integrity.await();
        try {
            Flyway.configure(getClass().getClassLoader())
                    .dataSource(dataSource)
                    .locations(locations)
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            if (serverFailures != null) {
                RuntimeException told = serverFailures.translated(e, null);
                if (told instanceof ServerFailureException refused) {
                    throw refused.kind() == ServerFailureException.Kind.NOT_PERMITTED
                            ? ServerFailureException.notPermitted(ServerFailureException.Action.SET_UP, where(),
                                    serverFailures.login(), e) : refused;
                }
            }
            throw new WorkspaceException("The store " + where() + " could not be opened or upgraded: "
                    + StoreFileCheck.rootMessage(e), e);
        }
    }

    /** The store file, or the server's address without its parameters: what a message names. */
    private String where() {
        return file != null ? file.toString() : PostgresServer.shownAddress(serverUrl);
    }

    /** The version a SQLite store's migrations reached, or -1 for a new store (or none recorded). */
    private int schemaVersion() {
        try (java.sql.Connection c = dataSource.getConnection();
             java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history "
                     + "WHERE success = 1")) {
            return rs.next() ? rs.getInt(1) : -1;
        } catch (java.sql.SQLException e) {
            return -1;
        }
    }

    /** The schema version this app's migrations reach. */
    public static int newestSchemaVersion() {
        return SCHEMA_VERSION;
    }

    /** The group roles {@link #initServer} creates on a team workspace's server, weakest first. */
    public static java.util.List<String> serverRoles() {
        return java.util.List.of(PostgresRoles.REPORTER, PostgresRoles.OFFICER, PostgresRoles.ADMIN);
    }

    /**
     * Waits for the quick check of a store opened with {@link #openCheckingBeside} (returns at once otherwise).
     *
     * @throws DamagedStoreException when the check found the store damaged
     */
    public void awaitIntegrity() {
        integrity.await();
    }

    public DSLContext dsl() {
        return dsl;
    }

    /** A connection of the store's own (kept open between uses), for work that holds one; close it to give it back. */
    java.sql.Connection connection() throws java.sql.SQLException {
        return dataSource.getConnection();
    }

    /** A failure met through plain JDBC, in the words jOOQ's would have been given. */
    RuntimeException translated(java.sql.SQLException e, String sql) {
        return translation.translated(new org.jooq.exception.DataAccessException(
                "SQL [" + sql + "]; " + e.getMessage(), e), sql);
    }

    /** The SQLite store file; null for a workspace on a PostgreSQL server. */
    public Path file() {
        return file;
    }

    /** The server's address without its parameters (never a password); null for a store file. */
    public String serverAddress() {
        return serverUrl == null ? null : PostgresServer.shownAddress(serverUrl);
    }

    /** The database login of a team workspace (what the server signs history with); null for a store file. */
    public String serverLogin() {
        return serverFailures == null ? null : serverFailures.login();
    }

    /** Whether this is a team workspace on a PostgreSQL server rather than a store file. */
    public boolean onServer() {
        return serverUrl != null;
    }

    /** Closes the connections kept open; the store file can then be copied over or moved. */
    @Override
    public void close() {
        dataSource.close();
    }
}
