package org.commitmentstracker.report;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.commitmentstracker.model.HistoryField;
import org.commitmentstracker.model.PeriodChange;
import org.commitmentstracker.model.Status;

/** Every status change and progress note of the period, oldest first. */
final class ChangeSheet {
    private static final String[] COLUMNS = {"column.changedAt", "column.author", "column.statement",
        "column.partner", "column.ref", "column.change", "column.note", "column.evidence"};
    private static final int[] WIDTHS = {17, 14, 22, 11, 5, 22, 38, 19};

    private final Sheet sheet;
    private final ReportStyles styles;
    private final ReportWords words;
    private final ZoneId zone;
    private final CellStyle dateTime;
    private int next = 1;
    private int lines;

    ChangeSheet(Workbook workbook, ReportStyles styles, ReportWords words, ZoneId zone) {
        this.sheet = workbook.createSheet(words.get("sheet.changes"));
        this.styles = styles;
        this.words = words;
        this.zone = zone;
        this.dateTime = workbook.createCellStyle();
        dateTime.cloneStyleFrom(styles.date);
        dateTime.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
        ListHeader.write(sheet, styles, words, COLUMNS, WIDTHS);
    }

    void add(PeriodChange change) {
        Row row = sheet.createRow(next++);
        lines = 1;
        Cell when = row.createCell(0);
        when.setCellValue(LocalDateTime.ofInstant(change.changedAt(), zone));
        when.setCellStyle(dateTime);
        text(row, 1, change.author());
        text(row, 2, change.statementTitle());
        text(row, 3, partners(change.partners()));
        text(row, 4, change.ref());
        text(row, 5, change.field() == HistoryField.STATUS
                ? words.format("change.status", status(change.oldValue()), status(change.newValue()))
                : words.get("change.progress"));
        text(row, 6, change.comment());
        text(row, 7, change.evidenceLink());
        row.setHeightInPoints(RowHeights.points(lines));
    }

    int rows() {
        return next - 1;
    }

    void finish() {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, next - 1), 0, COLUMNS.length - 1));
    }

    /** The change's partners ("Russia, Mongolia" as stored) in the report's language. */
    private String partners(String stored) {
        return stored == null || stored.isBlank() ? stored
                : words.partners(java.util.Arrays.stream(stored.split(",\\s*")).toList());
    }

    private String status(String code) {
        return code == null ? "—" : words.status(Status.valueOf(code));
    }

    private void text(Row row, int column, String value) {
        lines = Math.max(lines, RowHeights.lines(value, WIDTHS[column]));
        SafeText.set(row.createCell(column), value, styles.wrapped, styles.wrappedQuoted);
    }
}
