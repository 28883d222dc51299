package org.commitmentstracker.ui.bulk;

import org.commitmentstracker.service.BulkChanges;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.TaskRunner;
import org.commitmentstracker.ui.TaskStatus;

/**
 * Bulk edit of the commitments selected in the table: a status, an owner and/or a deadline
 * set on all of them at once, in one transaction, each change in each commitment's history.
 */
public final class BulkEditViewModel {
    // Properties
    private final ObservableList<Long> selection = FXCollections.observableArrayList();
    private final ObservableList<Agency> agencies = FXCollections.observableArrayList();
    private final ObservableList<Status> statusChoices = FXCollections.observableArrayList(Status.values());
    private final ObjectProperty<Status> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Agency> owner = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> deadline = new SimpleObjectProperty<>();
    /** One line says what was done or why not. */
    private final TaskStatus taskStatus = new TaskStatus();
    private final BooleanBinding active = Bindings.size(selection).greaterThan(1);

    private final BulkChanges changes;
    private final TaskRunner tasks;
    private final Messages messages;
    /** The officer's name as the settings have it now: it signs each change. */
    private final java.util.function.Supplier<String> author;
    /** Told of the commitments each bulk edit changed (the table re-reads just them when few). */
    private final java.util.function.Consumer<List<Long>> onSaved;

    public BulkEditViewModel(BulkChanges changes, TaskRunner tasks, Messages messages, String author, Runnable onSaved) {
        this(changes, tasks, messages, () -> author, onSaved);
    }

    /** @param author the officer's name at the time of each change */
    public BulkEditViewModel(BulkChanges changes, TaskRunner tasks, Messages messages,
                             java.util.function.Supplier<String> author, Runnable onSaved) {
        this(changes, tasks, messages, author, ids -> onSaved.run());
    }

    /** @param onSaved told of the ids of the commitments an edit changed */
    public BulkEditViewModel(BulkChanges changes, TaskRunner tasks, Messages messages,
                             java.util.function.Supplier<String> author,
                             java.util.function.Consumer<List<Long>> onSaved) {
        this.changes = changes;
        this.tasks = tasks;
        this.messages = messages;
        this.author = author;
        this.onSaved = onSaved;
        tasks.run(changes::agencies, agencies::setAll,
                failure -> taskStatus.showMessage(messages.format("bulk.agenciesFailed", messages.explain(failure))));
    }

    // Commands

    /** Sets what was chosen on every selected commitment; nothing when nothing was chosen. */
    public void apply() {
        List<Long> ids = List.copyOf(selection);
        Status newStatus = status.get();
        Long newOwner = owner.get() == null ? null : owner.get().id();
        LocalDate newDeadline = deadline.get();
        if (ids.isEmpty() || (newStatus == null && newOwner == null && newDeadline == null)) {
            taskStatus.showMessage(messages.get("bulk.nothingChosen"));
            return;
        }
        tasks.run(() -> {
            changes.apply(ids, newStatus, newOwner, newDeadline, author.get());
            return ids.size();
        }, count -> {
            taskStatus.showMessage(messages.format("bulk.done", count));
            status.set(null);
            owner.set(null);
            deadline.set(null);
            onSaved.accept(ids);
        }, failure -> taskStatus.showMessage(messages.format("bulk.failed", messages.explain(failure))));
    }

    // Accessors for the view

    /** The ids selected in the table (the view keeps it in step). */
    public ObservableList<Long> selection() {
        return selection;
    }

    /** True when more than one commitment is selected: then bulk edit is offered. */
    public BooleanBinding activeBinding() {
        return active;
    }

    public ObservableList<Agency> agencies() {
        return agencies;
    }

    public ObservableList<Status> statusChoices() {
        return statusChoices;
    }

    public ObjectProperty<Status> statusProperty() {
        return status;
    }

    public ObjectProperty<Agency> ownerProperty() {
        return owner;
    }

    public ObjectProperty<LocalDate> deadlineProperty() {
        return deadline;
    }

    public ReadOnlyStringProperty messageProperty() {
        return taskStatus.messageProperty();
    }

    public String selectionLabel() {
        return messages.format("bulk.selected", selection.size());
    }

    public String statusLabel(Status s) {
        return messages.status(s);
    }

    public String agencyLabel(Agency a) {
        return messages.agency(a);
    }
}
