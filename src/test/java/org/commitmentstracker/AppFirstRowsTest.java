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
        });
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
        });
        ahead.thenFrom(() -> {
            storeReads.incrementAndGet();
            return List.of();
        }).get();
        assertThat(storeReads).hasValue(1);
    }

    @Test
    void theFirstScreenIsChosenFromRowsAlreadyReadOnlyAndWithoutTakingThem() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
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
        });
        Supplier<List<CommitmentOverview>> table = ahead.thenFrom(List::of);
        java.time.LocalDate today = java.time.LocalDate.of(2026, 1, 1);

        // Still being read: no answer yet, and no wait for one.
        assertThat(ahead.readAndAny(row -> row.isOverdue(today))).isFalse();
        release.countDown();
        table.get();
        AppFirstRows again = AppFirstRows.readBeside(() -> List.of(overdue));
        Supplier<List<CommitmentOverview>> view = again.thenFrom(List::of);
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!again.readAndAny(row -> row.isOverdue(today)) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(again.readAndAny(row -> row.isOverdue(today))).isTrue();
        assertThat(again.readAndAny(row -> !row.isOverdue(today))).isFalse();
        // Asking did not take them: the view's first load still gets the rows read ahead.
        assertThat(view.get()).containsExactly(overdue);
    }
}
