package org.commitmentstracker.ui.report;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import org.commitmentstracker.report.ReportCancelledException;
import org.commitmentstracker.report.ReportProgress;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.TaskRunner;
import org.commitmentstracker.ui.TaskStatus;

/** A report's progress shown in a dialog's {@link TaskStatus}, with its Stop button. */
final class StoppableProgress implements ReportProgress {
    private final TaskStatus status;
    private final Consumer<Runnable> onUiThread;
    private final AtomicBoolean stop = new AtomicBoolean();

    StoppableProgress(TaskStatus status, Consumer<Runnable> onUiThread) {
        this.status = status;
        this.onUiThread = onUiThread;
    }

    /**
     * Writes a report off the UI thread: busy with progress (and Stop) while it runs, then the file in
     * {@code written} and what it holds, or why there is none ("Stopped", or {@code failedKey} with the reason).
     */
    <S> void write(TaskRunner tasks, Messages messages, Path out, ObjectProperty<Path> written, Callable<S> work,
                   Function<S, Path> file, Function<S, String> result, String failedKey) {
        stop.set(false);
        written.set(null);
        status.start(messages.get("report.writing"));
        tasks.run(work, summary -> {
            written.set(file.apply(summary));
            status.succeed(result.apply(summary));
        }, e -> status.fail(e instanceof ReportCancelledException ? messages.get("report.stopped")
                : messages.format(failedKey, out.getFileName() + ": " + messages.explain(e))));
    }

    void stop() {
        stop.set(true);
    }

    /** A negative total is not known yet: the bar keeps moving without a figure; a total of 0 is all done. */
    @Override
    public void written(long done, long total) {
        onUiThread.accept(() -> status.progress(total < 0 ? -1 : total == 0 ? 1 : (double) done / total));
    }

    @Override
    public boolean cancelled() {
        return stop.get();
    }
}
