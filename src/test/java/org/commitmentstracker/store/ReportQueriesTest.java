package org.commitmentstracker.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.CommitmentAsOf;
import org.commitmentstracker.model.HistoryField;
import org.commitmentstracker.model.PeriodChange;
import org.commitmentstracker.model.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A commitment's life over two quarters, read back as it stood at several moments. */
class ReportQueriesTest {
    @TempDir
    Path dir;
    StoreFixture store;
    SettableClock clock = new SettableClock("2025-07-01T09:00:00Z");
    CommitmentRepository commitments;
    ReportQueries reports;
    long id;
    Agency moit;
    Agency mofa;

    @BeforeEach
    void live() {
        store = new StoreFixture(dir);
        new BundledAgencies(store.agencies).loadIfEmpty();
        moit = store.agencies.findByCode("MOIT").orElseThrow();
        mofa = store.agencies.findByCode("MOFA").orElseThrow();
        StatementRepository statements = new StatementRepository(store.workspace.database(), clock);
        commitments = new CommitmentRepository(store.workspace.database(), clock);
        reports = new ReportQueries(store.workspace.database());
        long statement = statements.insert(StoreFixture.smallStatement("Text", "MOIT")).orElseThrow();
        id = commitments.idsByRef(statement).get("2");
        clock.set("2025-08-01T10:00:00Z");
        commitments.changeStatus(id, Status.IN_PROGRESS, "lan", null);
        clock.set("2025-09-15T10:00:00.5Z");
        commitments.changeOwner(id, mofa.id(), "lan", null);
        commitments.changeCoOwners(id, List.of(moit.id()), "lan");
        clock.set("2025-09-20T10:00:00Z");
        commitments.addProgress(id, "Draft agreed", "minh");
        clock.set("2025-10-05T10:00:00Z");
        commitments.changeStatus(id, Status.COMPLETED, "lan", null);
        commitments.changeDeadline(id, LocalDate.of(2027, 1, 31), "lan", null);
        clock.set("2025-10-10T10:00:00Z");
        commitments.addProgress(id, "Signed", "minh");
    }

    @AfterEach
    void close() {
        store.close();
    }

    List<CommitmentAsOf> asOf(String instant) {
        List<CommitmentAsOf> rows = new ArrayList<>();
        Instant at = Instant.parse(instant);
        reports.forEachAsOf(at, LocalDate.ofInstant(at, java.time.ZoneOffset.UTC).minusDays(1), rows::add);
        return rows;
    }

    @Test
    void theEndOfTheThirdQuarterShowsItAsItStoodThen() {
        CommitmentAsOf q3 = asOf("2025-10-01T00:00:00Z").get(0);

        assertThat(q3.status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(q3.owner()).isEqualTo(mofa);
        assertThat(q3.coOwners()).containsExactly(moit);
        assertThat(q3.deadline()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(q3.latestUpdate()).isEqualTo("Draft agreed");
        assertThat(q3.latestUpdateAt()).isEqualTo(Instant.parse("2025-09-20T10:00:00Z"));
        assertThat(q3.changedAt()).isEqualTo(Instant.parse("2025-09-20T10:00:00Z"));
        assertThat(q3.partners()).containsExactly("Chile");
    }

    @Test
    void earlierMomentsWindBackFurtherAndBeforeTheImportItStandsAsImported() {
        CommitmentAsOf august = asOf("2025-08-15T00:00:00Z").get(0);
        assertThat(august.status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(august.owner()).isEqualTo(moit);
        assertThat(august.coOwners()).isEmpty();
        assertThat(august.latestUpdate()).isNull();

        // Within the same second: the change at 10:00:00.5 is after 10:00:00.
        assertThat(asOf("2025-09-15T10:00:00Z").get(0).owner()).isEqualTo(moit);
        // Imported on 1 July, signed on 12 March: in April it counts, as it was imported.
        CommitmentAsOf april = asOf("2025-04-30T00:00:00Z").get(0);
        assertThat(april.status()).isEqualTo(Status.NOT_STARTED);
        assertThat(april.owner()).isEqualTo(moit);
        // Before the statement was signed it did not exist.
        assertThat(asOf("2025-03-12T00:00:00Z")).isEmpty();
    }

    @Test
    void nowShowsTheCurrentState() {
        CommitmentAsOf now = asOf("2026-01-01T00:00:00Z").get(0);
        assertThat(now.status()).isEqualTo(Status.COMPLETED);
        assertThat(now.deadline()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(now.latestUpdate()).isEqualTo("Signed");
    }

    @Test
    void changesAndCompletionsWithinAPeriod() {
        List<PeriodChange> q3 = new ArrayList<>();
        reports.forEachChangeBetween(Instant.parse("2025-07-01T00:00:00Z"), Instant.parse("2025-10-01T00:00:00Z"), q3::add);

        assertThat(q3).extracting(PeriodChange::field).containsExactly(HistoryField.STATUS, HistoryField.PROGRESS);
        assertThat(q3.get(0).newValue()).isEqualTo("IN_PROGRESS");
        assertThat(q3.get(1).comment()).isEqualTo("Draft agreed");
        assertThat(q3.get(1).partners()).isEqualTo("Chile");
        assertThat(reports.statusSetBetween(Status.COMPLETED, Instant.parse("2025-10-01T00:00:00Z"),
                Instant.parse("2026-01-01T00:00:00Z"))).containsExactly(id);
        assertThat(reports.statusSetBetween(Status.COMPLETED, Instant.parse("2025-07-01T00:00:00Z"),
                Instant.parse("2025-10-01T00:00:00Z"))).isEmpty();
    }
}
