package org.commitmentstracker.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.commitmentstracker.model.CommitmentOverview;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.store.BundledAgencies;
import org.commitmentstracker.store.StoreFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What changed while the officer was away, start after start, with fixed clocks (never waiting). */
class SinceLastStartTest {
    static final Instant MONDAY = Instant.parse("2025-11-03T08:00:00Z");
    static final Instant FRIDAY = Instant.parse("2025-11-07T09:30:00Z");

    @TempDir
    Path dir;
    StoreFixture store;
    Map<String, Long> ids;

    @BeforeEach
    void deadlinesAroundTheWeek() {
        store = new StoreFixture(dir.resolve("data"));
        new BundledAgencies(store.agencies).loadIfEmpty();
        ids = CalendarServiceTest.insert(store, "Japan", List.of(
                unit("old", LocalDate.of(2025, 10, 20)),      // overdue already on Monday
                unit("mon", LocalDate.of(2025, 11, 3)),       // due on Monday itself: overdue since Tuesday
                unit("wed", LocalDate.of(2025, 11, 5)),       // became overdue during the week
                unit("closed", LocalDate.of(2025, 11, 4)),    // would have, but was completed
                unit("fri", LocalDate.of(2025, 11, 7)),       // due today: not overdue, and within 14 days already on Monday
                unit("soonMon", LocalDate.of(2025, 11, 15)),  // within 14 days already on Monday
                unit("soonFri", LocalDate.of(2025, 11, 20)),  // came within 14 days during the week
                unit("edge", LocalDate.of(2025, 11, 21)),     // the 14th day from Friday: within
                unit("later", LocalDate.of(2025, 11, 22)),    // 15 days from Friday: not yet
                unit("none", null)));
        store.services.commitments().edit(ids.get("closed"), new CommitmentEdit(Status.COMPLETED, null, null, null), "lan");
    }

    @AfterEach
    void close() {
        store.close();
    }

    static CalendarServiceTest.Unit unit(String ref, LocalDate deadline) {
        return new CalendarServiceTest.Unit(ref, "MOIT", deadline, "The two sides will do " + ref + ".");
    }

    SinceLastStart at(Instant now) {
        return new SinceLastStart(store.services.commitments()::overview, store.services.settings(),
                Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void theFirstStartTellsNothingAndIsRemembered() {
        SinceLastStart.Changes first = at(MONDAY).startNow();

        assertThat(first.lastStart()).isNull();
        assertThat(first.isEmpty()).isTrue();
        assertThat(store.services.settings().lastStart()).contains(MONDAY);
    }

    @Test
    void theNextStartTellsWhatBecameOverdueAndWhatCameWithinFourteenDaysSinceTheLast() {
        at(MONDAY).startNow();

        SinceLastStart.Changes friday = at(FRIDAY).startNow();

        assertThat(friday.lastStart()).isEqualTo(MONDAY);
        assertThat(friday.becameOverdue()).containsExactly(ids.get("mon"), ids.get("wed"));
        assertThat(friday.dueSoon()).containsExactly(ids.get("soonFri"), ids.get("edge"));
        assertThat(store.services.settings().lastStart()).contains(FRIDAY);
    }

    @Test
    void theWindowsOwnRowsAreJudgedWhenGivenNotTheStoreReadAgain() {
        at(MONDAY).startNow();
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        List<CommitmentOverview> rows = store.services.commitments().overview();
        // The window's rows, less the one due on Monday: that is what is judged.
        SinceLastStart.Changes friday = new SinceLastStart(() -> {
            throw new AssertionError("the store is not read again");
        }, store.services.settings(), Clock.fixed(FRIDAY, ZoneOffset.UTC)).startNow(() -> {
            reads.incrementAndGet();
            return rows.stream().filter(c -> c.commitmentId() != ids.get("mon")).toList();
        });

        assertThat(reads).hasValue(1);
        assertThat(friday.becameOverdue()).containsExactly(ids.get("wed"));
        assertThat(store.services.settings().lastStart()).contains(FRIDAY);
    }

    @Test
    void aSecondStartTheSameDayTellsNothingNewAndAReopenedCommitmentCountsAgain() {
        at(MONDAY).startNow();
        at(FRIDAY).startNow();

        assertThat(at(FRIDAY.plusSeconds(3600)).startNow().isEmpty()).isTrue();

        // Reopened after its deadline passed (history records it): it became overdue, as it stands now.
        store.services.commitments().edit(ids.get("closed"), new CommitmentEdit(Status.IN_PROGRESS, null, null, null),
                "lan");
        assertThat(at(FRIDAY.plusSeconds(7200)).since(MONDAY, FRIDAY).becameOverdue())
                .containsExactly(ids.get("mon"), ids.get("closed"), ids.get("wed"));
    }
}
