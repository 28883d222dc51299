package org.commitmentstracker.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javafx.util.StringConverter;

/**
 * Dates as officers write them (dd/MM/yyyy in both languages), for date pickers. Typing
 * "31/12/2025" or "2025-12-31" both work; anything else leaves the field empty.
 */
public final class LocalDateConverter extends StringConverter<LocalDate> {
    private final DateTimeFormatter format;

    public LocalDateConverter(Messages messages) {
        this.format = DateTimeFormatter.ofPattern(messages.get("format.date"), messages.locale());
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
        try {
            return LocalDate.parse(text.strip(), format);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException notIso) {
                return null;
            }
        }
    }
}
