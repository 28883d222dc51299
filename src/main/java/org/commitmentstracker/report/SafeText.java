package org.commitmentstracker.report;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;

/**
 * Writes text into a cell so that a spreadsheet never takes it for a formula: text that starts
 * with "=", "+", "-" or "@" gets a quote-prefixed style, so Excel and LibreOffice keep it as
 * text even when the officer edits the cell.
 */
final class SafeText {
    private SafeText() {
    }

    static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
    }

    /**
     * @param quoted the same look as {@code style}, with the quote prefix set
     */
    static void set(Cell cell, String text, CellStyle style, CellStyle quoted) {
        String value = text == null ? "" : text;
        cell.setCellValue(value);
        cell.setCellStyle(looksLikeFormula(value) ? quoted : style);
    }
}
