package org.commitmentstracker.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.commitmentstracker.model.Explanation;
import org.commitmentstracker.model.TypedDates;

/**
 * Dates in an update form: a date Excel keeps as a date, or one typed as {@link TypedDates} reads it.
 */
final class FormDates {
    /** Written as a date, whether or not that day exists. */
    private static final Pattern DATE_SHAPED = Pattern.compile(
            "\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}|\\d{4}[/-]\\d{1,2}[/-]\\d{1,2}");
    /** A quarter as the form's hint shows it (Q3/2026) or as written in Vietnamese (quý III/2026, Quý 3 năm 2026). */
    private static final Pattern QUARTER = Pattern.compile(
            "(?:q|quý)\\s*([1-4]|iv|iii|ii|i)\\s*(?:[/ -]|\\s*năm\\s*)\\s*(\\d{4})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * Excel keeps a date as a day count. A count outside 2000-2100 in the new-deadline column is a number
     * typed there (2027 for the year shows as 19/07/1905), not a deadline anyone meant.
     */
    private static final double FIRST_DAY = DateUtil.getExcelDate(LocalDate.of(2000, 1, 1));
    private static final double LAST_DAY = DateUtil.getExcelDate(LocalDate.of(2100, 12, 31));

    private FormDates() {
    }

    /**
     * The new deadline in a row's cell ({@code shown} is its text as displayed): a date Excel keeps as a date,
     * or one typed as text; null when blank or when it is no date, which is noted in {@code problems} as a warning:
     * the cell is left out, the rest of the row counts.
     */
    static LocalDate newDeadline(Cell cell, String shown, RowProblems problems) {
        if (cell != null && cell.getCellType() == CellType.NUMERIC) {
            double days = cell.getNumericCellValue();
            if (days >= FIRST_DAY && days <= LAST_DAY) {
                return DateUtil.getLocalDateTime(days).toLocalDate();
            }
            String number = BigDecimal.valueOf(days).stripTrailingZeros().toPlainString();
            problems.warn(RowProblem.WRONG_TYPE, Explanation.of("new deadline " + number
                    + " is a number, not a date (write it as 31/12/2026 or Q3/2026)", "forms.row.DEADLINE_NUMBER", number));
            return null;
        }
        if (shown.isEmpty()) {
            return null;
        }
        Optional<LocalDate> parsed = parse(shown);
        if (parsed.isEmpty()) {
            problems.warn(DATE_SHAPED.matcher(shown).matches() ? RowProblem.IMPOSSIBLE_DATE : RowProblem.WRONG_TYPE,
                    Explanation.of("new deadline \"" + shown + "\" is not a date (write it as 31/12/2026 or Q3/2026)",
                            "forms.row.DEADLINE_NOT_A_DATE", shown));
        }
        return parsed.orElse(null);
    }

    /** A day as {@link TypedDates} reads it, or a quarter ("Q3/2026", "Q3 2026", "quý III/2026") as its last day. */
    static Optional<LocalDate> parse(String text) {
        Optional<LocalDate> day = TypedDates.parse(text);
        if (day.isPresent()) {
            return day;
        }
        Matcher quarter = QUARTER.matcher(text.strip());
        if (!quarter.matches()) {
            return Optional.empty();
        }
        int number = switch (quarter.group(1).toUpperCase(Locale.ROOT)) {
            case "1", "I" -> 1;
            case "2", "II" -> 2;
            case "3", "III" -> 3;
            default -> 4;
        };
        return Optional.of(YearMonth.of(Integer.parseInt(quarter.group(2)), number * 3).atEndOfMonth());
    }
}
