package org.commitmentstracker.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.commitmentstracker.model.TypedDates;

/**
 * Dates in an update form: a date Excel keeps as a date, or one typed as {@link TypedDates} reads it.
 */
final class FormDates {
    /** Written as a date, whether or not that day exists. */
    private static final Pattern DATE_SHAPED = Pattern.compile(
            "\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}|\\d{4}[/-]\\d{1,2}[/-]\\d{1,2}");
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
     * or one typed as text; null when blank or when it is no date, which is noted in {@code problems}.
     */
    static LocalDate newDeadline(Cell cell, String shown, RowProblems problems) {
        if (cell != null && cell.getCellType() == CellType.NUMERIC) {
            double days = cell.getNumericCellValue();
            if (days >= FIRST_DAY && days <= LAST_DAY) {
                return DateUtil.getLocalDateTime(days).toLocalDate();
            }
            problems.add(RowProblem.WRONG_TYPE, "new deadline " + BigDecimal.valueOf(days).stripTrailingZeros()
                    .toPlainString() + " is a number, not a date (write it as 31/12/2026)");
            return null;
        }
        if (shown.isEmpty()) {
            return null;
        }
        Optional<LocalDate> parsed = parse(shown);
        if (parsed.isEmpty()) {
            problems.add(DATE_SHAPED.matcher(shown).matches() ? RowProblem.IMPOSSIBLE_DATE : RowProblem.WRONG_TYPE,
                    "new deadline \"" + shown + "\" is not a date (write it as 31/12/2026)");
        }
        return parsed.orElse(null);
    }

    static Optional<LocalDate> parse(String text) {
        return TypedDates.parse(text);
    }
}
