package org.commitmentstracker.ui.importing;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.Property;

/**
 * The bindings between a region's fields and the item selected now, undone together when the
 * selection moves, so that a field never writes into an item no longer shown.
 */
final class SelectionBindings {
    private final List<Runnable> undo = new ArrayList<>();

    /** Binds a field both ways to the selected item's property. */
    <T> void bind(Property<T> field, Property<T> model) {
        field.bindBidirectional(model);
        undo.add(() -> field.unbindBidirectional(model));
    }

    /** Something else to undo with the bindings, such as a one-way binding. */
    void onUnbind(Runnable action) {
        undo.add(action);
    }

    void unbindAll() {
        undo.forEach(Runnable::run);
        undo.clear();
    }
}
