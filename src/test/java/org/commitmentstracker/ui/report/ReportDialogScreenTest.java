package org.commitmentstracker.ui.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmentstracker.ui.AppWindowFixture.fx;
import static org.commitmentstracker.ui.AppWindowFixture.waitFor;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.commitmentstracker.ScratchFolders;
import org.commitmentstracker.model.ReportPeriod;
import org.commitmentstracker.ui.ScreenTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The progress-report dialog: a period and a header chosen, the workbook written and read back. */
class ReportDialogScreenTest extends ScreenTest {

    @BeforeEach
    void openTheTable() throws Exception {
        window.showCommitments();
    }

    @Test
    void ctrlEOpensTheReportDialogOnTheQuarterJustEnded() throws Exception {
        window.press(KeyCode.CONTROL, KeyCode.E);

        Parent dialog = window.dialog("reportDialog");
        // The whole form shows: the period's second date and the longest hint are not cut at the window's edge.
        window.assertInside(dialog, "#reportTo");
        window.assertInside(dialog, "#reportPlace");
        ComboBox<?> quarter = window.within(dialog, "#reportQuarter");
        ReportPeriod current = ReportPeriod.quarterOf(LocalDate.now());
        assertThat(quarter.getValue()).isEqualTo(ReportPeriod.quarterOf(current.from().minusDays(1)).label());
        assertThat(window.<Button>within(dialog, "#reportExport").isDisabled()).isFalse();

        window.press(KeyCode.ESCAPE);
        waitFor(() -> !window.isShowing("reportDialog"));
    }

    @Test
    void theQuarterAndTitleChosenAreInTheWorkbookWrittenWithEveryStoredCommitment(FxRobot robot) throws Exception {
        ReportViewModel report = window.openReportDialog();
        Parent dialog = window.dialog("reportDialog");
        // The choices and the header kept from last time are read on the worker and filled in one FX callback
        // after the dialog shows: wait for them, so that the header cannot land over the title typed below.
        waitFor(() -> fx(() -> !report.partners().isEmpty()));
        String thisQuarter = ReportPeriod.quarterOf(LocalDate.now()).label();
        robot.clickOn(window.<ComboBox<String>>within(dialog, "#reportQuarter"));
        robot.clickOn(window.popupCell(report.quarterLabel(thisQuarter)));
        robot.clickOn(window.<javafx.scene.control.TextField>within(dialog, "#reportTitle"));
        window.press(KeyCode.CONTROL, KeyCode.A);
        window.type("Progress of the joint statements");
        robot.clickOn(window.<javafx.scene.control.TextField>within(dialog, "#reportDocumentNumber"));
        window.type("15/BC-BNG");
        assertThat(report.suggestedFileName()).contains(ReportPeriod.quarter(thisQuarter).fileLabel());
        Path file = ScratchFolders.create("report-dialog").resolve(report.suggestedFileName());

        // Export asks where to write the workbook: the officer picks this file.
        window.pickNext(file);
        robot.clickOn(window.<Button>within(dialog, "#reportExport"));

        Label message = window.within(dialog, "#reportMessage");
        int stored = window.store().commitments().count();
        waitFor(() -> message.getText().startsWith(file.getFileName() + " written: " + stored + " commitments"));
        assertThat(window.<Label>within(dialog, "#reportError").getText()).isEmpty();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1))).containsExactly("Summary", "Commitments");
            assertThat(texts(book.getSheet("Summary"))).contains("Progress of the joint statements", "No.: 15/BC-BNG");
            List<String> commitmentTexts = texts(book.getSheet("Commitments"));
            assertThat(window.store().commitments().overview()).allSatisfy(c ->
                    assertThat(commitmentTexts).anySatisfy(t -> assertThat(t).contains(c.text())));
        }
        window.press(KeyCode.ESCAPE);
        waitFor(() -> !window.isShowing("reportDialog"));
    }

    private static List<String> texts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            }
        }
        return texts;
    }
}
