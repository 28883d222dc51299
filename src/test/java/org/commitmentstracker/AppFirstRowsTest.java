package org.commitmentstracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.commitmentstracker.model.CommitmentOverview;
import org.junit.jupiter.api.Test;

class AppFirstRowsTest {
    @Test
    void eachViewsFirstLoadTakesTheRowsReadAheadAndLaterLoadsReadTheStore() {
        AtomicInteger storeReads = new AtomicInteger();
        Supplier<List<CommitmentOverview>> store = () -> {
            storeReads.incrementAndGet();
            return List.of();
        };
        AppFirstRows ahead = AppFirstRows.readBeside(() -> {
            storeReads.incrementAndGet();
            return List.of();
        }, row -> true);
        Supplier<List<CommitmentOverview>> table = ahead.thenFrom(store);
        Supplier<List<CommitmentOverview>> dashboard = ahead.thenFrom(store);

        table.get();
        dashboard.get();
        assertThat(storeReads).hasValue(1);
        table.get();
        assertThat(storeReads).hasValue(2);
        // Both views took theirs: the rows read ahead are let go, and a later view reads the store.
        ahead.thenFrom(store).get();
        assertThat(storeReads).hasValue(3);
    }

    @Test
    void aFailedReadAheadLeavesTheFirstLoadToTheStore() {
        AtomicInteger storeReads = new AtomicInteger();
        AppFirstRows ahead = AppFirstRows.readBeside(() -> {
            throw new IllegalStateException("store busy");
        }, row -> true);
        ahead.thenFrom(() -> {
            storeReads.incrementAndGet();
            return List.of();
        }).get();
        assertThat(storeReads).hasValue(1);
    }

    @Test
    void theRowsAreAskedAQuestionAsTheyAreReadWhoseAnswerOutlivesThem() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.time.LocalDate today = java.time.LocalDate.of(2026, 1, 1);
        CommitmentOverview overdue = new CommitmentOverview(1, 1, "Statement", List.of("Chile"), null, "1", "Text",
                null, null, org.commitmentstracker.model.Status.NOT_STARTED, java.time.LocalDate.of(2020, 1, 1),
                java.time.Instant.EPOCH);
        AppFirstRows ahead = AppFirstRows.readBeside(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of(overdue);
        }, row -> row.isOverdue(today));
        Supplier<List<CommitmentOverview>> table = ahead.thenFrom(List::of);
        Supplier<List<CommitmentOverview>> dashboard = ahead.thenFrom(List::of);

        // Still being read: no answer within the time given.
        assertThat(ahead.awaitRead(20)).isEmpty();
        release.countDown();
        assertThat(ahead.awaitRead(5_000)).contains(true);
        // Asking took nothing: both views' first loads get the rows read ahead, and the answer stays.
        assertThat(table.get()).containsExactly(overdue);
        assertThat(dashboard.get()).containsExactly(overdue);
        assertThat(ahead.awaitRead(0)).contains(true);
        assertThat(AppFirstRows.readBeside(() -> List.of(overdue), row -> false).awaitRead(5_000)).contains(false);
        assertThat(AppFirstRows.none().awaitRead(0)).isEmpty();
    }
}
