package org.commitmentstracker.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The new deadline as a ministry may type it: a date, a date as text, a year alone, words, a day that does not exist. */
class FormDatesTest {
    final XSSFWorkbook book = new XSSFWorkbook();
    final Cell cell = book.createSheet().createRow(0).createCell(0);
    final RowProblems problems = new RowProblems();

    @AfterEach
    void close() throws Exception {
        book.close();
    }

    LocalDate newDeadline() {
        return FormDates.newDeadline(cell, new DataFormatter().formatCellValue(cell).strip(), problems);
    }

    @Test
    void aDateKeptByExcelOrTypedAsTextIsRead() {
        cell.setCellValue(LocalDate.of(2027, 3, 15));
        assertThat(newDeadline()).isEqualTo(LocalDate.of(2027, 3, 15));
        cell.setCellValue("1/2/2027");
        assertThat(newDeadline()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(problems.first()).isNull();
    }

    @Test
    void aQuarterIsItsLastDay() {
        cell.setCellValue("Q3/2026");
        assertThat(newDeadline()).isEqualTo(LocalDate.of(2026, 9, 30));
        cell.setCellValue("quý IV/2026");
        assertThat(newDeadline()).isEqualTo(LocalDate.of(2026, 12, 31));
        cell.setCellValue("Quý 1 năm 2027");
        assertThat(newDeadline()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(problems.warnings()).isEmpty();
    }

    @Test
    void aYearTypedIntoTheDateColumnIsANumberNotADate() {
        cell.setCellValue(2027); // Excel would show 19/07/1905 in the form's date format
        assertThat(newDeadline()).isNull();
        assertThat(problems.warnings().get(0).problem()).isEqualTo(RowProblem.WRONG_TYPE);
        assertThat(problems.first()).as("a bad answer does not reject the row").isNull();
        assertThat(problems.warnings()).extracting(CellWarning::reason)
                .containsExactly("new deadline 2027 is a number, not a date (write it as 31/12/2026 or Q3/2026)");
    }

    @Test
    void wordsAreTheWrongTypeAndAnImpossibleDayIsImpossible() {
        cell.setCellValue("end of next year");
        assertThat(newDeadline()).isNull();
        cell.setCellValue("31/02/2025");
        assertThat(newDeadline()).isNull();
        assertThat(problems.warnings().get(0).problem()).isEqualTo(RowProblem.WRONG_TYPE);
        assertThat(problems.warnings()).extracting(CellWarning::reason).containsExactly(
                "new deadline \"end of next year\" is not a date (write it as 31/12/2026 or Q3/2026)",
                "new deadline \"31/02/2025\" is not a date (write it as 31/12/2026 or Q3/2026)");
        RowProblems impossible = new RowProblems();
        FormDates.newDeadline(cell, "31/02/2025", impossible);
        assertThat(impossible.warnings().get(0).problem()).isEqualTo(RowProblem.IMPOSSIBLE_DATE);
    }
}
