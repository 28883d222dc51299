package org.commitmentstracker.report;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** The first row of a list sheet: column names, widths, frozen, repeated on every printed page. */
final class ListHeader {
    private ListHeader() {
    }

    /** @param widths in characters, one per column key */
    static void write(Sheet sheet, ReportStyles styles, ReportWords words, String[] columnKeys, int[] widths) {
        Row header = sheet.createRow(0);
        header.setHeightInPoints(RowHeights.points(2));
        for (int i = 0; i < columnKeys.length; i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(words.get(columnKeys[i]));
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, 1);
        PrintLayout.landscape(sheet, words, 1);
    }
}
