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

    /**
     * Reading the table's rows parses a few dates and instants per commitment: the store's own shapes are read
     * digit by digit (java.time's parser costs several times more, most of a cold start's row load), anything
     * else by java.time.
     */
    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 2);
            int day = digits(text, 8, 2);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(text);
    }

    static String instant(Instant instant) {
        return instant == null ? null : INSTANT.format(instant);
    }

    static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        // "2025-10-01T08:00:00.000Z", as the store writes them
        if (text.length() == 24 && text.charAt(10) == 'T' && text.charAt(13) == ':' && text.charAt(16) == ':'
                && text.charAt(19) == '.' && text.charAt(23) == 'Z') {
            LocalDate day = date(text.substring(0, 10));
            int hour = digits(text, 11, 2);
            int minute = digits(text, 14, 2);
            int second = digits(text, 17, 2);
            int milli = digits(text, 20, 3);
            if (hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60 && milli >= 0) {
                return Instant.ofEpochSecond(day.toEpochDay() * 86_400L + hour * 3600L + minute * 60L + second,
                        milli * 1_000_000L);
            }
        }
        return Instant.parse(text);
    }

    /** The number in {@code length} ASCII digits from {@code start}; -1 when one is not a digit. */
    private static int digits(String text, int start, int length) {
        int value = 0;
        for (int i = start; i < start + length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
