package org.commitmentstracker.ui.report;

import javafx.beans.property.StringProperty;

/**
 * What a report dialog remembers from last time arrives a moment after the dialog opens (read off the UI
 * thread). It goes only into fields still empty: whatever the officer typed in that moment stays.
 */
final class RememberedFields {
    private RememberedFields() {
    }

    static void offer(StringProperty field, String remembered) {
        if (field.get() == null || field.get().isEmpty()) {
            field.set(remembered);
        }
    }
}
