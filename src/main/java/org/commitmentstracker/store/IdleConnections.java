package org.commitmentstracker.store;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Keeps a few store connections open between uses. Opening a SQLite connection re-reads the
 * schema and re-applies the pragmas, and closing the last one checkpoints the write-ahead log:
 * together they cost more than the rows of a small transaction (the import wrote each statement
 * in about 20 ms, 8 times what the same rows take on one connection). A connection handed back
 * is rolled back if a transaction was left open, and is closed for real once the store closes.
 *
 * <p>A pool library (HikariCP) would bring logging and a housekeeping thread for what is a
 * handful of lines here: one file, one process, no network.
 */
final class IdleConnections implements DataSource, AutoCloseable {
    private final DataSource opener;
    private final int keep;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private boolean closed;

    IdleConnections(DataSource opener, int keep) {
        this.opener = opener;
        this.keep = keep;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection real;
        synchronized (this) {
            real = idle.pollFirst();
        }
        if (real == null) {
            real = opener.getConnection();
        }
        return lend(real);
    }

    private Connection lend(Connection real) {
        InvocationHandler handler = new InvocationHandler() {
            private boolean returned;

            @Override
            public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
                switch (method.getName()) {
                    case "close":
                        if (!returned) {
                            returned = true;
                            giveBack(real);
                        }
                        return null;
                    case "isClosed":
                        return returned || real.isClosed();
                    case "unwrap":
                        if (((Class<?>) args[0]).isInstance(real)) {
                            return real;
                        }
                        break;
                    default:
                        if (returned) {
                            throw new SQLException("The connection was already closed.");
                        }
                }
                try {
                    return method.invoke(real, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, handler);
    }

    private void giveBack(Connection real) {
        try {
            if (real.isClosed()) {
                return;
            }
            if (!real.getAutoCommit()) {
                real.rollback();
                real.setAutoCommit(true);
            }
        } catch (SQLException e) {
            closeQuietly(real);
            return;
        }
        synchronized (this) {
            if (!closed && idle.size() < keep) {
                idle.addFirst(real);
                return;
            }
        }
        closeQuietly(real);
    }

    /**
     * Closes the connections kept idle but goes on lending new ones: after a team workspace's server dropped
     * its connections (a restart, the network gone), the next use opens a fresh one instead of meeting a
     * dead one.
     */
    void dropIdle() {
        Deque<Connection> toClose;
        synchronized (this) {
            toClose = new ArrayDeque<>(idle);
            idle.clear();
        }
        toClose.forEach(IdleConnections::closeQuietly);
    }

    /** Closes the idle connections; connections still lent out close when handed back. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        dropIdle();
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // The connection is being discarded; nothing is left to save on it.
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return opener.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        opener.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        opener.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return opener.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return opener.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return opener.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return opener.isWrapperFor(type);
    }
}
