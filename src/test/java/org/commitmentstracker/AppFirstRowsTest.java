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
}
