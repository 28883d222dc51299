package org.commitmentstracker.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Which SQLite errors are the outside world's (told to the user as such) and which are the app's own. */
class SqliteFailuresTest {
    static StoreFailureException.Kind kind(SQLiteErrorCode code) {
        return SqliteFailures.kindOf(new SQLiteException("x", code));
    }

    @Test
    void busyLockedReadOnlyFullAndIoErrorsAreTheOutsideWorldsExtendedCodesToo() {
        assertThat(kind(SQLiteErrorCode.SQLITE_BUSY)).isEqualTo(StoreFailureException.Kind.LOCKED);
        assertThat(kind(SQLiteErrorCode.SQLITE_BUSY_SNAPSHOT)).isEqualTo(StoreFailureException.Kind.LOCKED);
        assertThat(kind(SQLiteErrorCode.SQLITE_LOCKED)).isEqualTo(StoreFailureException.Kind.LOCKED);
        assertThat(kind(SQLiteErrorCode.SQLITE_READONLY_DBMOVED)).isEqualTo(StoreFailureException.Kind.READ_ONLY);
        assertThat(kind(SQLiteErrorCode.SQLITE_FULL)).isEqualTo(StoreFailureException.Kind.FULL);
        assertThat(kind(SQLiteErrorCode.SQLITE_IOERR_WRITE)).isEqualTo(StoreFailureException.Kind.IO);
    }

    @Test
    void constraintsAndOtherDriversErrorsAreLeftAsTheyAre() {
        assertThat(kind(SQLiteErrorCode.SQLITE_CONSTRAINT_FOREIGNKEY)).isNull();
        assertThat(kind(SQLiteErrorCode.SQLITE_ERROR)).isNull();
        assertThat(SqliteFailures.kindOf(new SQLException("database is locked"))).isNull();
    }

    @Test
    void aFullDiskIsToldAsSuch() {
        assertThat(new StoreFailureException(StoreFailureException.Kind.FULL, Path.of("/data/commitments.db"),
                "SQLITE_FULL", null)).hasMessage("The disk that holds the store /data/commitments.db is full");
    }

    @Test
    void theWindowSaysEveryStoreFailureInItsLanguage() {
        org.commitmentstracker.ui.Messages vietnamese = new org.commitmentstracker.ui.Messages(
                java.util.Locale.forLanguageTag("vi"));
        for (StoreFailureException.Kind kind : StoreFailureException.Kind.values()) {
            StoreFailureException e = new StoreFailureException(kind, Path.of("/data/commitments.db"), "SQLITE_X", null);
            assertThat(vietnamese.explain(e)).as(kind.name()).doesNotStartWith("!").contains("/data/commitments.db")
                    .isNotEqualTo(e.getMessage());
            assertThat(new org.commitmentstracker.ui.Messages(java.util.Locale.ENGLISH).explain(e)).as(kind.name())
                    .isEqualTo(e.getMessage());
        }
        assertThat(vietnamese.explain(new StoreFailureException(StoreFailureException.Kind.FULL,
                Path.of("/data/commitments.db"), "SQLITE_FULL", null)))
                .isEqualTo("Ổ đĩa chứa tệp dữ liệu /data/commitments.db đã đầy");
    }
}
