package org.commitmentstracker.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.commitmentstracker.model.CommitmentOverview;
import org.commitmentstracker.model.HistoryField;
import org.commitmentstracker.model.Statement;
import org.commitmentstracker.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleWorkspaceTest {
    @TempDir
    Path dir;

    @Test
    void aFirstRunGetsEnglishAndVietnameseStatementsWithCommitmentsInSeveralStates() {
        try (StoreFixture store = new StoreFixture(dir)) {
            new BundledAgencies(store.agencies).loadIfEmpty();
            SampleWorkspace sample = new SampleWorkspace(store.statements, store.commitments, store.agencies,
                    store.settings, store.clock);

            assertThat(sample.loadIfFirstRun()).isTrue();

            assertThat(store.statements.findAll()).extracting(Statement::language).containsExactlyInAnyOrder("en", "vi");
            List<CommitmentOverview> rows = store.commitments.overview();
            assertThat(rows).hasSizeGreaterThanOrEqualTo(8);
            assertThat(rows).extracting(CommitmentOverview::status).contains(Status.NOT_STARTED, Status.IN_PROGRESS,
                    Status.AT_RISK, Status.COMPLETED);
            assertThat(rows).allSatisfy(row -> assertThat(row.owner()).isNotNull());
            assertThat(rows).anySatisfy(row -> assertThat(row.text()).contains("nhất trí"));
            assertThat(rows).noneSatisfy(row -> assertThat(row.text()).matches("^\\d+\\..*"));
            long completed = rows.stream().filter(r -> r.status() == Status.COMPLETED).count();
            long statusChanges = rows.stream()
                    .flatMap(r -> store.history.forCommitment(r.commitmentId()).stream())
                    .filter(h -> h.field() == HistoryField.STATUS && "COMPLETED".equals(h.newValue())).count();
            assertThat(statusChanges).isEqualTo(completed);
        }
    }

    @Test
    void theSampleIsLoadedOnlyOnce() {
        try (StoreFixture store = new StoreFixture(dir)) {
            new BundledAgencies(store.agencies).loadIfEmpty();
            SampleWorkspace sample = new SampleWorkspace(store.statements, store.commitments, store.agencies,
                    store.settings, store.clock);
            sample.loadIfFirstRun();
            int count = store.commitments.count();

            assertThat(sample.loadIfFirstRun()).isFalse();
            assertThat(store.commitments.count()).isEqualTo(count);
        }
    }
}
