package org.commitmentstracker.report;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Print-ready: A4 landscape, one page wide (as many tall as needed), the header rows on every page, and on every
 * page a footer that names the sheet and the page ("Commitments — page 4 of 31": pages are counted through the
 * workbook, as Excel and LibreOffice both print a whole workbook). The sheets keep their printed
 * columns within {@link #PRINTABLE_WIDTH_POINTS}, so fitting them to the width does not shrink their text: it
 * prints at the size it has (at least {@link #MIN_PRINTED_POINTS}).
 */
final class PrintLayout {
    /** The smallest text a printed page may carry. */
    static final double MIN_PRINTED_POINTS = 8;
    /** Left and right margins, in inches. */
    static final double SIDE_MARGIN = 0.5;
    /** Top and bottom margins (the header and footer sit inside them), in inches. */
    static final double END_MARGIN = 0.6;
    /**
     * Points a column one character wide takes when printed at 100%: 5.25 in Excel (7 pixels of Calibri 11), about
     * 6.9 in LibreOffice, which draws Calibri with a wider substitute; the larger, so both print large enough.
     */
    static final double POINTS_PER_CHARACTER = 7;
    /** A4 landscape is 842 × 595 points. */
    static final double PRINTABLE_WIDTH_POINTS = 842 - 2 * SIDE_MARGIN * 72;
    static final double PRINTABLE_HEIGHT_POINTS = 595 - 2 * END_MARGIN * 72;

    private PrintLayout() {
    }

    /**
     * The scale a sheet prints at when fitted to the page's width: 1 when its printed columns fit, less when they
     * are wider. {@code widthChars} is the sum of the printed columns' widths in characters.
     */
    static double fittedScale(double widthChars) {
        return Math.min(1, PRINTABLE_WIDTH_POINTS / (widthChars * POINTS_PER_CHARACTER));
    }

    /** @param headerRows how many rows to repeat on each page (0 for none) */
    static void landscape(Sheet sheet, ReportWords words, int headerRows) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        print.setScale((short) 100);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN);
        sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN);
        sheet.setMargin(PageMargin.TOP, END_MARGIN);
        sheet.setMargin(PageMargin.BOTTOM, END_MARGIN);
        sheet.setMargin(PageMargin.HEADER, 0.3);
        sheet.setMargin(PageMargin.FOOTER, 0.3);
        if (headerRows > 0) {
            sheet.setRepeatingRows(new CellRangeAddress(0, headerRows - 1, -1, -1));
        }
        sheet.getFooter().setCenter(words.get("page"));
    }
}
