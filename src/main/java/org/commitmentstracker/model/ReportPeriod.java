package org.commitmentstracker.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a progress report covers: a quarter such as "2025Q3" or any date range, both
 * ends included.
 */
public record ReportPeriod(LocalDate from, LocalDate to, String label) {
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})\\s*-?\\s*Q([1-4])", Pattern.CASE_INSENSITIVE);

    public ReportPeriod {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("the period starts (" + from + ") after it ends (" + to + ")");
        }
    }

    /** "2025Q3" (also "2025-Q3", "2025 q3"): July to September 2025. */
    public static ReportPeriod quarter(String text) {
        Matcher m = QUARTER.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not a quarter: write it as 2025Q3");
        }
        return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public static ReportPeriod quarter(int year, int quarter) {
        LocalDate from = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new ReportPeriod(from, from.plusMonths(3).minusDays(1), year + "Q" + quarter);
    }

    /** The quarter a day falls in. */
    public static ReportPeriod quarterOf(LocalDate day) {
        return quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /** Any range of days, both ends included, from ISO dates. */
    public static ReportPeriod range(String from, String to) {
        try {
            return range(LocalDate.parse(from.strip()), LocalDate.parse(to.strip()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + e.getParsedString() + "\" is not a date: write it as 2025-07-01");
        }
    }

    public static ReportPeriod range(LocalDate from, LocalDate to) {
        return new ReportPeriod(from, to, from + " – " + to);
    }

    /** The calendar quarter after the one this period ends in: what "due next quarter" means. */
    public ReportPeriod nextQuarter() {
        return quarterOf(quarterOf(to).to().plusDays(1));
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    /** The label as a file name part: "2025Q3", "2025-07-01_2025-08-15". */
    public String fileLabel() {
        return label.replace(" – ", "_").toUpperCase(Locale.ROOT);
    }
}
