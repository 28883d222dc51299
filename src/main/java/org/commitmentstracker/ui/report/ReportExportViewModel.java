package org.commitmentstracker.ui.report;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.commitmentstracker.model.ReportPeriod;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.TaskRunner;
import org.commitmentstracker.ui.TaskStatus;

/**
 * What the workbook's and the Word report's ViewModels hold alike: the period, the report's language, the
 * status and progress of the writing with Stop, and the file written. Each says what it writes.
 */
abstract class ReportExportViewModel implements ExportTask {
    protected final TaskRunner tasks;
    protected final Messages messages;
    protected final Clock clock;
    protected final TaskStatus taskStatus = new TaskStatus();
    protected final StoppableProgress progress;
    protected final ObjectProperty<Path> written = new SimpleObjectProperty<>();
    private final PeriodChoice periods;
    private final StringProperty language = new SimpleStringProperty();
    private final BooleanBinding canExport;

    /** @param onUiThread runs progress updates on the UI thread (Platform::runLater; tests run them at once) */
    ReportExportViewModel(TaskRunner tasks, Messages messages, Clock clock, Consumer<Runnable> onUiThread) {
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
        this.periods = new PeriodChoice(clock, messages);
        this.progress = new StoppableProgress(taskStatus, onUiThread);
        language.set(messages.language());
        canExport = periods.canExport(taskStatus.busyProperty());
    }

    /** The period to write, or null (and the officer told) when the range is incomplete or a report is being written. */
    protected ReportPeriod periodToWrite() {
        ReportPeriod period = period();
        if (period == null || taskStatus.isBusy()) {
            taskStatus.showError(messages.get("report.badPeriod"));
            return null;
        }
        return period;
    }

    @Override
    public PeriodChoice periods() {
        return periods;
    }

    @Override
    public TaskStatus status() {
        return taskStatus;
    }

    /** Stops the report being written; no file is left. */
    @Override
    public void stop() {
        progress.stop();
    }

    public String languageLabel(String tag) {
        return messages.languageName(tag);
    }

    public StringProperty languageProperty() {
        return language;
    }

    /** The file just written, or null. */
    @Override
    public ObjectProperty<Path> writtenProperty() {
        return written;
    }

    @Override
    public BooleanBinding canExportBinding() {
        return canExport;
    }
}
