package org.commitmentstracker.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.CommitmentAsOf;

/**
 * A sheet of commitments, one row each, as they stood at the report's date: frozen header,
 * autofilter, wrapped text, overdue rows highlighted, a drop-down of statuses, print-ready.
 * Used for the whole list and for the overdue and due-next-quarter lists.
 */
final class CommitmentSheet {
    static final String[] COLUMNS = {"column.statement", "column.partner", "column.ref", "column.text",
        "column.sector", "column.owner", "column.coOwners", "column.side", "column.status", "column.deadline",
        "column.daysOverdue", "column.latestUpdate", "column.latestUpdateAt"};
    private static final int[] WIDTHS = {22, 11, 5, 55, 15, 20, 11, 9, 13, 11, 8, 32, 11};
    static final int STATUS_COLUMN = 8;
    static final int DAYS_OVERDUE_COLUMN = 10;

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
        text(row, 0, c.statementTitle() + (c.statementDate() == null ? "" : " (" + ReportWords.date(c.statementDate()) + ")"), true);
        text(row, 1, String.join(", ", c.partners()), true);
        text(row, 2, c.ref(), false);
        text(row, 3, c.text(), true);
        text(row, 4, words.sector(c.sector()), true);
        text(row, 5, c.owner() == null ? "" : c.owner().name(language), true);
        text(row, 6, c.coOwners().stream().map(Agency::code).collect(Collectors.joining(", ")), true);
        text(row, 7, words.side(c.actor()), false);
        text(row, 8, words.status(c.status()), false);
        date(row, 9, c.deadline());
        long late = c.daysOverdue(asOf);
        Cell days = row.createCell(10);
        if (late > 0) {
            days.setCellValue(late);
        }
        days.setCellStyle(styles.number);
        text(row, 11, c.latestUpdate(), true);
        date(row, 12, c.latestUpdateAt() == null ? null : LocalDate.ofInstant(c.latestUpdateAt(), zone));
        row.setHeightInPoints(RowHeights.points(lines));
    }

    int rows() {
        return next - 1;
    }

    /** Adds what spans all rows: autofilter, the overdue highlight and the status drop-down. */
    void finish() {
        int last = Math.max(1, next - 1);
        String lastColumn = CellReference.convertNumToColString(COLUMNS.length - 1);
        sheet.setAutoFilter(new CellRangeAddress(0, last, 0, COLUMNS.length - 1));
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        String days = CellReference.convertNumToColString(DAYS_OVERDUE_COLUMN);
        ConditionalFormattingRule overdue = formatting.createConditionalFormattingRule("$" + days + "2>0");
        PatternFormatting fill = overdue.createPatternFormatting();
        fill.setFillBackgroundColor(IndexedColors.ROSE.getIndex());
        fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        formatting.addConditionalFormatting(new CellRangeAddress[] {CellRangeAddress.valueOf("A2:" + lastColumn + (last + 1))},
                overdue);
        StatusList.addDropDown(sheet, words, 1, last, STATUS_COLUMN);
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
