package org.commitmentstracker.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The desktop app's {@link TaskRunner}: one background thread, so reads and writes of the store
 * happen in the order they were asked for, and results delivered with Platform.runLater.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private final ExecutorService executor;

    public FxTaskRunner() {
        this("store-worker");
    }

    /** @param name its thread's name, numbered */
    public FxTaskRunner(String name) {
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (executor.isShutdown()) {
            // The window has closed (its writes were finished first): a result arriving after it,
            // such as a reload asked by a save's success, has no store and no screen left to serve.
            return;
        }
        executor.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    /** Lets queued writes finish (for a few seconds at most) before the app exits. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
