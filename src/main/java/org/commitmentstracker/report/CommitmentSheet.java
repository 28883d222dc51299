package org.commitmentstracker.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.CommitmentAsOf;
import org.commitmentstracker.model.StatusPalette;

/**
 * A sheet of commitments, one row each, as they stood at the report's date: frozen header,
 * autofilter, wrapped text, overdue rows in a soft tint, a drop-down of statuses, print-ready.
 * Used for the whole list and for the overdue and due-next-quarter lists. The columns a printed
 * page needs come first and are the print area ({@link #PRINTED_COLUMNS}); the others (statement,
 * sector, co-owners, side, update date) follow, for work in the spreadsheet.
 */
final class CommitmentSheet {
    static final String[] COLUMNS = {"column.partner", "column.ref", "column.text", "column.owner", "column.status",
        "column.deadline", "column.daysOverdue", "column.latestUpdate",
        "column.statement", "column.sector", "column.coOwners", "column.side", "column.latestUpdateAt"};
    private static final int[] WIDTHS = {11, 5, 46, 18, 13, 11, 8, 28, 30, 15, 11, 9, 11};
    /** Partner to latest update: what a printed page shows. */
    static final int PRINTED_COLUMNS = 8;
    static final int STATUS_COLUMN = 4;
    static final int DAYS_OVERDUE_COLUMN = 6;

    private final Sheet sheet;
    private final ReportStyles styles;
    private final ReportWords words;
    private final LocalDate asOf;
    private final ZoneId zone;
    private final String language;
    private int next = 1;
    /** The tallest wrapped cell of the row being written, in lines. */
    private int lines;

    CommitmentSheet(Workbook workbook, String name, ReportStyles styles, ReportWords words, LocalDate asOf,
                    ZoneId zone, String language) {
        this.sheet = workbook.createSheet(name);
        this.styles = styles;
        this.words = words;
        this.asOf = asOf;
        this.zone = zone;
        this.language = language;
        ListHeader.write(sheet, styles, words, COLUMNS, WIDTHS);
    }

    void add(CommitmentAsOf c) {
        Row row = sheet.createRow(next++);
        lines = 1;
        text(row, 0, words.partners(c.partners()), true);
        text(row, 1, c.ref(), false);
        text(row, 2, c.text(), true);
        text(row, 3, c.owner() == null ? "" : c.owner().name(language), true);
        // Wrapped, so a long status ("Hoàn thành một phần") takes two lines instead of being cut.
        text(row, STATUS_COLUMN, words.status(c.status()), true);
        date(row, 5, c.deadline());
        long late = c.daysOverdue(asOf);
        Cell days = row.createCell(DAYS_OVERDUE_COLUMN);
        if (late > 0) {
            days.setCellValue(late);
        }
        days.setCellStyle(styles.number);
        text(row, 7, c.latestUpdate(), true);
        text(row, 8, c.statementTitle() + (c.statementDate() == null ? "" : " (" + ReportWords.date(c.statementDate()) + ")"), true);
        text(row, 9, words.sector(c.sector()), true);
        text(row, 10, c.coOwners().stream().map(Agency::code).collect(Collectors.joining(", ")), true);
        text(row, 11, words.side(c.actor()), false);
        date(row, 12, c.latestUpdateAt() == null ? null : LocalDate.ofInstant(c.latestUpdateAt(), zone));
        row.setHeightInPoints(RowHeights.points(lines));
    }

    int rows() {
        return next - 1;
    }

    /** Adds what spans all rows: autofilter, the overdue tint, the status drop-down and the print area. */
    void finish() {
        int last = Math.max(1, next - 1);
        String lastColumn = CellReference.convertNumToColString(COLUMNS.length - 1);
        sheet.setAutoFilter(new CellRangeAddress(0, last, 0, COLUMNS.length - 1));
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        String days = CellReference.convertNumToColString(DAYS_OVERDUE_COLUMN);
        ConditionalFormattingRule overdue = formatting.createConditionalFormattingRule("$" + days + "2>0");
        PatternFormatting fill = overdue.createPatternFormatting();
        fill.setFillBackgroundColor(ReportStyles.colour(StatusPalette.OVERDUE_TINT));
        fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        formatting.addConditionalFormatting(new CellRangeAddress[] {CellRangeAddress.valueOf("A2:" + lastColumn + (last + 1))},
                overdue);
        StatusList.addDropDown(sheet, words, 1, last, STATUS_COLUMN);
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, PRINTED_COLUMNS - 1, 0, last);
    }

    private void text(Row row, int column, String value, boolean wrap) {
        if (wrap) {
            lines = Math.max(lines, RowHeights.lines(value, WIDTHS[column]));
        }
        SafeText.set(row.createCell(column), value, wrap ? styles.wrapped : styles.text,
                wrap ? styles.wrappedQuoted : styles.textQuoted);
    }

    private void date(Row row, int column, LocalDate value) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(styles.date);
    }
}
