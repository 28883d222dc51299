package org.commitmentstracker.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Holds the work until {@link #finish} (the worker thread), to see what shows meanwhile. */
public final class HeldTasks implements TaskRunner {
    private Runnable pending;

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        pending = () -> TaskRunner.sameThread().run(work, onSuccess, onFailure);
    }

    /** Runs the work held, and what follows it. */
    public void finish() {
        Runnable run = pending;
        pending = null;
        run.run();
    }
}
