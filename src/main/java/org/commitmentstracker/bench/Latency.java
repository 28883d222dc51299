package org.commitmentstracker.bench;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.ui.commitments.CommitmentsViewModel;
import org.commitmentstracker.ui.detail.CommitmentDetailViewModel;

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

    /**
     * Status edits in the detail pane, each timed from the save to its row replaced in the table's
     * list (both ViewModels on one thread: the store's write, the one-row read, the row swapped).
     * Opening the commitment in the pane is not timed.
     */
    static Latency edits(CommitmentsViewModel table, CommitmentDetailViewModel pane, int runs) {
        table.clearFilters();
        int rows = table.rows().size();
        long[] nanos = new long[runs];
        for (int i = -runs; i < runs; i++) {
            int at = Math.floorMod(i * 7919, rows);
            long id = table.rows().get(at).commitmentId();
            pane.show(id);
            Status to = pane.statusProperty().get() == Status.IN_PROGRESS ? Status.AT_RISK : Status.IN_PROGRESS;
            long start = System.nanoTime();
            pane.statusProperty().set(to);
            pane.commitStatus();
            long took = System.nanoTime() - start;
            if (table.rows().get(at).status() != to) {
                throw new IllegalStateException("the edit of commitment " + id + " is not shown in the table");
            }
            if (i >= 0) {
                nanos[i] = took;
            }
        }
        Arrays.sort(nanos);
        return new Latency(nanos);
    }

    double medianMs() {
        return sorted[sorted.length / 2] / 1e6;
    }

    double p95Ms() {
        return sorted[(int) (sorted.length * 0.95)] / 1e6;
    }
}
