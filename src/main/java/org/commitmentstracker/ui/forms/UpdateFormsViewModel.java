package org.commitmentstracker.ui.forms;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.commitmentstracker.importing.UnreadableFormException;
import org.commitmentstracker.importing.UpdatePreview;
import org.commitmentstracker.service.UpdateFormExchange;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.TaskRunner;
import org.commitmentstracker.ui.TaskStatus;

/**
 * Update forms from the desktop: export one per owner into a folder; bring a returned one
 * back through a preview of every row, then apply the accepted rows.
 */
public final class UpdateFormsViewModel {
    private final UpdateFormExchange exchange;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Runnable onApplied;
    private final ObjectProperty<UpdatePreview> preview = new SimpleObjectProperty<>();
    private final ObservableList<UpdatePreview.RowOutcome> rows = FXCollections.observableArrayList();
    private final TaskStatus taskStatus = new TaskStatus();
    private final BooleanProperty applied = new SimpleBooleanProperty();

    /** @param onApplied called on the UI thread after changes were applied, so the window shows them */
    public UpdateFormsViewModel(UpdateFormExchange exchange, TaskRunner tasks, Messages messages, Runnable onApplied) {
        this.exchange = exchange;
        this.tasks = tasks;
        this.messages = messages;
        this.onApplied = onApplied;
    }

    /** Writes the forms into {@code folder}, in the window's language. */
    public void exportForms(Path folder) {
        start();
        tasks.run(() -> exchange.exportForms(folder, messages.language()), (List<Path> files) ->
                taskStatus.succeed(files.isEmpty() ? messages.get("forms.none")
                        : messages.format("forms.written", files.size(), folder)),
                e -> taskStatus.fail(messages.format("forms.failed", messages.explain(e))));
    }

    /** Reads a returned form and shows what it would change. */
    public void preview(Path file) {
        start();
        applied.set(false);
        tasks.run(() -> exchange.preview(file, messages.language()), result -> {
            preview.set(result);
            rows.setAll(result.rows());
            taskStatus.succeed(summary(result));
        }, e -> {
            preview.set(null);
            rows.clear();
            taskStatus.fail(e instanceof UnreadableFormException unreadable ? messages.explain(unreadable)
                    : messages.format("forms.failed", messages.explain(e)));
        });
    }

    /** Applies the accepted rows of the form previewed. */
    public void apply() {
        UpdatePreview shown = preview.get();
        if (shown == null || taskStatus.isBusy() || applied.get()) {
            return;
        }
        start();
        tasks.run(() -> exchange.apply(shown), count -> {
            applied.set(true);
            taskStatus.succeed(messages.format("forms.applied", count, signer(shown)));
            onApplied.run();
        }, e -> taskStatus.fail(messages.format("forms.applyFailed", messages.explain(e))));
    }

    private String summary(UpdatePreview p) {
        return messages.format("forms.preview", p.fileName(), signer(p), p.count(UpdatePreview.Outcome.APPLY),
                p.count(UpdatePreview.Outcome.UNCHANGED), p.count(UpdatePreview.Outcome.CONFLICT),
                p.count(UpdatePreview.Outcome.REJECTED), p.countWithWarnings());
    }

    /** Who signs the form's changes, in the window's language when the form names nobody and its owner signs. */
    private String signer(UpdatePreview p) {
        return p.signedByOwner() ? messages.format("forms.signedByOwner", p.ownerCode()) : p.author();
    }

    /** What a row would change, or why not, and the cells left out, in the window's language. */
    public String changes(UpdatePreview.RowOutcome row) {
        return String.join("; ", row.said().stream().map(messages::say).toList());
    }

    private void start() {
        taskStatus.start(messages.get("forms.working"));
    }

    public String outcomeLabel(UpdatePreview.Outcome outcome) {
        return messages.get("forms.outcome." + outcome.name());
    }

    /** Something to apply, not yet applied. */
    public boolean canApply() {
        return preview.get() != null && !applied.get() && preview.get().count(UpdatePreview.Outcome.APPLY) > 0;
    }

    public ObjectProperty<UpdatePreview> previewProperty() {
        return preview;
    }

    public ObservableList<UpdatePreview.RowOutcome> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return taskStatus.busyProperty();
    }

    public BooleanProperty appliedProperty() {
        return applied;
    }

    public ReadOnlyStringProperty messageProperty() {
        return taskStatus.messageProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return taskStatus.errorProperty();
    }
}
