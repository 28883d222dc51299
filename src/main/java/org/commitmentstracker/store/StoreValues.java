package org.commitmentstracker.store;

import java.time.Instant;
import java.time.LocalDate;

/** How values are written as text in the store: ISO-8601 dates and UTC instants. */
final class StoreValues {
    private StoreValues() {
    }

    static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text);
    }

    static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    static Instant instant(String text) {
        return text == null || text.isBlank() ? null : Instant.parse(text);
    }
}
