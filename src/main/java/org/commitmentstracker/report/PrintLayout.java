package org.commitmentstracker.report;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** Print-ready: A4 landscape, one page wide, the header row on every page, page numbers in the footer. */
final class PrintLayout {
    private PrintLayout() {
    }

    /** @param headerRows how many rows to repeat on each page (0 for none) */
    static void landscape(Sheet sheet, ReportWords words, int headerRows) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        if (headerRows > 0) {
            sheet.setRepeatingRows(new CellRangeAddress(0, headerRows - 1, -1, -1));
        }
        sheet.getFooter().setCenter(words.get("page"));
    }
}
