package org.commitmentstracker.ui.main;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Shows what other officers save without a restart: every few seconds, on a thread of its own
 * (never the UI thread), reads the workspace's change stamp and, when it moved since the last
 * read, runs {@code onChange} on the UI thread (the window reloads its table, dashboard and
 * detail pane, keeping selection, filters and what is being typed). A failed read (server
 * unreachable for a moment) is tried again at the next tick.
 *
 * <p>The window's own saves move the stamp too, but it shows them already (the edited row is
 * replaced in the table): the commitments it is {@linkplain #saving saving} or
 * {@linkplain #wrote wrote} are passed to {@code ownOnly}, and when all that moved the stamp is
 * their history by this officer, the new stamp is taken as seen without a reload. Anything else
 * in the same interval (another officer's change, even to the same commitment) still reloads.
 * A save is told of before it is written, so a read that falls between its commit and its end
 * still counts it as the window's own.
 */
public final class LiveUpdates implements AutoCloseable {
    /** How often the window looks for changes saved elsewhere. */
    public static final Duration EVERY = Duration.ofSeconds(3);

    private final Supplier<String> stamp;
    private final Executor uiThread;
    private final Runnable onChange;
    private final ScheduledExecutorService timer;
    private final OwnChanges ownOnly;
    /** Saves ended since a read: the commitment's id and the number of its latest save (to tell a newer one). */
    private final java.util.Map<Long, Long> written = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong saves = new java.util.concurrent.atomic.AtomicLong();
    /** Saves under way: the commitment's id and how many of its saves have not ended. */
    private final java.util.Map<Long, Integer> underWay = new java.util.concurrent.ConcurrentHashMap<>();
    private String last;

    /** Tells whether the stamp moved from {@code since} to {@code now} only by this window's saves. */
    @FunctionalInterface
    public interface OwnChanges {
        boolean only(String since, String now, java.util.Set<Long> commitmentIds);
    }

    /**
     * @param stamp    reads the change stamp (off the UI thread)
     * @param uiThread runs a task on the UI thread ({@code Platform::runLater})
     */
    public LiveUpdates(Supplier<String> stamp, Executor uiThread, Runnable onChange) {
        this(stamp, (since, now, ids) -> false, uiThread, onChange);
    }

    /** @param ownOnly tells the window's own saves from others' changes (off the UI thread) */
    public LiveUpdates(Supplier<String> stamp, OwnChanges ownOnly, Executor uiThread, Runnable onChange) {
        this.stamp = stamp;
        this.ownOnly = ownOnly;
        this.uiThread = uiThread;
        this.onChange = onChange;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "live-updates");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts looking every {@code interval}; the first read only notes where the workspace stands. */
    public LiveUpdates start(Duration interval) {
        timer.scheduleWithFixedDelay(this::check, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** Reads the stamp once and tells of a change; the timer's thread calls it, tests may too. */
    void check() {
        // Under way: maybe committed already. They stay own until they end and a later read saw them.
        // Copied first: a save that ends meanwhile is then in the written (wrote fills that one first).
        java.util.Set<Long> own = new java.util.HashSet<>(underWay.keySet());
        // Saved before the stamp is read: their history is in it. Saves told of later wait for the next read.
        java.util.Map<Long, Long> ended = java.util.Map.copyOf(written);
        own.addAll(ended.keySet());
        String now;
        try {
            now = stamp.get();
        } catch (RuntimeException unreachable) {
            return;
        }
        // A save of the same commitment that ended since the copy stays for the next read.
        ended.forEach((id, save) -> written.remove(id, save));
        boolean moved = last != null && !last.equals(now);
        String since = last;
        last = now;
        if (moved && (own.isEmpty() || !movedOnlyBy(since, now, own))) {
            uiThread.execute(onChange);
        }
    }

    private boolean movedOnlyBy(String since, String now, java.util.Set<Long> own) {
        try {
            return ownOnly.only(since, now, own);
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    /**
     * The window is about to save a change to commitment {@code id}: call before it is written
     * (any thread), and {@link #wrote} once the save ended, stored or not.
     */
    public void saving(long commitmentId) {
        underWay.merge(commitmentId, 1, Integer::sum);
    }

    /**
     * The window saved a change to commitment {@code id} and shows it already: call after the
     * save ended (any thread).
     */
    public void wrote(long commitmentId) {
        // Into the written first: a read between the two lines still counts it.
        written.put(commitmentId, saves.incrementAndGet());
        underWay.computeIfPresent(commitmentId, (id, saves) -> saves > 1 ? saves - 1 : null);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
