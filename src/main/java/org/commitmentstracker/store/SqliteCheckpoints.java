package org.commitmentstracker.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * During an import's run of commits, SQLite's checkpoints (the write-ahead log copied into the store
 * file) are made on a thread of their own instead of by the commit that fills the log: the importing
 * thread then never waits for that copy and its disk flush. Passive checkpoints never block the
 * writer, and what is committed is in the log, so a crash loses nothing. SQLite only: a store on
 * PostgreSQL keeps no such log.
 */
final class SqliteCheckpoints implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(SqliteCheckpoints.class.getName());
    /** How often the log is copied into the store while the import runs. */
    private static final long EVERY_MS = 250;
    /** SQLite's own default: a commit checkpoints once the log holds this many pages. */
    private static final int DEFAULT_AUTO_CHECKPOINT_PAGES = 1000;

    private final Connection writer;
    private final Connection own;
    private final Thread thread;

    private SqliteCheckpoints(Connection writer, Connection own) {
        this.writer = writer;
        this.own = own;
        this.thread = new Thread(this::run, "sqlite-checkpoints");
        thread.setDaemon(true);
    }

    /** Takes the checkpoints off {@code writer}'s commits until closed; on its own connection to the store. */
    static SqliteCheckpoints during(Connection writer, Database database) throws SQLException {
        Connection own = database.connection();
        try {
            autoCheckpoint(writer, 0);
        } catch (SQLException e) {
            own.close();
            throw e;
        }
        SqliteCheckpoints checkpoints = new SqliteCheckpoints(writer, own);
        checkpoints.thread.start();
        return checkpoints;
    }

    private void run() {
        try (Statement checkpoint = own.createStatement()) {
            while (!Thread.currentThread().isInterrupted()) {
                checkpoint(checkpoint);
                Thread.sleep(EVERY_MS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException e) {
            LOG.log(Level.FINE, "no more checkpoints at the side; commits make them again once the import ends", e);
        }
    }

    private static void checkpoint(Statement statement) throws SQLException {
        statement.execute("PRAGMA wal_checkpoint(PASSIVE)");
    }

    private static void autoCheckpoint(Connection connection, int pages) throws SQLException {
        try (Statement pragma = connection.createStatement()) {
            pragma.execute("PRAGMA wal_autocheckpoint = " + pages);
        }
    }

    /**
     * Stops the thread and gives the writer back its commits' own checkpoints (what the last commits left in the
     * log is copied by the next commit that fills it). Call on the writer's thread, after its last commit.
     */
    @Override
    public void close() throws SQLException {
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            own.close();
        } finally {
            autoCheckpoint(writer, DEFAULT_AUTO_CHECKPOINT_PAGES);
        }
    }
}
