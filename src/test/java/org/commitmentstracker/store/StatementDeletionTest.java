package org.commitmentstracker.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmentstracker.store.jooq.Tables.COMMITMENT;
import static org.commitmentstracker.store.jooq.Tables.COMMITMENT_CO_OWNER;
import static org.commitmentstracker.store.jooq.Tables.HISTORY;
import static org.commitmentstracker.store.jooq.Tables.STATEMENT;
import static org.commitmentstracker.store.jooq.Tables.STATEMENT_PARTNER;
import static org.commitmentstracker.store.jooq.Tables.UNIT;

import java.nio.file.Path;
import java.util.Set;
import org.commitmentstracker.model.StatementDeletion;
import org.commitmentstracker.model.Status;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deleting a statement takes all of it and nothing else, in one go, and leaves a line in the log. */
class StatementDeletionTest {
    @TempDir
    Path dir;

    @Test
    void deletingAStatementTakesItsUnitsCommitmentsHistoryAndSearchRowsAndLogsIt() {
        try (StoreFixture store = new StoreFixture(dir)) {
            new BundledAgencies(store.agencies).loadIfEmpty();
            long gone = store.statements.insert(StoreFixture.smallStatement("The first text", "MOIT")).orElseThrow();
            long kept = store.statements.insert(StoreFixture.smallStatement("The second text", "MOIT")).orElseThrow();
            long goneCommitment = store.commitments.idsByRef(gone).get("2");
            long keptCommitment = store.commitments.idsByRef(kept).get("2");
            store.commitments.changeStatus(goneCommitment, Status.IN_PROGRESS, "lan", null);
            store.commitments.addProgress(goneCommitment, "Working group met", "lan");
            store.commitments.changeStatus(keptCommitment, Status.AT_RISK, "minh", null);
            long moit = store.agencies.findByCode("MOIT").orElseThrow().id();
            DSLContext dsl = store.workspace.database().dsl();
            dsl.insertInto(COMMITMENT_CO_OWNER, COMMITMENT_CO_OWNER.COMMITMENT_ID, COMMITMENT_CO_OWNER.AGENCY_ID)
                    .values(goneCommitment, moit).execute();
            SqliteFullTextSearch search = new SqliteFullTextSearch(store.workspace.database());
            assertThat(search.matchingCommitments("raise trade")).contains(goneCommitment, keptCommitment);
            int keptHistory = store.history.forCommitment(keptCommitment).size();

            assertThat(store.statements.extent(gone)).contains(
                    new StatementDeletion.Extent(gone, "Joint Statement", false, 1, 2));

            StatementDeletion deletion = store.statements.delete(gone, "lan", "/backups/commitments-x.db")
                    .orElseThrow();

            assertThat(deletion.commitments()).isEqualTo(1);
            assertThat(deletion.historyEntries()).isEqualTo(2);
            assertThat(dsl.fetchCount(STATEMENT, STATEMENT.ID.eq(gone))).isZero();
            assertThat(dsl.fetchCount(STATEMENT_PARTNER, STATEMENT_PARTNER.STATEMENT_ID.eq(gone))).isZero();
            assertThat(dsl.fetchCount(UNIT, UNIT.STATEMENT_ID.eq(gone))).isZero();
            assertThat(dsl.fetchCount(COMMITMENT, COMMITMENT.ID.eq(goneCommitment))).isZero();
            assertThat(dsl.fetchCount(HISTORY, HISTORY.COMMITMENT_ID.eq(goneCommitment))).isZero();
            assertThat(dsl.fetchCount(COMMITMENT_CO_OWNER)).isZero();
            assertThat(search.matchingCommitments("raise trade")).containsExactly(keptCommitment);
            // The other statement is as it was.
            assertThat(store.statements.findAll()).extracting(s -> s.id()).containsExactly(kept);
            assertThat(store.statements.units(kept)).hasSize(2);
            assertThat(store.commitments.overview()).singleElement()
                    .satisfies(c -> assertThat(c.status()).isEqualTo(Status.AT_RISK));
            assertThat(store.history.forCommitment(keptCommitment)).hasSize(keptHistory);
            assertThat(store.statements.deletions()).singleElement().satisfies(line -> {
                assertThat(line.statementId()).isEqualTo(gone);
                assertThat(line.title()).isEqualTo("Joint Statement");
                assertThat(line.partners()).containsExactly("Chile");
                assertThat(line.date()).isEqualTo(java.time.LocalDate.of(2025, 3, 12));
                assertThat(line.commitments()).isEqualTo(1);
                assertThat(line.historyEntries()).isEqualTo(2);
                assertThat(line.deletedBy()).isEqualTo("lan");
                assertThat(line.deletedAt()).isEqualTo(StoreFixture.NOW);
                assertThat(line.backup()).isEqualTo("/backups/commitments-x.db");
                assertThat(line.sample()).isFalse();
            });
            // The same text can be imported again once its statement is gone.
            assertThat(store.statements.insert(StoreFixture.smallStatement("The first text", "MOIT"))).isPresent();
        }
    }

    @Test
    void deletingAStatementNoLongerThereChangesNothing() {
        try (StoreFixture store = new StoreFixture(dir)) {
            long kept = store.statements.insert(StoreFixture.smallStatement("Text", null)).orElseThrow();

            assertThat(store.statements.extent(kept + 1)).isEmpty();
            assertThat(store.statements.delete(kept + 1, "lan", null)).isEmpty();

            assertThat(store.statements.count()).isEqualTo(1);
            assertThat(store.statements.deletions()).isEmpty();
        }
    }

    @Test
    void theSampleWorkspaceMarksItsStatementsAndAnImportedOneIsNotMarked() {
        try (StoreFixture store = new StoreFixture(dir)) {
            new BundledAgencies(store.agencies).loadIfEmpty();
            new SampleWorkspace(store.statements, store.commitments, store.agencies, store.settings, store.clock)
                    .loadIfFirstRun();
            Set<Long> sample = store.statements.sampleIds();
            assertThat(sample).hasSize(2);
            assertThat(store.statements.countReal()).isZero();

            long real = store.statements.insert(StoreFixture.smallStatement("Text", null)).orElseThrow();

            assertThat(store.statements.sampleIds()).isEqualTo(sample).doesNotContain(real);
            assertThat(store.statements.countReal()).isEqualTo(1);
            assertThat(store.commitments.overview()).allSatisfy(c ->
                    assertThat(c.sample()).isEqualTo(sample.contains(c.statementId())));
        }
    }
}
