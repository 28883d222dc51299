package org.commitmentstracker.ui;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Shows choices (statuses, sectors, agencies) by their label; they are picked from a list, never typed. */
public final class LabelConverter<T> extends StringConverter<T> {
    private final Function<T, String> label;

    public LabelConverter(Function<T, String> label) {
        this.label = label;
    }

    @Override
    public String toString(T item) {
        return item == null ? "" : label.apply(item);
    }

    @Override
    public T fromString(String text) {
        throw new UnsupportedOperationException("choices are picked, not typed");
    }
}
