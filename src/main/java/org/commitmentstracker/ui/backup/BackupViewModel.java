package org.commitmentstracker.ui.backup;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.commitmentstracker.service.BackupActions;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.TaskRunner;
import org.commitmentstracker.ui.TaskStatus;

/**
 * "Back up now" and "Restore…": backups are made off the UI thread and said in the status
 * bar; a restore checks the file first, then asks the app to put it in place and reopen.
 */
public final class BackupViewModel {
    private final BackupActions actions;
    private final Consumer<Path> restore;
    private final TaskRunner tasks;
    private final Messages messages;
    private final DateTimeFormatter when;
    private final ObservableList<BackupActions.Choice> backups = FXCollections.observableArrayList();
    private final ObjectProperty<BackupActions.Choice> chosen = new SimpleObjectProperty<>();
    /** Its message tells what the last backup did, and stays when a later one fails. */
    private final TaskStatus taskStatus = new TaskStatus();
    private final BooleanProperty restored = new SimpleBooleanProperty();

    /** @param restore puts a checked backup in place of the store and reopens the window on it (UI thread) */
    public BackupViewModel(BackupActions actions, Consumer<Path> restore, TaskRunner tasks, Messages messages) {
        this.restore = restore;
        this.actions = actions;
        this.tasks = tasks;
        this.messages = messages;
        this.when = DateTimeFormatter.ofPattern(messages.get("format.dateTime"), messages.locale());
    }

    /** Makes a backup now. */
    public void backUpNow() {
        taskStatus.start();
        tasks.run(actions::backUpNow, file -> taskStatus.succeed(messages.format("backup.done", file.getFileName(),
                file.getParent())), e -> failed(messages.format("backup.failed", messages.explain(e))));
    }

    /** Lists the backups for the restore screen. */
    public void loadBackups() {
        tasks.run(actions::backups, list -> {
            backups.setAll(list);
            if (!list.isEmpty()) {
                chosen.set(list.get(0));
            }
        }, e -> taskStatus.showError(messages.format("backup.listFailed", messages.explain(e))));
    }

    /** Checks the backup file; when it is good, puts it in place and reopens. */
    public void restore(Path file) {
        taskStatus.start();
        tasks.run(() -> actions.problems(file), problems -> {
            if (problems.isEmpty()) {
                taskStatus.finish();
                restored.set(true);
                restore.accept(file);
            } else {
                failed(messages.format("backup.bad", file.getFileName(), String.join("; ", problems)));
            }
        }, e -> failed(messages.format("backup.bad", file.getFileName(), messages.explain(e))));
    }

    /** The work is over and {@code why} tells what went wrong; the last backup's message stays. */
    private void failed(String why) {
        taskStatus.finish();
        taskStatus.showError(why);
    }

    /** "25/11/2026 15:03" for a backup. */
    public String label(BackupActions.Choice choice) {
        return choice == null ? "" : when.format(choice.madeAt());
    }

    /** The warning shown before a restore: what would be lost. */
    public String warning(BackupActions.Choice choice) {
        return choice == null ? "" : messages.format("backup.warning", label(choice));
    }

    public ObservableList<BackupActions.Choice> backups() {
        return backups;
    }

    public ObjectProperty<BackupActions.Choice> chosenProperty() {
        return chosen;
    }

    public ReadOnlyStringProperty messageProperty() {
        return taskStatus.messageProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return taskStatus.errorProperty();
    }

    /** True once a backup was handed over to be put in place: the restore screen closes. */
    public BooleanProperty restoredProperty() {
        return restored;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return taskStatus.busyProperty();
    }
}
