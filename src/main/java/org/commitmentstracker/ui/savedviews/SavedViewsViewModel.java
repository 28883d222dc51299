package org.commitmentstracker.ui.savedviews;

import org.commitmentstracker.service.SavedViewStore;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.commitmentstracker.model.SavedView;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.TaskRunner;
import org.commitmentstracker.ui.TaskStatus;

/** Named sets of filters: save the table's current filters under a name, and bring them back. */
public final class SavedViewsViewModel {
    private final ObservableList<SavedView> views = FXCollections.observableArrayList();
    /** One line says what was done or why not. */
    private final TaskStatus taskStatus = new TaskStatus();

    private final FilteredTable table;
    private final SavedViewStore store;
    private final TaskRunner tasks;
    private final Messages messages;

    public SavedViewsViewModel(FilteredTable table, SavedViewStore store, TaskRunner tasks, Messages messages) {
        this.table = table;
        this.store = store;
        this.tasks = tasks;
        this.messages = messages;
    }

    // Commands

    public void refresh() {
        tasks.run(store::findAll, views::setAll, this::fail);
    }

    /** Saves the table's filters and search text under {@code name} (replacing a view of that name). */
    public void saveCurrent(String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        SavedView view = new SavedView(name.strip(), table.currentFilter(), table.searchTextProperty().get());
        tasks.run(() -> {
            store.save(view);
            return store.findAll();
        }, all -> {
            views.setAll(all);
            taskStatus.showMessage(messages.format("views.saved", view.name()));
        }, this::fail);
    }

    /** Sets the table's filters to the view's. */
    public void open(SavedView view) {
        if (view != null) {
            table.applyFilter(view.filter(), view.searchText());
        }
    }

    public void delete(SavedView view) {
        if (view == null) {
            return;
        }
        tasks.run(() -> {
            store.delete(view.name());
            return store.findAll();
        }, views::setAll, this::fail);
    }

    private void fail(Throwable failure) {
        taskStatus.showMessage(messages.format("views.failed", messages.explain(failure)));
    }

    // Accessors for the view

    public ObservableList<SavedView> views() {
        return views;
    }

    public ReadOnlyStringProperty messageProperty() {
        return taskStatus.messageProperty();
    }
}
