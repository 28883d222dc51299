package org.commitmentstracker;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.commitmentstracker.model.CommitmentOverview;

/**
 * The table's rows, read from the store on a thread of their own as soon as it is open, while the toolkit starts
 * and the window is built: the window's first loads (the table's, then the dashboard's) take them instead of
 * waiting their turn to read the store again. Later loads read the store.
 */
final class AppFirstRows {
    /** Let go once every view took its copy: 100,000 rows are not kept beside the table's own. */
    private CompletableFuture<List<CommitmentOverview>> rows;
    private int untaken;

    private AppFirstRows(CompletableFuture<List<CommitmentOverview>> rows) {
        this.rows = rows;
    }

    /** No rows read ahead: every load reads the store. */
    static AppFirstRows none() {
        return new AppFirstRows(null);
    }

    static AppFirstRows readBeside(Supplier<List<CommitmentOverview>> store) {
        CompletableFuture<List<CommitmentOverview>> rows = new CompletableFuture<>();
        Thread read = new Thread(() -> {
            try {
                rows.complete(store.get());
            } catch (RuntimeException | Error e) {
                rows.completeExceptionally(e);
            }
        }, "first-rows");
        read.setDaemon(true);
        read.start();
        return new AppFirstRows(rows);
    }

    /**
     * A source for one view: its first load takes (a copy of) the rows read ahead — or reads the store when that
     * read failed, which then says why — and later loads read the store.
     */
    synchronized Supplier<List<CommitmentOverview>> thenFrom(Supplier<List<CommitmentOverview>> store) {
        AtomicBoolean taken = new AtomicBoolean(rows == null);
        untaken++;
        return () -> {
            if (taken.compareAndSet(false, true)) {
                try {
                    return new ArrayList<>(take().join());
                } catch (RuntimeException failed) {
                    return store.get();
                }
            }
            return store.get();
        };
    }

    /** Whether the rows are read already and one of them matches (false while they are still being read). */
    synchronized boolean readAndAny(Predicate<CommitmentOverview> test) {
        if (rows == null || !rows.isDone() || rows.isCompletedExceptionally()) {
            return false;
        }
        return rows.join().stream().anyMatch(test);
    }

    private synchronized CompletableFuture<List<CommitmentOverview>> take() {
        CompletableFuture<List<CommitmentOverview>> read = rows;
        if (--untaken == 0) {
            rows = null;
        }
        return read;
    }
}
