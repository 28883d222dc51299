package org.commitmentstracker.ui.settings;

import org.commitmentstracker.service.SettingsStore;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.TaskRunner;
import org.commitmentstracker.ui.TaskStatus;

/**
 * The Settings screen: language, the officer's name, the data folder (from the next start) and
 * the backup folder. Saved off the UI thread; a failure is shown and nothing is half-changed.
 */
public final class SettingsViewModel {
    private final SettingsStore store;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Path openFolder;
    private final Consumer<SettingsStore.Settings> onSaved;
    private final StringProperty language = new SimpleStringProperty();
    private final StringProperty author = new SimpleStringProperty("");
    private final ObjectProperty<Path> dataFolder = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> backupFolder = new SimpleObjectProperty<>();
    /** Busy while the settings are being saved. */
    private final TaskStatus taskStatus = new TaskStatus();
    private final BooleanProperty saved = new SimpleBooleanProperty();
    private final BooleanBinding valid;

    /**
     * @param openFolder the data folder open now
     * @param onSaved    told what was saved, on the UI thread, so the window can follow
     */
    public SettingsViewModel(SettingsStore store, TaskRunner tasks, Messages messages, Path openFolder,
                             Consumer<SettingsStore.Settings> onSaved) {
        this.store = store;
        this.tasks = tasks;
        this.messages = messages;
        this.openFolder = openFolder;
        this.onSaved = onSaved;
        this.valid = Bindings.createBooleanBinding(() -> author.get() != null && !author.get().isBlank()
                && language.get() != null && dataFolder.get() != null && backupFolder.get() != null
                && !taskStatus.isBusy(),
                author, language, dataFolder, backupFolder, taskStatus.busyProperty());
    }

    /** Reads what is set now; off the UI thread. */
    public void load() {
        tasks.run(store::current, settings -> {
            language.set(settings.language());
            author.set(settings.author());
            dataFolder.set(settings.dataFolder());
            backupFolder.set(settings.backupFolder());
        }, e -> taskStatus.showError(messages.format("settings.failed.read", messages.explain(e))));
    }

    /** Saves the choices, then calls back. */
    public void save() {
        if (!valid.get()) {
            taskStatus.showError(messages.get("settings.nameRequired"));
            return;
        }
        SettingsStore.Settings chosen = new SettingsStore.Settings(language.get(), author.get().strip(),
                dataFolder.get(), backupFolder.get());
        taskStatus.start();
        tasks.run(() -> {
            store.save(chosen);
            return chosen;
        }, saved -> {
            taskStatus.finish();
            onSaved.accept(saved);
            this.saved.set(true);
        }, e -> taskStatus.fail(messages.format("settings.failed.save", messages.explain(e))));
    }

    public List<String> languages() {
        return Messages.LANGUAGES;
    }

    public String languageLabel(String tag) {
        return messages.languageName(tag);
    }

    /** "Opens at the next start" when another data folder was chosen. */
    public String dataFolderNote() {
        Path chosen = dataFolder.get();
        return chosen == null || chosen.toAbsolutePath().normalize().equals(openFolder.toAbsolutePath().normalize())
                ? messages.get("settings.dataFolder.now") : messages.format("settings.dataFolder.next", openFolder);
    }

    public StringProperty languageProperty() {
        return language;
    }

    public StringProperty authorProperty() {
        return author;
    }

    public ObjectProperty<Path> dataFolderProperty() {
        return dataFolder;
    }

    public ObjectProperty<Path> backupFolderProperty() {
        return backupFolder;
    }

    public ReadOnlyStringProperty errorProperty() {
        return taskStatus.errorProperty();
    }

    /** True once the choices are kept: the screen can close. */
    public BooleanProperty savedProperty() {
        return saved;
    }

    public BooleanBinding validBinding() {
        return valid;
    }
}
