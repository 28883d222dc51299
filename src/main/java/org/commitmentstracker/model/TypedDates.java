package org.commitmentstracker.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/**
 * A date as an officer types it: 31/12/2026, 31-12-2026, 31.12.2026, 1/2/2026 (day first, as
 * in Viet Nam) or 2026-12-31. Impossible dates such as 31/02/2025 are refused, not moved to March.
 */
public final class TypedDates {
    private static final List<DateTimeFormatter> FORMATS = List.of(
            strict("d/M/uuuu"), strict("d-M-uuuu"), strict("d.M.uuuu"), strict("uuuu-M-d"), strict("uuuu/M/d"));

    private TypedDates() {
    }

    /** The date written in {@code text}, or empty when it is no (possible) date. */
    public static Optional<LocalDate> parse(String text) {
        String value = text.strip();
        for (DateTimeFormatter format : FORMATS) {
            try {
                return Optional.of(LocalDate.parse(value, format));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }
}
