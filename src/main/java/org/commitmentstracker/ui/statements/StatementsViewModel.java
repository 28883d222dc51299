package org.commitmentstracker.ui.statements;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.commitmentstracker.model.Statement;
import org.commitmentstracker.model.StatementDeletion;
import org.commitmentstracker.model.StatementUnit;
import org.commitmentstracker.service.StatementDeletions;
import org.commitmentstracker.ui.Dialogs;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.TaskRunner;
import org.commitmentstracker.ui.TaskStatus;

/**
 * The statements screen: every statement with its progress, and the units of the one opened;
 * deleting a statement after a confirmation, and the offer to remove the sample once a statement
 * of the officer's own is in.
 */
public final class StatementsViewModel {
    // Properties
    private final ObservableList<StatementRow> statements = FXCollections.observableArrayList();
    private final ObservableList<UnitRow> units = FXCollections.observableArrayList();
    private final StringProperty opened = new SimpleStringProperty("");
    /** The sample removal offer's question while it stands, else empty. */
    private final ReadOnlyStringWrapper sampleOffer = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper openedSample = new ReadOnlyBooleanWrapper(false);
    /** What deleting is doing or did, and what went wrong last, if anything. */
    private final TaskStatus taskStatus = new TaskStatus();

    private final Supplier<List<Statement>> allStatements;
    private final Supplier<Set<Long>> sampleIds;
    private final Supplier<Map<Long, int[]>> progress;
    private final Function<Long, List<StatementUnit>> unitsOf;
    private final StatementDeletions deletions;
    private final Dialogs dialogs;
    private final String author;
    private final Runnable afterDelete;
    private final TaskRunner tasks;
    private final Messages messages;
    private final DateTimeFormatter dateFormat;

    /**
     * @param dialogs     asks before a deletion
     * @param author      signs deletions in the log
     * @param afterDelete shows what a deletion took away elsewhere (the table, the dashboard)
     */
    public StatementsViewModel(Supplier<List<Statement>> allStatements, Supplier<Set<Long>> sampleIds,
                               Supplier<Map<Long, int[]>> progress, Function<Long, List<StatementUnit>> unitsOf,
                               StatementDeletions deletions, Dialogs dialogs, String author, Runnable afterDelete,
                               TaskRunner tasks, Messages messages) {
        this.allStatements = allStatements;
        this.sampleIds = sampleIds;
        this.progress = progress;
        this.unitsOf = unitsOf;
        this.deletions = deletions;
        this.dialogs = dialogs;
        this.author = author;
        this.afterDelete = afterDelete;
        this.tasks = tasks;
        this.messages = messages;
        this.dateFormat = DateTimeFormatter.ofPattern(messages.get("format.date"), messages.locale());
    }

    // Commands

    public void refresh() {
        tasks.run(() -> rows(allStatements.get(), sampleIds.get(), progress.get()), statements::setAll,
                failure -> taskStatus.showError(messages.format("statements.loadFailed", messages.explain(failure))));
    }

    /** Shows the units of a statement of the list. */
    public void open(StatementRow row) {
        if (row == null) {
            units.clear();
            opened.set("");
            openedSample.set(false);
            return;
        }
        tasks.run(() -> unitsOf.apply(row.id()), list -> {
            units.setAll(list.stream().map(u -> new UnitRow(u.ref(), u.kind(),
                    messages.kind(u.kind()), u.text(), u.cue() == null ? "" : u.cue())).toList());
            opened.set(row.title());
            openedSample.set(row.sample());
        }, failure -> taskStatus.showError(messages.format("statements.loadFailed", messages.explain(failure))));
    }

    /**
     * Deletes a statement once the officer has confirmed, told how many commitments and history
     * entries go with it; a backup is made first. Nothing happens while a deletion runs.
     */
    public void delete(StatementRow row) {
        if (row == null || taskStatus.isBusy()) {
            return;
        }
        taskStatus.clearError();
        tasks.run(() -> deletions.extent(row.id()), extent -> {
            if (extent.isEmpty()) {
                taskStatus.showError(messages.get("statements.delete.gone"));
                refresh();
            } else if (dialogs.confirm(messages.get("statements.delete.title"),
                    messages.get("statements.delete.header"), question(extent.get()),
                    messages.get("statements.delete.yes"), messages.get("statements.delete.no"))) {
                taskStatus.start(messages.format("statements.delete.working", extent.get().title()));
                tasks.run(() -> deletions.delete(row.id(), author), this::deleted, this::notDeleted);
            }
        }, this::notDeleted);
    }

    /** The confirmation's text: what goes with the statement. */
    String question(StatementDeletion.Extent extent) {
        return messages.format("statements.delete.question", extent.title(), extent.commitments(),
                extent.historyEntries());
    }

    private void deleted(StatementDeletion deletion) {
        taskStatus.succeed(messages.format("statements.deleted", deletion.title(), deletion.commitments(),
                deletion.historyEntries(), deletion.backup() == null ? "" : Path.of(deletion.backup()).getFileName()));
        afterDeletion();
    }

    private void afterDeletion() {
        open(null);
        refresh();
        afterDelete.run();
    }

    private void notDeleted(Throwable failure) {
        taskStatus.fail(messages.format("statements.delete.failed", messages.explain(failure)));
    }

    /**
     * After an import: when a statement of the officer's own is in and the sample is still
     * there (and was not kept before), the offer to remove the sample stands.
     */
    public void checkSampleOffer() {
        tasks.run(() -> {
            if (!deletions.sampleRemovalDue()) {
                return "";
            }
            Set<Long> sample = sampleIds.get();
            List<String> partners = allStatements.get().stream().filter(s -> sample.contains(s.id()))
                    .flatMap(s -> s.partners().stream()).distinct().map(messages::partner).toList();
            return messages.format("sample.offer", String.join(", ", partners));
        }, sampleOffer::set, failure -> sampleOffer.set(""));
    }

    /** Yes to the offer: the sample's statements are deleted (a backup first), as one deletion. */
    public void removeSample() {
        if (taskStatus.isBusy()) {
            return;
        }
        sampleOffer.set("");
        taskStatus.start(messages.get("sample.removing"));
        tasks.run(() -> deletions.removeSample(author), removed -> {
            taskStatus.succeed(messages.format("sample.removed", removed.size()));
            afterDeletion();
        }, this::notDeleted);
    }

    /** No to the offer: the sample stays and the offer is not made again in this workspace. */
    public void keepSample() {
        sampleOffer.set("");
        tasks.run(() -> {
            deletions.keepSample();
            return null;
        }, done -> { }, failure -> taskStatus.showError(messages.explain(failure)));
    }

    private List<StatementRow> rows(List<Statement> list, Set<Long> sample, Map<Long, int[]> counts) {
        return list.stream().map(s -> {
            int[] c = counts.getOrDefault(s.id(), new int[2]);
            return new StatementRow(s.id(), s.title(),
                    messages.partners(s.partners()),
                    s.date() == null ? "" : dateFormat.format(s.date()), c[0], c[1],
                    messages.format("statements.progress", c[0], c[1]), sample.contains(s.id()));
        }).toList();
    }

    // Accessors for the view

    public ObservableList<StatementRow> statements() {
        return statements;
    }

    public ObservableList<UnitRow> units() {
        return units;
    }

    public ReadOnlyStringProperty openedProperty() {
        return opened;
    }

    /** Whether the statement opened is one of the sample's. */
    public ReadOnlyBooleanProperty openedSampleProperty() {
        return openedSample.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sampleOfferProperty() {
        return sampleOffer.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return taskStatus.busyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return taskStatus.messageProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return taskStatus.errorProperty();
    }
}
