package org.commitmentstracker;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.commitmentstracker.model.CommitmentOverview;

/**
 * The table's rows, read from the store on a thread of their own as soon as it is open, while the toolkit starts
 * and the window is built: the window's first loads (the table's, then the dashboard's) take them instead of
 * waiting their turn to read the store again. Later loads read the store. Whether a row is overdue is noted as
 * they are read, so the first window can open on the dashboard without styling the table first.
 */
final class AppFirstRows {
    /** Let go once every view took its copy: 100,000 rows are not kept beside the table's own. */
    private CompletableFuture<List<CommitmentOverview>> rows;
    private int untaken;
    /** Whether a row read matched the question asked at the read; never let go (it holds no rows). */
    private final CompletableFuture<Boolean> anyMatched;

    private AppFirstRows(CompletableFuture<List<CommitmentOverview>> rows, CompletableFuture<Boolean> anyMatched) {
        this.rows = rows;
        this.anyMatched = anyMatched;
    }

    /** No rows read ahead: every load reads the store. */
    static AppFirstRows none() {
        return new AppFirstRows(null, null);
    }

    /** @param question asked of every row as it is read ({@link #awaitRead} answers whether one matched) */
    static AppFirstRows readBeside(Supplier<List<CommitmentOverview>> store, Predicate<CommitmentOverview> question) {
        CompletableFuture<List<CommitmentOverview>> rows = new CompletableFuture<>();
        CompletableFuture<Boolean> anyMatched = new CompletableFuture<>();
        Thread read = new Thread(() -> {
            try {
                List<CommitmentOverview> all = store.get();
                boolean matched = all.stream().anyMatch(question);
                rows.complete(all);
                anyMatched.complete(matched);
            } catch (RuntimeException | Error e) {
                rows.completeExceptionally(e);
                anyMatched.completeExceptionally(e);
            }
        }, "first-rows");
        read.setDaemon(true);
        read.start();
        return new AppFirstRows(rows, anyMatched);
    }

    /**
     * A source for one view: its first load takes (a copy of) the rows read ahead — or reads the store when that
     * read failed, which then says why — and later loads read the store. Every view asks for its source before the
     * first load starts, so the rows are kept until each took them.
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

    /**
     * Waits at most {@code maxMs} for the read: whether a row matched the question, or empty when nothing is read
     * ahead, the read failed or it takes longer.
     */
    Optional<Boolean> awaitRead(long maxMs) {
        if (anyMatched == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(anyMatched.get(maxMs, TimeUnit.MILLISECONDS));
        } catch (ExecutionException | TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private synchronized CompletableFuture<List<CommitmentOverview>> take() {
        CompletableFuture<List<CommitmentOverview>> read = rows;
        if (--untaken == 0) {
            rows = null;
        }
        return read;
    }
}
