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
 */
public final class LiveUpdates implements AutoCloseable {
    /** How often the window looks for changes saved elsewhere. */
    public static final Duration EVERY = Duration.ofSeconds(3);

    private final Supplier<String> stamp;
    private final Executor uiThread;
    private final Runnable onChange;
    private final ScheduledExecutorService timer;
    private String last;

    /**
     * @param stamp    reads the change stamp (off the UI thread)
     * @param uiThread runs a task on the UI thread ({@code Platform::runLater})
     */
    public LiveUpdates(Supplier<String> stamp, Executor uiThread, Runnable onChange) {
        this.stamp = stamp;
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
        String now;
        try {
            now = stamp.get();
        } catch (RuntimeException unreachable) {
            return;
        }
        boolean moved = last != null && !last.equals(now);
        last = now;
        if (moved) {
            uiThread.execute(onChange);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
