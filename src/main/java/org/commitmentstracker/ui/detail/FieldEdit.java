package org.commitmentstracker.ui.detail;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.commitmentstracker.model.Commitment;

/**
 * One editable field of the detail pane: what the officer has set, what is stored, and the
 * editor's call that writes it (with its signed history entry).
 *
 * @param edited    what the officer has set, as it would be stored (blank text is null)
 * @param saved     the field's stored value in a commitment
 * @param writer    writes a value of the field
 * @param clearable whether an empty value is an edit (it is not for the status)
 */
record FieldEdit<T>(Supplier<T> edited, Function<Commitment, T> saved, Writer<T> writer, boolean clearable) {

    /** Writes one field of a commitment, signed by {@code author}, if it still holds {@code seen}. */
    @FunctionalInterface
    interface Writer<T> {
        void write(long commitmentId, T seen, T value, String author);
    }

    /**
     * The value written, a write of the field and the write that puts the stored value back
     * (Ctrl+Z), both by commitment id, and the value the undo writes.
     */
    record Change(Object value, LongConsumer write, LongConsumer undo, Object old) {
    }

    /** Writes {@code value} over {@code seen}, both values of this field (the officer keeps theirs after a clash). */
    @SuppressWarnings("unchecked")
    void writeOver(long commitmentId, Object seen, Object value, String author) {
        writer.write(commitmentId, (T) seen, (T) value, author);
    }

    /**
     * The change to make when the officer's value differs from {@code before} (what is stored,
     * or what a write already on its way will store); empty otherwise.
     */
    Optional<Change> changeFrom(Object before, String author) {
        T value = edited.get();
        if (value == null && !clearable) {
            return Optional.empty();
        }
        if (Objects.equals(value, before)) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        T old = (T) before;
        return Optional.of(new Change(value, id -> writer.write(id, old, value, author),
                id -> writer.write(id, value, old, author), old));
    }
}
