package org.commitmentstracker.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFColor;

/** The few cell styles a report uses, made once per workbook (a workbook holds at most 64,000). */
final class ReportStyles {
    final CellStyle header;
    final CellStyle text;
    final CellStyle textQuoted;
    final CellStyle wrapped;
    final CellStyle wrappedQuoted;
    final CellStyle date;
    final CellStyle number;
    final CellStyle percent;
    final CellStyle title;
    final CellStyle bold;
    final CellStyle centredBold;
    final CellStyle centred;
    /** The place-and-date line of an official document. */
    final CellStyle italicCentred;
    /** Italic words on what a column takes, above its heading. */
    final CellStyle hint;

    ReportStyles(Workbook workbook) {
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        Font titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);

        header = workbook.createCellStyle();
        header.setFont(boldFont);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setBorderBottom(BorderStyle.THIN);

        text = top(workbook);
        textQuoted = top(workbook);
        textQuoted.setQuotePrefixed(true);
        wrapped = top(workbook);
        wrapped.setWrapText(true);
        wrappedQuoted = top(workbook);
        wrappedQuoted.setWrapText(true);
        wrappedQuoted.setQuotePrefixed(true);
        date = top(workbook);
        date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        date.setAlignment(HorizontalAlignment.LEFT);
        number = top(workbook);
        percent = top(workbook);
        percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
        title = workbook.createCellStyle();
        title.setFont(titleFont);
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        centredBold = workbook.createCellStyle();
        centredBold.setFont(boldFont);
        centredBold.setAlignment(HorizontalAlignment.CENTER);
        centred = workbook.createCellStyle();
        centred.setAlignment(HorizontalAlignment.CENTER);
        Font italicFont = workbook.createFont();
        italicFont.setItalic(true);
        italicCentred = workbook.createCellStyle();
        italicCentred.setFont(italicFont);
        italicCentred.setAlignment(HorizontalAlignment.CENTER);
        Font hintFont = workbook.createFont();
        hintFont.setItalic(true);
        hint = workbook.createCellStyle();
        hint.setFont(hintFont);
        hint.setWrapText(true);
        hint.setVerticalAlignment(VerticalAlignment.BOTTOM);
    }

    /** A "#RRGGBB" colour for a fill or a chart. */
    static XSSFColor colour(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return new XSSFColor(new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb}, null);
    }

    private static CellStyle top(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }
}
