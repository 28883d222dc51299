package org.commitmentstracker.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.commitmentstracker.service.StatementImportService;
import org.commitmentstracker.importing.ImportOutcome;
import org.commitmentstracker.store.BundledAgencies;
import org.commitmentstracker.store.StoreFailureException;
import org.commitmentstracker.store.StoreFixture;
import org.commitmentstracker.store.Workspace;
import org.commitmentstracker.ui.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another program holds the store locked while the officer edits a commitment or imports a
 * statement: the app waits for the busy timeout, then says so in words naming the store; nothing
 * of the edit or the statement is kept; once the lock is gone the same action succeeds.
 */
class StoreLockedByAnotherProgramTest {
    /** The store's busy timeout is 5 s: a failure sooner would not have waited for the other program. */
    static final Duration WAITED = Duration.ofMillis(4_500);

    @TempDir
    Path dir;
    StoreFixture store;
    Path file;
    long commitment;

    @BeforeEach
    void aStatementWithACommitment() {
        store = new StoreFixture(dir.resolve("data"));
        new BundledAgencies(store.agencies).loadIfEmpty();
        long statement = store.statements.insert(StoreFixture.smallStatement("Trade with Chile.", "MOIT")).orElseThrow();
        commitment = store.commitments.idsByRef(statement).get("2");
        file = dir.resolve("data").resolve(Workspace.STORE_FILE).toAbsolutePath();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anEditWaitsThenFailsInWordsAndIsNotHalfApplied() throws Exception {
        AllOrNothingEdit edit = new AllOrNothingEdit(store, commitment);
        try (OtherProgramLock lock = OtherProgramLock.hold(file)) {
            long started = System.nanoTime();
            assertThatThrownBy(edit::apply)
                    .isInstanceOf(StoreFailureException.class)
                    .hasMessage("The store " + file + " is held locked by another program (a database viewer, a backup"
                            + " or sync tool) that did not let go within 5 s")
                    .satisfies(e -> FaultLog.record("store locked by another program during an edit",
                            "refused after the 5 s busy timeout, neither status nor history changed, saved once released",
                            new Messages(Locale.ENGLISH).format("detail.saveFailed", e.getMessage())));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(WAITED);
            // Reading goes on meanwhile (the store's write-ahead log lets readers past a writer).
            edit.assertNothingApplied();
        }
        edit.apply();
        edit.assertApplied();
    }

    @Test
    void anImportFailsInWordsKeepsNothingAndLandsOnceReleased() throws Exception {
        Path statement = Path.of(getClass().getResource("/statements/en-wrapped-bullets.txt").toURI());
        StatementImportService importer = store.services.withAgencies().imports();
        int commitments = store.commitments.count();
        try (OtherProgramLock lock = OtherProgramLock.hold(file)) {
            List<ImportOutcome> outcomes = importer.importAll(List.of(statement));
            assertThat(outcomes).singleElement().isInstanceOfSatisfying(ImportOutcome.Failed.class, failed -> {
                assertThat(failed.message()).isEqualTo("en-wrapped-bullets.txt: it could not be saved, nothing of it "
                        + "was kept: The store " + file + " is held locked by another program (a database viewer, a "
                        + "backup or sync tool) that did not let go within 5 s");
                FaultLog.record("store locked by another program during an import", "refused after the 5 s busy "
                        + "timeout, no statement, unit or commitment kept, imported once released", failed.message());
            });
            assertThat(store.commitments.count()).isEqualTo(commitments);
        }
        assertThat(importer.importAll(List.of(statement))).singleElement().isInstanceOf(ImportOutcome.Imported.class);
        assertThat(store.commitments.count()).isGreaterThan(commitments);
    }
}
