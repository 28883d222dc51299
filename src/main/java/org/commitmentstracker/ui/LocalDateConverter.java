package org.commitmentstracker.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import javafx.util.StringConverter;
import org.commitmentstracker.model.TypedDates;

/**
 * Dates as officers write them (dd/MM/yyyy in both languages), for date pickers. What
 * {@link TypedDates} reads is accepted ("31/12/2025", "31/12/25", "2025-12-31", "Q3 2026",
 * "quý III/2026"); an empty field is no date. Anything else, such as "31/02/2026" or "abc", is
 * refused with a {@link DateTimeParseException}: a date picker then keeps the date it had,
 * instead of clearing it or moving it to another day.
 */
public final class LocalDateConverter extends StringConverter<LocalDate> {
    private final DateTimeFormatter format;
    private final Consumer<String> refused;

    public LocalDateConverter(Messages messages) {
        this(messages, text -> { });
    }

    /** @param refused told of each text refused, so the screen can say why beside the field */
    public LocalDateConverter(Messages messages, Consumer<String> refused) {
        this.format = DateTimeFormatter.ofPattern(messages.get("format.date"), messages.locale());
        this.refused = refused;
    }

    @Override
    public String toString(LocalDate date) {
        return date == null ? "" : format.format(date);
    }

    @Override
    public LocalDate fromString(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return TypedDates.parse(text).orElseThrow(() -> {
            refused.accept(text.strip());
            return new DateTimeParseException("Not a date: " + text.strip(), text, 0);
        });
    }
}
