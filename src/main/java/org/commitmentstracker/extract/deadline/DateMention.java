package org.commitmentstracker.extract.deadline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date or period named in a text, kept as the last day of what it names ("quý III/2025" is
 * 30 September 2025, "May 5-7, 2025" is 7 May 2025). Offsets are into
 * {@link DateScanner#normalize(String)} of the scanned text.
 *
 * @param start     where the cue begins, a leading preposition included ("by", "trước ngày")
 * @param coreStart where the date itself begins, after that preposition
 * @param end       where the cue ends (exclusive)
 * @param cue       the words of the text, exactly
 * @param year      null when the text gives no year ("ngày 30/9-1/10")
 * @param day       null for the last day of the month
 */
public record DateMention(int start, int coreStart, int end, String cue, Precision precision,
                          Integer year, int month, Integer day) {

    /** How much the text said; NONE marks a span read and rejected (a vague or impossible date). */
    public enum Precision { DAY, MONTH, QUARTER, HALF, YEAR, PERIOD, NONE }

    /** The date, or null when the text gives no year. */
    public LocalDate date() {
        return year == null ? null : dateIn(year);
    }

    /** The date in a given year (for a mention without one); null if that day does not exist then. */
    public LocalDate dateIn(int inYear) {
        try {
            return day == null ? YearMonth.of(inYear, month).atEndOfMonth() : LocalDate.of(inYear, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The preposition before the date, lower case and trimmed ("by the", "trước ngày"), or "". */
    public String lead(String text) {
        return text.substring(start, coreStart).strip().toLowerCase(java.util.Locale.ROOT);
    }

    boolean rejected() {
        return precision == Precision.NONE;
    }
}
