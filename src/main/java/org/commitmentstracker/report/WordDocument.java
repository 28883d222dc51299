package org.commitmentstracker.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * A Word document laid out as Decree 30/2020/NĐ-CP asks of an administrative document: A4, margins top and
 * bottom 20 mm, left 30 mm, right 15 mm, Times New Roman (set in the document's defaults for every script and on
 * every run, so LibreOffice shows it or its metric twin), body 14 pt justified with a first-line indent, the page
 * number at the top centre from the second page on. The building blocks of {@link WordReport}.
 */
final class WordDocument {
    static final String FONT = "Times New Roman";
    /** A4 in twentieths of a point. */
    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    /** 20 mm, 20 mm, 30 mm, 15 mm. */
    static final int MARGIN_TOP = 1134;
    static final int MARGIN_BOTTOM = 1134;
    static final int MARGIN_LEFT = 1701;
    static final int MARGIN_RIGHT = 851;
    /** The width between the margins. */
    static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    static final double BODY_SIZE = 14;
    /** 1 cm. */
    private static final int FIRST_LINE = 567;

    final XWPFDocument document = new XWPFDocument();

    WordDocument() {
        defaults();
        pageNumbers();
        page();
    }

    private void defaults() {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTRPr run = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        fonts(run.addNewRFonts());
        run.addNewSz().setVal(BigInteger.valueOf((long) (BODY_SIZE * 2)));
        run.addNewSzCs().setVal(BigInteger.valueOf((long) (BODY_SIZE * 2)));
        run.addNewLang().setVal("vi-VN");
        document.createStyles().setStyles(styles);
    }

    static void fonts(CTFonts fonts) {
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setEastAsia(FONT);
        fonts.setCs(FONT);
    }

    /** Page numbers at the top centre, none on the first page. */
    private void pageNumbers() {
        document.createHeader(HeaderFooterType.FIRST);
        XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph number = header.createParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        var field = number.getCTP().addNewFldSimple();
        field.setInstr("PAGE");
        var run = field.addNewR();
        fonts(run.addNewRPr().addNewRFonts());
        run.getRPr().addNewSz().setVal(BigInteger.valueOf(28));
        run.addNewT().setStringValue("1");
    }

    private void page() {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr() : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
        if (!section.isSetTitlePg()) {
            section.addNewTitlePg();
        }
    }

    /** A paragraph of the body: justified, first line indented, 6 pt before, single spacing. */
    XWPFParagraph body() {
        XWPFParagraph p = document.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setFirstLineIndent(FIRST_LINE);
        spacing(p, 120, 0);
        return p;
    }

    /** A centred paragraph of the body. */
    XWPFParagraph centred() {
        XWPFParagraph p = document.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        spacing(p, 0, 0);
        return p;
    }

    /** A centred paragraph in a cell of the header or signature table. */
    static XWPFParagraph centred(XWPFTableCell cell, boolean first) {
        XWPFParagraph p = first ? cell.getParagraphs().get(0) : cell.addParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        spacing(p, 0, 0);
        return p;
    }

    static void spacing(XWPFParagraph p, int before, int after) {
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
    }

    /**
     * A run in Times New Roman for every script; {@code text} may hold line breaks.
     */
    static XWPFRun run(XWPFParagraph p, String text, double size, boolean bold, boolean italic) {
        XWPFRun run = p.createRun();
        for (XWPFRun.FontCharRange range : XWPFRun.FontCharRange.values()) {
            run.setFontFamily(FONT, range);
        }
        run.setFontSize(size);
        run.setComplexScriptFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
        return run;
    }

    /**
     * A short horizontal rule under the line above, {@code length} long and centred in {@code width}: a
     * paragraph a few points high with a bottom border (drawn clear of the letters above in Word and LibreOffice
     * alike), indented from both sides.
     */
    static void rule(XWPFParagraph p, int length, int width) {
        int side = Math.max(0, (width - length) / 2);
        p.setIndentationLeft(side);
        p.setIndentationRight(side);
        p.setBorderBottom(Borders.SINGLE);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        p.setSpacingBetween(3, LineSpacingRule.EXACT);
        // The paragraph mark's own size, else a reader gives the empty line the body's height.
        var mark = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        var markRun = mark.isSetRPr() ? mark.getRPr() : mark.addNewRPr();
        fonts(markRun.addNewRFonts());
        markRun.addNewSz().setVal(BigInteger.valueOf(2));
        run(p, "", 1, false, false);
    }

    /** A table without borders in columns of these widths (twips), for the heading and signature blocks. */
    XWPFTable layoutTable(int... widths) {
        XWPFTable table = document.createTable(1, widths.length);
        table.removeBorders();
        fixed(table, widths);
        return table;
    }

    /** A table with thin borders, centred, columns of these widths (twips). */
    XWPFTable gridTable(int rows, int... widths) {
        XWPFTable table = document.createTable(rows, widths.length);
        table.setTableAlignment(TableRowAlign.CENTER);
        fixed(table, widths);
        return table;
    }

    private static void fixed(XWPFTable table, int... widths) {
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        table.setWidth(String.valueOf(total));
        CTTblLayoutType layout = table.getCTTbl().getTblPr().isSetTblLayout()
                ? table.getCTTbl().getTblPr().getTblLayout() : table.getCTTbl().getTblPr().addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        table.getRows().forEach(row -> {
            for (int i = 0; i < widths.length; i++) {
                row.getCell(i).setWidth(String.valueOf(widths[i]));
            }
        });
    }

    void write(OutputStream out) throws IOException {
        document.write(out);
    }
}
