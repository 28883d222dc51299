package org.commitmentstracker.bench;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.ui.commitments.CommitmentsViewModel;

/**
 * Times an action: warm-up runs, then timed runs, sorted, for the median and the 95th
 * percentile. Also the two actions the table's figures time: a search and a filter change.
 */
final class Latency {
    /** What an officer types: Vietnamese without accents and English. */
    static final List<String> QUERIES = List.of("hop tac", "dau tu", "trade", "giao duc", "energy", "du lich",
            "memorandum", "khoa hoc cong nghe");

    private final long[] sorted;

    private Latency(long[] sorted) {
        this.sorted = sorted;
    }

    static Latency of(int runs, IntConsumer action) {
        for (int i = 0; i < runs; i++) {
            action.accept(i);
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            action.accept(i + 1);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return new Latency(nanos);
    }

    /** Searches through the table's ViewModel (FTS query, then the filters over the loaded rows). */
    static Latency searches(CommitmentsViewModel vm, int runs) {
        Latency latency = of(runs, i -> vm.searchTextProperty().set(QUERIES.get(i % QUERIES.size())));
        vm.searchTextProperty().set("");
        return latency;
    }

    /** Filter changes (status, overdue only) through the table's ViewModel. */
    static Latency filters(CommitmentsViewModel vm, int runs) {
        return of(runs, i -> {
            vm.selectedStatuses().setAll(Status.values()[i % Status.values().length]);
            vm.overdueOnlyProperty().set(i % 2 == 0);
        });
    }

    double medianMs() {
        return sorted[sorted.length / 2] / 1e6;
    }

    double p95Ms() {
        return sorted[(int) (sorted.length * 0.95)] / 1e6;
    }
}
