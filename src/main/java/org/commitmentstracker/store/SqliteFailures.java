package org.commitmentstracker.store;

import java.nio.file.Path;
import java.sql.SQLException;
import org.jooq.TransactionProvider;
import org.sqlite.SQLiteException;

/**
 * Turns the SQLite errors that come from outside the app (busy or locked, read-only, disk full,
 * I/O error) into a {@link StoreFailureException} that names the store, in place of jOOQ's
 * "SQL [insert ...]; [SQLITE_BUSY] ..." or "Cannot set autoCommit" that the user would otherwise
 * read; wherever jOOQ meets them: running a statement, or beginning, committing or rolling back
 * a transaction. Other errors (a constraint, a bug) are left as they are.
 */
final class SqliteFailures extends FailureTranslation {
    private final Path file;

    SqliteFailures(Path file, TransactionProvider transactions) {
        super(transactions);
        this.file = file;
    }

    @Override
    RuntimeException translated(RuntimeException e, String sql) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StoreFailureException already) {
                return already;
            }
            StoreFailureException.Kind kind = cause instanceof SQLException failure ? kindOf(failure) : null;
            if (kind != null) {
                return new StoreFailureException(kind, file, ((SQLiteException) cause).getResultCode().name(), e);
            }
        }
        return e;
    }

    static StoreFailureException.Kind kindOf(SQLException e) {
        if (!(e instanceof SQLiteException sqlite)) {
            return null;
        }
        // Extended codes (SQLITE_BUSY_SNAPSHOT, SQLITE_IOERR_WRITE...) keep the primary code in their low byte.
        return switch (sqlite.getResultCode().code & 0xFF) {
            case 5, 6 -> StoreFailureException.Kind.LOCKED;
            case 8 -> StoreFailureException.Kind.READ_ONLY;
            case 13 -> StoreFailureException.Kind.FULL;
            case 10 -> StoreFailureException.Kind.IO;
            default -> null;
        };
    }
}
