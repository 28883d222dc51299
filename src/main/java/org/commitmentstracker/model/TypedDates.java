package org.commitmentstracker.model;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as an officer types it: 31/12/2026, 31-12-2026, 31.12.2026, 1/2/2026 or 1/2/26 (day
 * first, as in Viet Nam), 2026-12-31, or a quarter ("quý III/2026", "Quý 3/2026", "Q3 2026"),
 * which means its last day. Impossible dates such as 31/02/2025 are refused, not moved to
 * the end of February or to March.
 */
public final class TypedDates {
    private static final List<DateTimeFormatter> FORMATS = List.of(
            strict("d/M/uuuu"), strict("d-M-uuuu"), strict("d.M.uuuu"), strict("uuuu-M-d"), strict("uuuu/M/d"),
            strict("d/M/uu"), strict("d-M-uu"), strict("d.M.uu"));
    /** "quý III/2026", "Quý 3 năm 2026", "Q3 2026", "Q3/2026", "2026 Q3". */
    private static final Pattern QUARTER = Pattern.compile(
            "(?:(?:quý|q)\\s*(iv|i{1,3}|[1-4])\\s*(?:/|-|\\s|năm)\\s*(?:năm\\s*)?(\\d{4})"
                    + "|(\\d{4})\\s*[-/ ]?\\s*q([1-4]))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private TypedDates() {
    }

    /** The date written in {@code text}, or empty when it is no (possible) date. */
    public static Optional<LocalDate> parse(String text) {
        String value = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        for (DateTimeFormatter format : FORMATS) {
            try {
                return Optional.of(LocalDate.parse(value, format));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return quarterEnd(value);
    }

    /** The last day of the quarter written in {@code value}, if it is one. */
    private static Optional<LocalDate> quarterEnd(String value) {
        Matcher m = QUARTER.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        int quarter = m.group(1) != null ? quarterNumber(m.group(1)) : Integer.parseInt(m.group(4));
        int year = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3));
        return Optional.of(YearMonth.of(year, quarter * 3).atEndOfMonth());
    }

    private static int quarterNumber(String written) {
        return switch (written.toUpperCase(Locale.ROOT)) {
            case "I" -> 1;
            case "II" -> 2;
            case "III" -> 3;
            case "IV" -> 4;
            default -> Integer.parseInt(written);
        };
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }
}
