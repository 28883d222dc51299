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

    /** Writes one field of a commitment, signed by {@code author}. */
    @FunctionalInterface
    interface Writer<T> {
        void write(long commitmentId, T value, String author);
    }

    /** A write of the field and the write that puts the stored value back (Ctrl+Z), both by commitment id. */
    record Change(LongConsumer write, LongConsumer undo) {
    }

    /** The change to make when the officer's value differs from {@code loaded}'s; empty otherwise. */
    Optional<Change> changeFrom(Commitment loaded, String author) {
        T value = edited.get();
        if (value == null && !clearable) {
            return Optional.empty();
        }
        T before = saved.apply(loaded);
        if (Objects.equals(value, before)) {
            return Optional.empty();
        }
        return Optional.of(new Change(id -> writer.write(id, value, author), id -> writer.write(id, before, author)));
    }
}
