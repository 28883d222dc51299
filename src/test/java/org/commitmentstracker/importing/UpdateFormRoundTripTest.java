package org.commitmentstracker.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.commitmentstracker.model.CommitmentDraft;
import org.commitmentstracker.model.HistoryEntry;
import org.commitmentstracker.model.HistoryField;
import org.commitmentstracker.model.Sector;
import org.commitmentstracker.model.Statement;
import org.commitmentstracker.model.StatementDraft;
import org.commitmentstracker.model.StatementUnit;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.model.UnitDraft;
import org.commitmentstracker.model.UnitKind;
import org.commitmentstracker.model.UpdateFormLayout;
import org.commitmentstracker.report.UpdateForms;
import org.commitmentstracker.store.BundledAgencies;
import org.commitmentstracker.store.CommitmentRepository;
import org.commitmentstracker.store.ReportQueries;
import org.commitmentstracker.store.SettableClock;
import org.commitmentstracker.store.StatementRepository;
import org.commitmentstracker.store.StoreFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.commitmentstracker.service.UpdateFormExchange;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.TaskRunner;
import org.commitmentstracker.ui.forms.UpdateFormsViewModel;
import java.util.Locale;

/** A form goes out to the Ministry of Industry and Trade, comes back filled in, and is applied. */
class UpdateFormRoundTripTest {
    @TempDir
    Path dir;
    StoreFixture store;
    SettableClock clock = new SettableClock("2025-07-01T09:00:00Z");
    CommitmentRepository commitments;
    UpdateFormImporter importer;
    long trade;
    long fair;
    long closed;
    long students;

    @BeforeEach
    void open() {
        store = new StoreFixture(dir.resolve("data"));
        new BundledAgencies(store.agencies).loadIfEmpty();
        commitments = new CommitmentRepository(store.workspace.database(), clock);
        long statement = new StatementRepository(store.workspace.database(), clock).insert(new StatementDraft(
                new Statement(null, "Joint Statement Viet Nam - Chile", List.of("Chile"), LocalDate.of(2025, 3, 12),
                        null, "en", null, null, null, "text", null),
                List.of(unit(0, "2", "The two sides agreed to raise trade.", "MOIT"),
                        unit(1, "3", "The two sides agreed to hold a trade fair.", "MOIT"),
                        unit(2, "4", "The two sides agreed to open a route.", "MOIT"),
                        unit(3, "5", "The two sides agreed to exchange students.", "MOET")))).orElseThrow();
        var ids = commitments.idsByRef(statement);
        trade = ids.get("2");
        fair = ids.get("3");
        closed = ids.get("4");
        students = ids.get("5");
        commitments.changeStatus(closed, Status.COMPLETED, "lan", null);
        clock.set("2025-10-01T09:00:00Z");
        importer = new UpdateFormImporter(commitments, "en");
    }

    @AfterEach
    void close() {
        store.close();
    }

    static UnitDraft unit(int ordinal, String ref, String text, String owner) {
        return new UnitDraft(new StatementUnit(null, ordinal, ref, UnitKind.COMMITMENT, null, text, "agreed to"),
                new CommitmentDraft(Sector.ECO, owner, LocalDate.of(2026, 12, 31), "both", null));
    }

    Path exportMoitForm() throws Exception {
        List<Path> files = new UpdateForms(new ReportQueries(store.workspace.database()), clock)
                .write(Files.createDirectories(dir.resolve("out")), Set.of("MOIT"), "en");
        assertThat(files).singleElement();
        return files.get(0);
    }

    /** Opens the form, lets the test fill it as a ministry would, and saves it. */
    static void fill(Path form, java.util.function.Consumer<XSSFSheet> edits) throws Exception {
        XSSFWorkbook book;
        try (var in = Files.newInputStream(form)) {
            book = new XSSFWorkbook(in);
        }
        edits.accept(book.getSheetAt(0));
        try (OutputStream out = Files.newOutputStream(form)) {
            book.write(out);
        }
        book.close();
    }

    static Row row(XSSFSheet sheet, int index) {
        return sheet.getRow(UpdateFormLayout.FIRST_DATA_ROW + index);
    }

    @Test
    void theFormHoldsTheOwnersOpenCommitmentsWithHiddenIdsLockedColumnsAndAStatusList() throws Exception {
        Path form = exportMoitForm();
        assertThat(form.getFileName().toString()).isEqualTo("Update-form-MOIT-2025-10-01.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(form))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(UpdateFormLayout.FIRST_DATA_ROW + 1);
            assertThat((long) row(sheet, 0).getCell(UpdateFormLayout.ID).getNumericCellValue()).isEqualTo(trade);
            assertThat(sheet.isColumnHidden(UpdateFormLayout.ID)).isTrue();
            assertThat(sheet.isColumnHidden(UpdateFormLayout.CHANGED_AT)).isTrue();
            assertThat(sheet.getProtect()).isTrue();
            assertThat(row(sheet, 0).getCell(5).getCellStyle().getLocked()).isTrue();
            assertThat(row(sheet, 0).getCell(UpdateFormLayout.STATUS).getCellStyle().getLocked()).isFalse();
            assertThat(row(sheet, 0).getCell(UpdateFormLayout.STATUS).getStringCellValue()).isEqualTo("Not started");
            assertThat(sheet.getDataValidations()).singleElement().satisfies(v ->
                    assertThat(v.getValidationConstraint().getExplicitListValues()).contains("Completed"));
            assertThat(book.isSheetHidden(book.getSheetIndex(UpdateFormLayout.META_SHEET))).isTrue();
        }
    }

    @Test
    void aFilledFormIsPreviewedAppliedSignedByItsAuthorAndAppliesNothingTheSecondTime() throws Exception {
        Path form = exportMoitForm();
        fill(form, sheet -> {
            sheet.getRow(UpdateFormLayout.AUTHOR_ROW).getCell(UpdateFormLayout.AUTHOR_COLUMN).setCellValue("Phạm Văn An");
            row(sheet, 0).getCell(UpdateFormLayout.STATUS).setCellValue("Completed");
            row(sheet, 0).getCell(UpdateFormLayout.NOTE).setCellValue("Trade reached USD 3 billion");
            row(sheet, 0).getCell(UpdateFormLayout.EVIDENCE).setCellValue("https://moit.gov.vn/trade-2025");
            row(sheet, 1).getCell(UpdateFormLayout.NEW_DEADLINE).setCellValue("15/03/2027");
        });

        UpdatePreview preview = importer.preview(form);

        assertThat(preview.author()).isEqualTo("Phạm Văn An");
        assertThat(preview.rows()).extracting(UpdatePreview.RowOutcome::outcome)
                .containsExactly(UpdatePreview.Outcome.APPLY, UpdatePreview.Outcome.APPLY);
        assertThat(preview.rows().get(0).changes()).isEqualTo(
                "status Not started → Completed; note \"Trade reached USD 3 billion\" with https://moit.gov.vn/trade-2025");
        assertThat(preview.rows().get(1).changes()).isEqualTo("deadline 2026-12-31 → 2027-03-15");
        assertThat(commitments.find(trade).orElseThrow().status()).isEqualTo(Status.NOT_STARTED);

        assertThat(importer.apply(preview)).isEqualTo(2);

        assertThat(commitments.find(trade).orElseThrow().status()).isEqualTo(Status.COMPLETED);
        assertThat(commitments.find(fair).orElseThrow().deadline()).isEqualTo(LocalDate.of(2027, 3, 15));
        List<HistoryEntry> log = store.history.forCommitment(trade);
        assertThat(log).extracting(HistoryEntry::field).containsExactly(HistoryField.STATUS, HistoryField.PROGRESS);
        assertThat(log).allSatisfy(h -> assertThat(h.author()).isEqualTo("Phạm Văn An"));
        assertThat(log.get(1).evidenceLink()).isEqualTo("https://moit.gov.vn/trade-2025");
        int entries = store.history.count();

        UpdatePreview again = importer.preview(form);
        assertThat(again.rows()).extracting(UpdatePreview.RowOutcome::outcome)
                .containsOnly(UpdatePreview.Outcome.UNCHANGED);
        importer.apply(again);
        assertThat(store.history.count()).isEqualTo(entries);
    }

    /** Six rows: a status not in the list, an impossible date, a formula, an unknown ID, a repeated ID, a row added by hand. */
    void fillBadRows(Path form) throws Exception {
        fill(form, sheet -> {
            row(sheet, 0).getCell(UpdateFormLayout.STATUS).setCellValue("Done");
            row(sheet, 0).getCell(UpdateFormLayout.NEW_DEADLINE).setCellValue("31/03/2027");
            row(sheet, 1).getCell(UpdateFormLayout.NEW_DEADLINE).setCellValue("31/02/2025");
            row(sheet, 1).getCell(UpdateFormLayout.STATUS).setCellValue("At risk");
            Row formula = sheet.createRow(UpdateFormLayout.FIRST_DATA_ROW + 2);
            formula.createCell(UpdateFormLayout.ID).setCellValue(students);
            formula.createCell(UpdateFormLayout.CHANGED_AT).setCellValue("2025-07-01T09:00:00Z");
            formula.createCell(UpdateFormLayout.NOTE).setCellFormula("1+1");
            Row unknown = sheet.createRow(UpdateFormLayout.FIRST_DATA_ROW + 3);
            unknown.createCell(UpdateFormLayout.ID).setCellValue(99999);
            unknown.createCell(UpdateFormLayout.CHANGED_AT).setCellValue("2025-07-01T09:00:00Z");
            unknown.createCell(UpdateFormLayout.NOTE).setCellValue("Hello");
            Row duplicate = sheet.createRow(UpdateFormLayout.FIRST_DATA_ROW + 4);
            duplicate.createCell(UpdateFormLayout.ID).setCellValue(trade);
            duplicate.createCell(UpdateFormLayout.CHANGED_AT).setCellValue("2025-07-01T09:00:00Z");
            duplicate.createCell(UpdateFormLayout.STATUS).setCellValue("Đang thực hiện");
            duplicate.createCell(UpdateFormLayout.NEW_DEADLINE).setCellValue("2027-01-31");
            // A row of another commitment of the owner, added by hand with its ID, in Vietnamese words.
            Row added = sheet.createRow(UpdateFormLayout.FIRST_DATA_ROW + 5);
            added.createCell(UpdateFormLayout.ID).setCellValue(closed);
            added.createCell(UpdateFormLayout.CHANGED_AT).setCellValue("2025-07-01T09:00:00Z");
            added.createCell(UpdateFormLayout.STATUS).setCellValue("Hoàn thành");
            added.createCell(UpdateFormLayout.NOTE).setCellValue("Hello again");
        });
    }

    @Test
    void badHiddenCellsRejectTheRowButABadAnswerOnlyLeavesThatCellOutWithAWarning() throws Exception {
        Path form = exportMoitForm();
        fillBadRows(form);

        UpdatePreview preview = importer.preview(form);

        assertThat(preview.rows()).extracting(UpdatePreview.RowOutcome::row, UpdatePreview.RowOutcome::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(6, UpdatePreview.Outcome.APPLY),
                        org.assertj.core.groups.Tuple.tuple(7, UpdatePreview.Outcome.APPLY),
                        org.assertj.core.groups.Tuple.tuple(8, UpdatePreview.Outcome.UNCHANGED),
                        org.assertj.core.groups.Tuple.tuple(9, UpdatePreview.Outcome.REJECTED),
                        org.assertj.core.groups.Tuple.tuple(10, UpdatePreview.Outcome.REJECTED),
                        org.assertj.core.groups.Tuple.tuple(11, UpdatePreview.Outcome.APPLY));
        assertThat(preview.rows()).extracting(UpdatePreview.RowOutcome::problem).containsExactly(
                null, null, null, RowProblem.UNKNOWN_ID, RowProblem.DUPLICATE_ID, null);
        assertThat(preview.rows()).extracting(r -> r.warnings().stream().map(CellWarning::problem).toList())
                .containsExactly(List.of(RowProblem.STATUS_NOT_IN_LIST), List.of(RowProblem.IMPOSSIBLE_DATE),
                        List.of(RowProblem.FORMULA), List.of(), List.of(), List.of());
        assertThat(preview.rows()).extracting(UpdatePreview.RowOutcome::changes).containsExactly(
                "deadline 2026-12-31 → 2027-03-31; ignored: status \"Done\" is not one of the list",
                "status Not started → At risk; ignored: new deadline \"31/02/2025\" is not a date (write it as "
                        + "31/12/2026 or Q3/2026)",
                "ignored: column J holds a formula (=1+1); type the value instead",
                "unknown ID 99999: no such commitment in this workspace",
                "ID " + trade + " appears again (first on row 6)",
                "note \"Hello again\"");
        assertThat(preview.countWithWarnings()).isEqualTo(3);
        assertThat(preview.author()).isEqualTo("MOIT (update form)");

        importer.apply(preview);

        assertThat(commitments.find(trade).orElseThrow().status()).isEqualTo(Status.NOT_STARTED);
        assertThat(commitments.find(trade).orElseThrow().deadline()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(commitments.find(fair).orElseThrow().status()).isEqualTo(Status.AT_RISK);
        assertThat(commitments.find(fair).orElseThrow().deadline()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void evidenceWrittenAsADocumentNumberIsKeptAsTextWithTheStatusAndDeadlineOfItsRow() throws Exception {
        Path form = exportMoitForm();
        fill(form, sheet -> {
            row(sheet, 0).getCell(UpdateFormLayout.STATUS).setCellValue("In progress");
            row(sheet, 0).getCell(UpdateFormLayout.NEW_DEADLINE).setCellValue("Q3/2027");
            row(sheet, 0).getCell(UpdateFormLayout.NOTE).setCellValue("Draft agreement sent to the partner");
            row(sheet, 0).getCell(UpdateFormLayout.EVIDENCE).setCellValue("Công văn số 123/BTC-HTQT");
            // Evidence alone, without a note, is a progress entry of its own.
            row(sheet, 1).getCell(UpdateFormLayout.EVIDENCE).setCellValue("https://moit.gov.vn/fair");
        });

        UpdatePreview preview = importer.preview(form);

        assertThat(preview.rows()).extracting(UpdatePreview.RowOutcome::outcome)
                .containsExactly(UpdatePreview.Outcome.APPLY, UpdatePreview.Outcome.APPLY);
        assertThat(preview.rows()).allSatisfy(r -> assertThat(r.warnings()).isEmpty());
        importer.apply(preview);

        var trading = commitments.find(trade).orElseThrow();
        assertThat(trading.status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(trading.deadline()).isEqualTo(LocalDate.of(2027, 9, 30));
        HistoryEntry progress = store.history.forCommitment(trade).stream()
                .filter(h -> h.field() == HistoryField.PROGRESS).findFirst().orElseThrow();
        assertThat(progress.comment())
                .isEqualTo("Draft agreement sent to the partner — Evidence: Công văn số 123/BTC-HTQT");
        assertThat(progress.evidenceLink()).isNull();
        HistoryEntry linked = store.history.forCommitment(fair).stream()
                .filter(h -> h.field() == HistoryField.PROGRESS).findFirst().orElseThrow();
        assertThat(linked.comment()).isEqualTo("Evidence: https://moit.gov.vn/fair");
        assertThat(linked.evidenceLink()).isEqualTo("https://moit.gov.vn/fair");
    }

    @Test
    void aboveItsHeadingsTheFormSaysWhatEachAnswerColumnTakesInTheFormsLanguage() throws Exception {
        List<Path> files = new UpdateForms(new ReportQueries(store.workspace.database()), clock)
                .write(Files.createDirectories(dir.resolve("vi")), Set.of("MOIT"), "vi");
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(files.get(0)))) {
            Row hints = book.getSheetAt(0).getRow(UpdateFormLayout.HEADER_ROW - 1);
            assertThat(hints.getCell(UpdateFormLayout.NEW_DEADLINE).getStringCellValue())
                    .isEqualTo("Ngày dd/mm/yyyy hoặc quý Q3/2026");
            assertThat(hints.getCell(UpdateFormLayout.EVIDENCE).getStringCellValue())
                    .isEqualTo("Văn bản (số công văn) hoặc đường liên kết");
            assertThat(hints.getCell(UpdateFormLayout.STATUS).getStringCellValue()).isEqualTo("Chọn trong danh sách");
            assertThat(row(book.getSheetAt(0), 0).getCell(3).getStringCellValue()).isEqualTo("Chi-lê");
            // Printed A4 landscape one page wide, the headings and their hints on every page, at 8 pt or more:
            // the visible columns at 7 points a character (LibreOffice's) fit the width at a scale that keeps it.
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getFitHeight()).isZero();
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo(UpdateFormLayout.HEADER_ROW + ":"
                    + (UpdateFormLayout.HEADER_ROW + 1));
            assertThat(sheet.getFooter().getCenter()).contains("&A", "&P");
            double characters = 0;
            for (int c = 0; c < UpdateFormLayout.COLUMNS.size(); c++) {
                characters += sheet.isColumnHidden(c) ? 0 : sheet.getColumnWidth(c) / 256.0;
            }
            double scale = Math.min(1, (842 - 72 * (sheet.getMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT)
                    + sheet.getMargin(org.apache.poi.ss.usermodel.PageMargin.RIGHT))) / (characters * 7));
            for (Row r : sheet) {
                for (var cell : r) {
                    assertThat(book.getFontAt(cell.getCellStyle().getFontIndex()).getFontHeightInPoints() * scale)
                            .as(cell.getAddress().formatAsString()).isGreaterThanOrEqualTo(8);
                }
            }
        }
    }

    /** A form whose first row sets Completed on a commitment set At risk in the app after the form was made. */
    Path conflictingForm() throws Exception {
        Path form = exportMoitForm();
        clock.set("2025-10-05T09:00:00Z");
        commitments.changeStatus(trade, Status.AT_RISK, "lan", null);
        fill(form, sheet -> row(sheet, 0).getCell(UpdateFormLayout.STATUS).setCellValue("Completed"));
        return form;
    }

    @Test
    void aCommitmentChangedInTheAppAfterTheFormWasMadeIsAConflictNotOverwritten() throws Exception {
        Path form = conflictingForm();

        UpdatePreview preview = importer.preview(form);
        importer.apply(preview);

        assertThat(preview.rows().get(0).outcome()).isEqualTo(UpdatePreview.Outcome.CONFLICT);
        assertThat(preview.rows().get(0).changes()).startsWith("changed in the app on 2025-10-05T09:00:00Z");
        assertThat(commitments.find(trade).orElseThrow().status()).isEqualTo(Status.AT_RISK);
    }

    @Test
    void whatIsNotAFormIsToldInWords() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.xlsx"), "just text");
        assertThatThrownBy(() -> importer.preview(text)).isInstanceOf(UnreadableFormException.class)
                .hasMessage("notes.xlsx: is not an Excel workbook that can be read")
                .extracting(e -> ((UnreadableFormException) e).problem()).isEqualTo(FormProblem.NOT_A_WORKBOOK);

        Path other = dir.resolve("budget.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(other)) {
            book.createSheet("Budget").createRow(0).createCell(0).setCellValue("Item");
            book.write(out);
        }
        assertThatThrownBy(() -> importer.preview(other))
                .hasMessage("budget.xlsx: is not an update form exported by Commitments Tracker")
                .extracting(e -> ((UnreadableFormException) e).problem()).isEqualTo(FormProblem.NOT_AN_UPDATE_FORM);

        Path form = exportMoitForm();
        fill(form, sheet -> sheet.getRow(UpdateFormLayout.HEADER_ROW).getCell(UpdateFormLayout.STATUS).setCellValue("State"));
        assertThatThrownBy(() -> importer.preview(form)).hasMessageEndingWith(
                "the columns are not those of the update form: column H should be \"Status\", found \"State\"")
                .extracting(e -> ((UnreadableFormException) e).problem()).isEqualTo(FormProblem.WRONG_COLUMNS);
    }

    /** The update-form screen's ViewModel over this workspace's forms, in Vietnamese. */
    UpdateFormsViewModel vietnameseWindow() {
        return new UpdateFormsViewModel(new UpdateFormExchange() {
            @Override
            public List<Path> exportForms(Path folder, String language) {
                return List.of();
            }

            @Override
            public UpdatePreview preview(Path file, String language) throws UnreadableFormException {
                return new UpdateFormImporter(commitments, language).preview(file);
            }

            @Override
            public int apply(UpdatePreview preview) {
                return importer.apply(preview);
            }
        }, TaskRunner.sameThread(), new Messages(Locale.forLanguageTag("vi")), () -> { });
    }

    @Test
    void theVietnameseWindowSaysEveryRowAndItsCellsLeftOutInVietnameseAndCountsThem() throws Exception {
        Path form = exportMoitForm();
        fillBadRows(form);
        UpdateFormsViewModel vm = vietnameseWindow();

        vm.preview(form);

        assertThat(vm.rows()).extracting(vm::changes).containsExactly(
                "thời hạn 31/12/2026 → 31/03/2027; bỏ qua: tình trạng “Done” không có trong danh sách",
                "tình trạng Chưa bắt đầu → Có nguy cơ chậm; bỏ qua: thời hạn mới “31/02/2025” không phải là ngày "
                        + "(hãy ghi như 31/12/2026 hoặc Q3/2026)",
                "bỏ qua: cột J chứa công thức (=1+1); hãy nhập giá trị thay cho công thức",
                "mã 99999 không xác định: bộ dữ liệu này không có cam kết nào mang mã đó",
                "mã " + trade + " xuất hiện lần nữa (lần đầu ở dòng 6)",
                "ghi chú “Hello again”");
        assertThat(vm.messageProperty().get()).isEqualTo(form.getFileName() + ", người điền MOIT (biểu mẫu cập nhật): "
                + "3 áp dụng, 1 không đổi, 0 xung đột, 2 bị từ chối, 3 có ô bị bỏ qua.");
    }

    @Test
    void theVietnameseWindowSaysAConflictAndAFileThatIsNoFormInVietnamese() throws Exception {
        Path form = conflictingForm();
        UpdateFormsViewModel vm = vietnameseWindow();

        vm.preview(form);

        assertThat(vm.changes(vm.rows().get(0))).matches(
                "đã được sửa trong phần mềm lúc 05/10/2025 \\d\\d:00, sau khi xuất biểu mẫu; không áp dụng: "
                        + "tình trạng Có nguy cơ chậm → Hoàn thành");

        vm.preview(Files.writeString(dir.resolve("ghi-chu.xlsx"), "just text"));

        assertThat(vm.errorProperty().get()).isEqualTo("ghi-chu.xlsx không phải là bảng tính Excel đọc được.");
        assertThat(vm.rows()).isEmpty();
    }
}
