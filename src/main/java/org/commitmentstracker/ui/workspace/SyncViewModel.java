package org.commitmentstracker.ui.workspace;

import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.commitmentstracker.service.OfflineCopy;
import org.commitmentstracker.service.SyncReport;
import java.util.stream.Collectors;
import org.commitmentstracker.model.HistoryField;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.TaskRunner;

/**
 * File &gt; Sync now, in an offline copy: the server's password asked, the sync run on a worker
 * with its progress, then what was sent and received and how many conflicts are left.
 */
public final class SyncViewModel {
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final OfflineCopy copy;
    private final Supplier<Optional<String>> password;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Executor uiThread;
    private final Consumer<SyncReport> afterSync;

    /**
     * @param password  asks the login's password (UI thread); empty when the officer cancels
     * @param uiThread  where progress is shown from the worker
     * @param afterSync what follows a sync (the table reloads, the conflicts show); UI thread
     */
    public SyncViewModel(OfflineCopy copy, Supplier<Optional<String>> password, TaskRunner tasks, Messages messages,
                         Executor uiThread, Consumer<SyncReport> afterSync) {
        this.copy = copy;
        this.password = password;
        this.tasks = tasks;
        this.messages = messages;
        this.uiThread = uiThread;
        this.afterSync = afterSync;
    }

    /** Asks the password, then syncs; nothing happens when the officer cancels or a sync is running. */
    public void syncNow() {
        if (busy.get()) {
            return;
        }
        Optional<String> typed = password.get();
        if (typed.isEmpty()) {
            return;
        }
        busy.set(true);
        error.set("");
        progress.set(-1);
        message.set(messages.get("sync.running"));
        tasks.run(() -> copy.sync(typed.get(), (done, total) -> uiThread.execute(() -> {
            progress.set(total <= 0 ? -1 : (double) done / total);
            if (total > 0) {
                // The notice that follows the sync shows how far it is.
                message.set(messages.format("sync.progress", done, total));
            }
        })), report -> {
                    busy.set(false);
                    progress.set(1);
                    message.set(told(report));
                    afterSync.accept(report);
                }, e -> {
                    busy.set(false);
                    progress.set(0);
                    message.set("");
                    error.set(messages.format("sync.failed", messages.explain(e)));
                });
    }

    /** What was sent, received and left; then each statement deleted on the server, or refused deletion there. */
    private String told(SyncReport report) {
        StringBuilder text = new StringBuilder(messages.format("sync.done", report.sent(), report.received(),
                report.conflicts().size()));
        for (SyncReport.DeletedOnServer d : report.deletedOnServer()) {
            text.append("\n\n").append(d.unsent().isEmpty()
                    ? messages.format("sync.deletedOnServer", d.deletedBy(), d.title())
                    : messages.format("sync.deletedOnServer.unsent", d.deletedBy(), d.title(), d.unsent().size(),
                            d.unsent().stream().map(this::unsent).collect(Collectors.joining("; ")), d.backup()));
        }
        for (String title : report.deletionsRefused()) {
            text.append("\n\n").append(messages.format("sync.deletionRefused", title));
        }
        return text.toString();
    }

    /** A change not sent, in words: its paragraph, the field's name and the value (a status as a word). */
    private String unsent(SyncReport.UnsentChange change) {
        String value = change.value();
        if (change.field() == HistoryField.STATUS && java.util.Arrays.stream(Status.values())
                .anyMatch(s -> s.name().equals(change.value()))) {
            value = messages.status(Status.valueOf(change.value()));
        }
        return messages.format("sync.unsent", change.ref(), messages.get("conflicts.field." + change.field().name()),
                value);
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** 0 to 1; -1 while the total is not known yet. */
    public DoubleProperty progressProperty() {
        return progress;
    }
}
