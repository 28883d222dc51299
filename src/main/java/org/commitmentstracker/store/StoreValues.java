package org.commitmentstracker.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * How values are written as text in the store: ISO-8601 dates and UTC instants. Instants are
 * always written to the millisecond with three digits ("2025-10-01T08:00:00.000Z"), so that
 * comparing and sorting them as text, in SQL, orders them in time.
 */
final class StoreValues {
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private StoreValues() {
    }

    static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text);
    }

    static String instant(Instant instant) {
        return instant == null ? null : INSTANT.format(instant);
    }

    static Instant instant(String text) {
        return text == null || text.isBlank() ? null : Instant.parse(text);
    }
}
