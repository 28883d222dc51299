package org.commitmentstracker.ui.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmentstracker.ui.AppWindowFixture.fx;
import static org.commitmentstracker.ui.AppWindowFixture.waitFor;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.commitmentstracker.ScratchFolders;
import org.commitmentstracker.importing.UpdatePreview;
import org.commitmentstracker.model.HistoryEntry;
import org.commitmentstracker.model.HistoryField;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.model.UpdateFormLayout;
import org.commitmentstracker.ui.AppWindowFixture;
import org.commitmentstracker.ui.ScreenTest;
import org.commitmentstracker.ui.commitments.CommitmentRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Update forms go out to the owners, come back filled in, are previewed row by row and applied. */
class UpdateFormsScreenTest extends ScreenTest {
    static final String FILLED_BY = "Phạm Văn An";

    TableView<CommitmentRow> table;

    @BeforeEach
    void openTheTable() throws Exception {
        table = window.showCommitments();
    }

    @Test
    void aReturnedFormIsPreviewedRowByRowAndItsGoodRowsAreAppliedSignedByWhoFilledIt(FxRobot robot) throws Exception {
        Path out = ScratchFolders.create("update-forms");
        String said = window.exportForms(out);
        List<Path> forms;
        try (Stream<Path> files = Files.list(out)) {
            forms = files.sorted().toList();
        }
        assertThat(said).isEqualTo(forms.size() + " forms written to " + out + ".");
        Path form = forms.stream().filter(f -> ids(f).size() >= 2).findFirst().orElseThrow();
        List<Long> ids = ids(form);
        long done = ids.get(0);
        long mistyped = ids.get(1);
        Status mistypedBefore = window.store().commitments().find(mistyped).orElseThrow().status();
        fill(form, sheet -> {
            sheet.getRow(UpdateFormLayout.AUTHOR_ROW).getCell(UpdateFormLayout.AUTHOR_COLUMN).setCellValue(FILLED_BY);
            dataRow(sheet, 0).getCell(UpdateFormLayout.STATUS).setCellValue("Completed");
            dataRow(sheet, 0).getCell(UpdateFormLayout.NOTE).setCellValue("Signed in Santiago");
            // A mistyped status is only left out now; a row whose hidden version was typed over is rejected.
            dataRow(sheet, 1).getCell(UpdateFormLayout.STATUS).setCellValue("Completed");
            dataRow(sheet, 1).getCell(UpdateFormLayout.CHANGED_AT).setCellValue("01/10/2025");
        });

        Parent dialog = window.previewUpdates(form);

        TableView<UpdatePreview.RowOutcome> rows = window.within(dialog, "#updatePreviewTable");
        // The table shows whole, away from the window's edges, as wide as it asks to be (not the theme's 600 px).
        window.assertInside(dialog, "#updatePreviewTable");
        assertThat(fx(rows::getWidth)).isGreaterThanOrEqualTo(800);
        waitFor(() -> rows.getItems().size() == ids.size());
        assertThat(rows.getItems()).extracting(UpdatePreview.RowOutcome::outcome).startsWith(
                UpdatePreview.Outcome.APPLY, UpdatePreview.Outcome.REJECTED);
        assertThat(rows.getItems().subList(2, ids.size()))
                .allSatisfy(row -> assertThat(row.outcome()).isEqualTo(UpdatePreview.Outcome.UNCHANGED));
        Label message = window.within(dialog, "#updatePreviewMessage");
        // The rows and the summary are set in one FX callback; this thread may look between the two.
        waitFor(() -> message.getText().contains(FILLED_BY));
        assertThat(message.getText()).contains(FILLED_BY, "1 to apply", "1 rejected");

        Button apply = window.within(dialog, "#updatePreviewApply");
        robot.clickOn(apply);

        waitFor(() -> message.getText().equals("1 commitment updated, signed \"" + FILLED_BY + "\"."));
        assertThat(window.store().commitments().find(done).orElseThrow().status()).isEqualTo(Status.COMPLETED);
        List<HistoryEntry> log = window.store().history().forCommitment(done).stream()
                .filter(h -> h.author().equals(FILLED_BY)).toList();
        assertThat(log).extracting(HistoryEntry::field).containsExactly(HistoryField.STATUS, HistoryField.PROGRESS);
        assertThat(log.get(1).comment()).isEqualTo("Signed in Santiago");
        assertThat(window.store().commitments().find(mistyped).orElseThrow().status()).isEqualTo(mistypedBefore);
        assertThat(window.store().history().forCommitment(mistyped)).noneMatch(h -> h.author().equals(FILLED_BY));
        waitFor(apply::isDisabled);
        // The table behind shows what the form changed.
        waitFor(() -> table.getItems().stream()
                .anyMatch(r -> r.commitmentId() == done && r.status() == Status.COMPLETED));
    }

    @Test
    void inVietnameseTheSummaryTheCellsLeftOutAndAFileThatIsNoFormAreSaidInVietnamese() throws Exception {
        Path out = ScratchFolders.create("update-forms-vi");
        window.exportForms(out);
        window.fireMenuItem("vietnameseMenuItem");
        Path form;
        try (Stream<Path> files = Files.list(out)) {
            form = files.sorted().findFirst().orElseThrow();
        }
        fill(form, sheet -> dataRow(sheet, 0).getCell(UpdateFormLayout.STATUS).setCellValue("Done"));

        Parent dialog = previewInVietnamese(form);

        TableView<UpdatePreview.RowOutcome> rows = window.within(dialog, "#updatePreviewTable");
        waitFor(() -> !rows.getItems().isEmpty());
        Label message = window.within(dialog, "#updatePreviewMessage");
        waitFor(() -> message.getText().startsWith(form.getFileName().toString()));
        assertThat(message.getText()).startsWith(form.getFileName() + ", người điền ")
                .contains(" (biểu mẫu cập nhật): 0 áp dụng, ").endsWith(", 1 có ô bị bỏ qua.");
        assertThat(rows.getColumns().get(3).getCellObservableValue(0).getValue())
                .isEqualTo("bỏ qua: tình trạng “Done” không có trong danh sách");
        AppWindowFixture.fx(() -> {
            dialog.getScene().getWindow().hide();
            return null;
        });

        Path text = Files.writeString(out.resolve("ghi-chu.xlsx"), "chỉ là văn bản");
        Parent refused = previewInVietnamese(text);

        Label error = window.within(refused, ".error-text");
        waitFor(() -> !error.getText().isEmpty());
        assertThat(error.getText()).isEqualTo("ghi-chu.xlsx không phải là bảng tính Excel đọc được.");
    }

    /** Tệp › Nhập cập nhật từ biểu mẫu…, picking {@code form} (the fixture's menu path is the English one). */
    private Parent previewInVietnamese(Path form) throws Exception {
        window.pickNext(form);
        javafx.scene.control.MenuBar bar = window.find(".menu-bar");
        javafx.scene.control.MenuItem item = AppWindowFixture.fx(() -> bar.getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "importUpdatesMenuItem".equals(i.getId()))
                .findFirst().orElseThrow());
        // Not fired through the fixture: the dialog waits for its answer.
        javafx.application.Platform.runLater(item::fire);
        return window.dialog("updatePreviewDialog");
    }

    /** The commitment IDs in the form's rows, in order. */
    private static List<Long> ids(Path form) {
        try (InputStream in = Files.newInputStream(form); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet sheet = book.getSheetAt(0);
            List<Long> ids = new ArrayList<>();
            for (int r = UpdateFormLayout.FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
                ids.add((long) sheet.getRow(r).getCell(UpdateFormLayout.ID).getNumericCellValue());
            }
            return ids;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Opens the form, lets the test fill it as the ministry would, and saves it. */
    private static void fill(Path form, java.util.function.Consumer<XSSFSheet> edits) throws Exception {
        try (InputStream in = Files.newInputStream(form); XSSFWorkbook book = new XSSFWorkbook(in)) {
            edits.accept(book.getSheetAt(0));
            try (OutputStream out = Files.newOutputStream(form)) {
                book.write(out);
            }
        }
    }

    private static Row dataRow(XSSFSheet sheet, int index) {
        return sheet.getRow(UpdateFormLayout.FIRST_DATA_ROW + index);
    }
}
