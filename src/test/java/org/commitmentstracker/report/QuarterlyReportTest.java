package org.commitmentstracker.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.commitmentstracker.model.CommitmentDraft;
import org.commitmentstracker.model.ReportPeriod;
import org.commitmentstracker.model.ReportScope;
import org.commitmentstracker.model.Sector;
import org.commitmentstracker.model.Statement;
import org.commitmentstracker.model.StatementDraft;
import org.commitmentstracker.model.StatementUnit;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.model.StatusPalette;
import org.commitmentstracker.model.UnitDraft;
import org.commitmentstracker.model.UnitKind;
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

/** Reports written from a real store and read back with POI: the cells, not just the file. */
class QuarterlyReportTest {
    static final ReportPeriod Q3 = ReportPeriod.quarter("2025Q3");
    static final DataFormatter CELLS = new DataFormatter();

    @TempDir
    Path dir;
    StoreFixture store;
    SettableClock clock = new SettableClock("2025-07-01T09:00:00Z");
    CommitmentRepository commitments;
    QuarterlyReport report;
    long trade;
    long formula;
    long route;

    @BeforeEach
    void aQuarterOfWork() {
        store = new StoreFixture(dir.resolve("data"));
        new BundledAgencies(store.agencies).loadIfEmpty();
        StatementRepository statements = new StatementRepository(store.workspace.database(), clock);
        commitments = new CommitmentRepository(store.workspace.database(), clock);
        report = new QuarterlyReport(new ReportQueries(store.workspace.database()), clock);
        long chile = statements.insert(statement("Chile", "c1",
                unit("2", "The two sides agreed to raise trade to USD 3 billion.", Sector.ECO, "MOIT", "2026-12-31"),
                unit("3", "=SUM(A1) is not a formula: the two sides agreed to study it.", Sector.SCI, "MOST", "2025-12-15"),
                unit("4", "The two sides agreed to open a direct air route.", Sector.TRA, "MOC", "2025-09-01")))
                .orElseThrow();
        var ids = commitments.idsByRef(chile);
        trade = ids.get("2");
        formula = ids.get("3");
        route = ids.get("4");
        clock.set("2025-08-01T10:00:00Z");
        commitments.changeStatus(trade, Status.IN_PROGRESS, "lan", null);
        clock.set("2025-09-20T10:00:00Z");
        commitments.addProgress(trade, "Working group met in Santiago", "minh");
        clock.set("2025-10-05T10:00:00Z");
        commitments.changeStatus(trade, Status.COMPLETED, "lan", null);
        commitments.changeStatus(route, Status.DROPPED, "lan", null);
        clock.set("2025-11-01T10:00:00Z");
    }

    @AfterEach
    void close() {
        store.close();
    }

    static StatementDraft statement(String partner, String text, UnitDraft... units) {
        return new StatementDraft(new Statement(null, "Joint Statement Viet Nam - " + partner, List.of(partner),
                LocalDate.of(2025, 3, 12), "Ha Noi", "en", null, null, null, text, null), List.of(units));
    }

    static int ordinal;

    static UnitDraft unit(String ref, String text, Sector sector, String owner, String deadline) {
        return new UnitDraft(new StatementUnit(null, ordinal++, ref, UnitKind.COMMITMENT, null, text, "agreed to"),
                new CommitmentDraft(sector, owner, LocalDate.parse(deadline), "both", null));
    }

    XSSFWorkbook write(ReportPeriod period, String language, ReportScope scope, ReportHeader header) throws Exception {
        Path out = dir.resolve("report-" + period.fileLabel() + "-" + language + ".xlsx");
        ReportSummary summary = report.write(ReportRequest.of(period, scope, language, header,
                LocalDate.of(2025, 11, 1)), out, ReportProgress.NONE);
        assertThat(summary.file()).isEqualTo(out);
        return new XSSFWorkbook(Files.newInputStream(out));
    }

    static List<String> row(XSSFSheet sheet, int index) {
        List<String> cells = new ArrayList<>();
        Row row = sheet.getRow(index);
        for (int i = 0; i < row.getLastCellNum(); i++) {
            cells.add(row.getCell(i) == null ? "" : CELLS.formatCellValue(row.getCell(i)));
        }
        return cells;
    }

    static String figure(XSSFSheet summary, String label) {
        for (Row row : summary) {
            if (row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue())) {
                return CELLS.formatCellValue(row.getCell(1));
            }
        }
        throw new AssertionError("no figure " + label);
    }

    @Test
    void theThirdQuarterShowsEachCommitmentAsItStoodOn30September() throws Exception {
        try (XSSFWorkbook book = write(Q3, "en", ReportScope.ALL, new ReportHeader("MINISTRY OF FOREIGN AFFAIRS", "", true))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(5);
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3),
                    book.getSheetName(4))).containsExactly("Summary", "Commitments", "Changes this period", "Overdue",
                    "Due next quarter");
            XSSFSheet rows = book.getSheet("Commitments");
            // The printed columns first (A to H), then those kept for work in the spreadsheet.
            assertThat(row(rows, 0)).containsExactly("Partner", "Ref.", "Commitment", "Owner", "Status", "Deadline",
                    "Days overdue", "Latest update", "Statement", "Sector", "Co-owners", "Side", "Update date");
            assertThat(rows.getLastRowNum()).isEqualTo(3);
            assertThat(row(rows, 1)).containsExactly("Chile", "2",
                    "The two sides agreed to raise trade to USD 3 billion.", "Ministry of Industry and Trade",
                    "In progress", "31/12/2026", "", "Working group met in Santiago",
                    "Joint Statement Viet Nam - Chile (12/03/2025)", "Economy, trade and investment", "", "Both sides",
                    "20/09/2025");
            // Dropped only in October: on 30 September the route was open and 29 days late.
            assertThat(row(rows, 3).subList(4, 7)).containsExactly("Not started", "01/09/2025", "29");

            XSSFSheet summary = book.getSheet("Summary");
            assertThat(CELLS.formatCellValue(summary.getRow(0).getCell(0))).isEqualTo("MINISTRY OF FOREIGN AFFAIRS");
            assertThat(CELLS.formatCellValue(summary.getRow(0).getCell(3))).isEqualTo("SOCIALIST REPUBLIC OF VIET NAM");
            assertThat(figure(summary, "Commitments")).isEqualTo("3");
            assertThat(figure(summary, "In progress")).isEqualTo("1");
            assertThat(figure(summary, "Overdue")).isEqualTo("1");
            assertThat(figure(summary, "Completed in the period")).isEqualTo("0");
            assertThat(summary.getDrawingPatriarch().getCharts()).hasSize(1);

            assertThat(book.getSheet("Changes this period").getLastRowNum()).isEqualTo(2);
            assertThat(row(book.getSheet("Changes this period"), 1).subList(1, 6))
                    .containsExactly("lan", "Joint Statement Viet Nam - Chile", "Chile", "2", "Not started → In progress");
            assertThat(book.getSheet("Overdue").getLastRowNum()).isEqualTo(1);
            assertThat(row(book.getSheet("Due next quarter"), 1).get(1)).isEqualTo("3");
        }
    }

    @Test
    void theCommitmentsSheetFiltersHighlightsOffersStatusesAndPrints() throws Exception {
        try (XSSFWorkbook book = write(Q3, "en", ReportScope.ALL, ReportHeader.DEFAULT)) {
            XSSFSheet rows = book.getSheet("Commitments");
            assertThat(rows.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:M4");
            assertThat(rows.getPaneInformation().isFreezePane()).isTrue();
            assertThat(rows.getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(1);
            assertThat(rows.getSheetConditionalFormatting().getConditionalFormattingAt(0).getRule(0).getFormula1())
                    .isEqualTo("$G2>0");
            assertThat(rows.getDataValidations()).singleElement().satisfies(v -> {
                assertThat(v.getValidationConstraint().getExplicitListValues()).containsExactly("Not started",
                        "In progress", "At risk", "Completed", "Partially completed", "Dropped");
                assertThat(v.getRegions().getCellRangeAddress(0).formatAsString()).isEqualTo("E2:E4");
            });
            assertThat(rows.getPrintSetup().getLandscape()).isTrue();
            assertThat(rows.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(rows.getRepeatingRows().formatAsString()).isEqualTo("1:1");
            assertThat(rows.getFooter().getCenter()).isEqualTo("&A — page &P of &N");
            assertThat(rows.getColumnWidth(2)).isGreaterThan(rows.getColumnWidth(1) * 5);
        }
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() throws Exception {
        try (XSSFWorkbook book = write(Q3, "en", ReportScope.ALL, ReportHeader.DEFAULT)) {
            var cell = book.getSheet("Commitments").getRow(2).getCell(2);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).startsWith("=SUM(A1) is not a formula");
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void regeneratingAPastQuarterLaterGivesTheSameFigures() throws Exception {
        List<List<String>> first = new ArrayList<>();
        try (XSSFWorkbook book = write(Q3, "en", ReportScope.ALL, ReportHeader.DEFAULT)) {
            for (int i = 1; i <= 3; i++) {
                first.add(row(book.getSheet("Commitments"), i));
            }
        }
        clock.set("2026-02-01T10:00:00Z");
        commitments.changeStatus(formula, Status.AT_RISK, "lan", null);
        commitments.changeOwner(trade, store.agencies.findByCode("MOFA").orElseThrow().id(), "lan", null);
        commitments.addProgress(trade, "Later note", "lan");

        try (XSSFWorkbook book = write(Q3, "en", ReportScope.ALL, ReportHeader.DEFAULT)) {
            for (int i = 1; i <= 3; i++) {
                assertThat(row(book.getSheet("Commitments"), i)).isEqualTo(first.get(i - 1));
            }
        }
    }

    @Test
    void theFourthQuarterCountsWhatWasCompletedInItAndTheScopeNarrowsByOwner() throws Exception {
        ReportPeriod q4 = ReportPeriod.quarter("2025Q4");
        try (XSSFWorkbook book = write(q4, "en", ReportScope.ALL, ReportHeader.DEFAULT)) {
            XSSFSheet summary = book.getSheet("Summary");
            assertThat(figure(summary, "Completed")).isEqualTo("1");
            assertThat(figure(summary, "Completed in the period")).isEqualTo("1");
            assertThat(figure(summary, "Overdue")).isEqualTo("0");
        }
        ReportScope moit = new ReportScope(Set.of(), Set.of("MOIT"), Set.of(), Set.of());
        try (XSSFWorkbook book = write(q4, "en", moit, ReportHeader.DEFAULT)) {
            assertThat(book.getSheet("Commitments").getLastRowNum()).isEqualTo(1);
            assertThat(book.getSheet("Changes this period").getLastRowNum()).isEqualTo(1);
        }
    }

    @Test
    void aVietnameseReportIsInVietnameseThroughout() throws Exception {
        try (XSSFWorkbook book = write(Q3, "vi", ReportScope.ALL, new ReportHeader("BỘ NGOẠI GIAO\nVụ Châu Mỹ", "", true))) {
            assertThat(book.getSheetName(1)).isEqualTo("Cam kết");
            XSSFSheet summary = book.getSheet("Tổng hợp");
            assertThat(CELLS.formatCellValue(summary.getRow(0).getCell(3))).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            assertThat(CELLS.formatCellValue(summary.getRow(1).getCell(3))).isEqualTo("Độc lập - Tự do - Hạnh phúc");
            assertThat(CELLS.formatCellValue(summary.getRow(1).getCell(0))).isEqualTo("Vụ Châu Mỹ");
            assertThat(row(book.getSheet("Cam kết"), 1).get(4)).isEqualTo("Đang thực hiện");
            assertThat(row(book.getSheet("Cam kết"), 1).get(3)).isEqualTo("Bộ Công Thương");
        }
    }

    /** Points a column one character wide may take when printed: LibreOffice's, the wider of it and Excel's 5.25. */
    static final double POINTS_PER_CHARACTER = 7;

    /**
     * The scale a sheet prints at fitted to one page wide: A4 landscape (842 points) less its side margins, over
     * the width of the columns it prints (its print area, else every column used).
     */
    static double printedScale(XSSFWorkbook book, XSSFSheet sheet) {
        int lastColumn = lastPrintedColumn(book, sheet);
        double characters = 0;
        for (int c = 0; c <= lastColumn; c++) {
            characters += sheet.isColumnHidden(c) ? 0 : sheet.getColumnWidth(c) / 256.0;
        }
        double printable = 842 - 72 * (sheet.getMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT)
                + sheet.getMargin(org.apache.poi.ss.usermodel.PageMargin.RIGHT));
        return Math.min(1, printable / (characters * POINTS_PER_CHARACTER));
    }

    static int lastPrintedColumn(XSSFWorkbook book, XSSFSheet sheet) {
        String area = book.getPrintArea(book.getSheetIndex(sheet));
        if (area != null) {
            return org.apache.poi.ss.util.AreaReference.isContiguous(area)
                    ? new org.apache.poi.ss.util.AreaReference(area, org.apache.poi.ss.SpreadsheetVersion.EXCEL2007)
                            .getLastCell().getCol() : Integer.MAX_VALUE;
        }
        int last = 0;
        for (Row row : sheet) {
            last = Math.max(last, row.getLastCellNum() - 1);
        }
        return last;
    }

    @Test
    void everySheetPrintsLandscapeOnePageWideWithItsHeadingsOnEveryPageAndTextOfEightPointsOrMore() throws Exception {
        for (String language : List.of("en", "vi")) {
            try (XSSFWorkbook book = write(Q3, language, ReportScope.ALL, ReportHeader.DEFAULT)) {
                for (int i = 0; i < book.getNumberOfSheets(); i++) {
                    XSSFSheet sheet = book.getSheetAt(i);
                    String name = language + " " + sheet.getSheetName();
                    var print = sheet.getPrintSetup();
                    assertThat(print.getLandscape()).as(name).isTrue();
                    assertThat(print.getPaperSize()).as(name).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
                    assertThat(sheet.getFitToPage()).as(name).isTrue();
                    assertThat(print.getFitWidth()).as(name).isEqualTo((short) 1);
                    assertThat(print.getFitHeight()).as(name + ": as many pages tall as needed").isZero();
                    // Each page names its sheet (&A) and its page (&P of &N).
                    assertThat(sheet.getFooter().getCenter()).as(name).contains("&A", "&P", "&N");
                    if (i > 0) {
                        assertThat(sheet.getRepeatingRows()).as(name + ": table heading on every page").isNotNull();
                        assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:1");
                        assertThat(lastPrintedColumn(book, sheet)).as(name).isLessThanOrEqualTo(7);
                    }
                    double scale = printedScale(book, sheet);
                    int lastColumn = lastPrintedColumn(book, sheet);
                    for (Row row : sheet) {
                        for (var cell : row) {
                            if (cell.getColumnIndex() <= lastColumn) {
                                double points = book.getFontAt(cell.getCellStyle().getFontIndex()).getFontHeightInPoints();
                                assertThat(points * scale).as("%s %s printed size", name, cell.getAddress())
                                        .isGreaterThanOrEqualTo(8);
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void statusesWrapRatherThanBeingCutAndOverdueRowsAreTintedSoftly() throws Exception {
        try (XSSFWorkbook book = write(Q3, "vi", ReportScope.ALL, ReportHeader.DEFAULT)) {
            XSSFSheet rows = book.getSheet("Cam kết");
            assertThat(rows.getRow(1).getCell(4).getCellStyle().getWrapText()).isTrue();
            var fill = (org.apache.poi.xssf.usermodel.XSSFColor) rows.getSheetConditionalFormatting()
                    .getConditionalFormattingAt(0).getRule(0).getPatternFormatting().getFillBackgroundColorColor();
            assertThat("#" + fill.getARGBHex().substring(2)).isEqualTo(StatusPalette.OVERDUE_TINT);
        }
    }

    @Test
    void theSummaryChartColoursEachStatusAsThePaletteDoes() throws Exception {
        try (XSSFWorkbook book = write(Q3, "en", ReportScope.ALL, ReportHeader.DEFAULT)) {
            var series = book.getSheet("Summary").getDrawingPatriarch().getCharts().get(0).getChartSeries().get(0)
                    .getSeries(0);
            Status[] statuses = Status.values();
            for (int i = 0; i < statuses.length; i++) {
                var fill = (org.apache.poi.xddf.usermodel.XDDFSolidFillProperties) series.getDataPoint(i)
                        .getShapeProperties().getFillProperties();
                byte[] rgb = ((org.apache.poi.xddf.usermodel.XDDFColorRgbBinary) fill.getColor()).getValue();
                assertThat(String.format("#%02X%02X%02X", rgb[0] & 0xFF, rgb[1] & 0xFF, rgb[2] & 0xFF))
                        .as(statuses[i].name()).isEqualTo(StatusPalette.colour(statuses[i]));
            }
        }
    }

    static List<String> texts(XSSFSheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (var cell : row) {
                texts.add(CELLS.formatCellValue(cell));
            }
        }
        return texts;
    }

    @Test
    void aVietnameseReportNamesItsQuarterInWordsWithPlaceDateAndNumberAndPartnersInVietnamese() throws Exception {
        try (XSSFWorkbook book = write(Q3, "vi", ReportScope.ALL,
                new ReportHeader("BỘ NGOẠI GIAO", "", true, "", ""))) {
            List<String> summary = texts(book.getSheet("Tổng hợp"));
            assertThat(summary).contains("Kỳ báo cáo: Quý III năm 2025 (từ 01/07/2025 đến 30/09/2025)",
                    "Hà Nội, ngày 01 tháng 11 năm 2025", "Số:       /BC-", "Chi-lê").doesNotContain("Chile");
            assertThat(summary).noneMatch(t -> t.contains("2025Q3"));
            for (String sheet : List.of("Cam kết", "Thay đổi trong kỳ", "Quá hạn", "Đến hạn quý sau")) {
                assertThat(row(book.getSheet(sheet), 1)).as(sheet).contains("Chi-lê").doesNotContain("Chile");
            }
            assertThat(book.getSheet("Cam kết").getFooter().getCenter()).isEqualTo("&A — Trang &P/&N");
        }
        try (XSSFWorkbook book = write(Q3, "vi", ReportScope.ALL,
                new ReportHeader("", "", true, "Đà Nẵng", "Số: 15/BC-BNG"))) {
            assertThat(texts(book.getSheet("Tổng hợp"))).contains("Đà Nẵng, ngày 01 tháng 11 năm 2025", "Số: 15/BC-BNG");
        }
        try (XSSFWorkbook book = write(Q3, "en", ReportScope.ALL, new ReportHeader("", "", true, "", "15/BC-BNG"))) {
            assertThat(texts(book.getSheet("Summary"))).contains("Period: Q3 2025 (01/07/2025 to 30/09/2025)",
                    "Hanoi, 1 November 2025", "No.: 15/BC-BNG");
        }
    }

    @Test
    void aStoppedReportLeavesNoFile() throws Exception {
        Path out = dir.resolve("stopped.xlsx");
        ReportProgress stop = new ReportProgress() {
            @Override
            public void written(long done, long total) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> report.write(ReportRequest.of(Q3, ReportScope.ALL,
                        "en", ReportHeader.DEFAULT, LocalDate.of(2025, 11, 1)), out, stop))
                .isInstanceOf(ReportCancelledException.class);
        assertThat(out).doesNotExist();
        assertThat(dir).isDirectoryNotContaining("glob:**.part");
    }
}
