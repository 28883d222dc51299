package org.commitmentstracker.ui.backup;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.commitmentstracker.service.BackupActions;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.TaskRunner;

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
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
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
        busy.set(true);
        error.set("");
        tasks.run(actions::backUpNow, file -> {
            busy.set(false);
            message.set(messages.format("backup.done", file.getFileName(), file.getParent()));
        }, e -> {
            busy.set(false);
            error.set(messages.format("backup.failed", e.getMessage()));
        });
    }

    /** Lists the backups for the restore screen. */
    public void loadBackups() {
        tasks.run(actions::backups, list -> {
            backups.setAll(list);
            if (!list.isEmpty()) {
                chosen.set(list.get(0));
            }
        }, e -> error.set(messages.format("backup.listFailed", e.getMessage())));
    }

    /** Checks the backup file; when it is good, puts it in place and reopens. */
    public void restore(Path file) {
        busy.set(true);
        error.set("");
        tasks.run(() -> actions.problems(file), problems -> {
            busy.set(false);
            if (problems.isEmpty()) {
                restored.set(true);
                restore.accept(file);
            } else {
                error.set(messages.format("backup.bad", file.getFileName(), String.join("; ", problems)));
            }
        }, e -> {
            busy.set(false);
            error.set(messages.format("backup.bad", file.getFileName(), e.getMessage()));
        });
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

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty errorProperty() {
        return error;
    }

    /** True once a backup was handed over to be put in place: the restore screen closes. */
    public BooleanProperty restoredProperty() {
        return restored;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
