package org.commitmentstracker.extract.deadline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;
import net.jqwik.api.Combinators;
import net.jqwik.time.api.Dates;

/**
 * Days written the ways statements write them ("5 May 2025", "May 5th, 2025", "ngày 5 tháng 5
 * năm 2025", "05/05/2025", "2025-05-05"...), each with the day it names; and days that do not
 * exist ("31/02/2025") written the same ways. Years are those the scanner reads: 1900 to 2199.
 */
public final class WrittenDates {
    /** A day as written, and the day it is (null for a day that does not exist). */
    public record Written(String text, LocalDate date) {
    }

    /** How a day is written, from its year, month and day of month. */
    @FunctionalInterface
    interface Format {
        String write(int year, int month, int day);
    }

    private static final String[] EN_MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] EN_SHORT = {"Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sept.",
        "Oct.", "Nov.", "Dec."};
    private static final String[] VI_MONTHS = {"Giêng", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười",
        "Mười Một", "Mười Hai"};

    private static final List<Format> FORMATS = List.of(
            (y, m, d) -> d + " " + EN_MONTHS[m - 1] + " " + y,
            (y, m, d) -> String.format("%02d %s %d", d, EN_MONTHS[m - 1], y),
            (y, m, d) -> d + ordinal(d) + " of " + EN_MONTHS[m - 1] + ", " + y,
            (y, m, d) -> EN_MONTHS[m - 1] + " " + d + ", " + y,
            (y, m, d) -> EN_MONTHS[m - 1].toUpperCase(java.util.Locale.ROOT) + " " + d + ", " + y,
            (y, m, d) -> EN_SHORT[m - 1] + " " + d + ordinal(d) + " " + y,
            (y, m, d) -> "ngày " + d + " tháng " + m + " năm " + y,
            (y, m, d) -> String.format("ngày %02d tháng %02d năm %d", d, m, y),
            (y, m, d) -> "ngày " + d + " tháng " + VI_MONTHS[m - 1] + " năm " + y,
            (y, m, d) -> String.format("%02d/%02d/%d", d, m, y),
            (y, m, d) -> d + "/" + m + "/" + y,
            (y, m, d) -> d + "-" + m + "-" + y,
            (y, m, d) -> d + "." + m + "." + y,
            (y, m, d) -> String.format("%d-%02d-%02d", y, m, d));

    /** For {@code @ForAll(supplier = WrittenDates.Real.class)}. */
    public static final class Real implements ArbitrarySupplier<Written> {
        @Override
        public Arbitrary<Written> get() {
            return real();
        }
    }

    /** For {@code @ForAll(supplier = WrittenDates.Impossible.class)}. */
    public static final class Impossible implements ArbitrarySupplier<Written> {
        @Override
        public Arbitrary<Written> get() {
            return impossible();
        }
    }

    private WrittenDates() {
    }

    /** A real day, written in any supported way. */
    public static Arbitrary<Written> real() {
        Arbitrary<LocalDate> days = Dates.dates().between(LocalDate.of(1900, 1, 1), LocalDate.of(2199, 12, 31));
        return Combinators.combine(days, Arbitraries.of(FORMATS)).as((day, format) ->
                new Written(format.write(day.getYear(), day.getMonthValue(), day.getDayOfMonth()), day));
    }

    /** A day past its month's end (30 February, 31 April, 29 February of a common year), written in any supported way. */
    public static Arbitrary<Written> impossible() {
        Arbitrary<YearMonth> months = Arbitraries.integers().between(1900, 2199)
                .flatMap(y -> Arbitraries.integers().between(1, 12).map(m -> YearMonth.of(y, m)))
                .filter(ym -> ym.lengthOfMonth() < 31);
        return Combinators.combine(months, Arbitraries.integers().between(1, 3), Arbitraries.of(FORMATS))
                .as((ym, past, format) -> new Written(format.write(ym.getYear(), ym.getMonthValue(),
                        Math.min(31, ym.lengthOfMonth() + past)), null));
    }

    private static String ordinal(int day) {
        if (day >= 11 && day <= 13) {
            return "th";
        }
        return switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
