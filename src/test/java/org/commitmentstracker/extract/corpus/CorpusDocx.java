package org.commitmentstracker.extract.corpus;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * A statement as a Word document whose lists are Word's automatic numbering: the typed marker ("12.",
 * "a)", "IV.", "•") leaves the text and the paragraph points to a list ({@code numPr}) of
 * {@code numbering.xml}. One abstract list per marker style (decimal, lowerLetter, upperLetter,
 * upperRoman, bullet; its start value the first one the statement uses); a run of markers that does not
 * go on by one (a new "a)" list, numbering that jumps) gets a new list with a start override, as a
 * restart does in Word.
 */
final class CorpusDocx {
    private static final long FIXED_TIME = CorpusStatement.FALLBACK_DATE.atStartOfDay().toInstant(ZoneOffset.UTC)
            .toEpochMilli();

    private CorpusDocx() {
    }

    static byte[] write(CorpusStatement statement) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            var core = doc.getProperties().getCoreProperties();
            Date date = Date.from(statement.date().atTime(9, 0).toInstant(ZoneOffset.UTC));
            core.setCreated(Optional.of(date));
            core.setModified(Optional.of(date));
            core.setCreator("Commitments Tracker corpus");
            core.setTitle(statement.headline());
            XWPFNumbering numbering = doc.createNumbering();
            Map<String, BigInteger> abstracts = new HashMap<>();
            Map<String, BigInteger> current = new HashMap<>();
            Map<String, Integer> last = new HashMap<>();
            XWPFTable table = null;
            for (Paragraph paragraph : statement.paragraphs()) {
                if (!paragraph.cells().isEmpty()) {
                    table = addRow(doc, table, paragraph.cells());
                    continue;
                }
                table = null;
                XWPFParagraph p = doc.createParagraph();
                p.setAlignment(paragraph.numbered() ? ParagraphAlignment.BOTH : ParagraphAlignment.LEFT);
                p.setSpacingAfter(120);
                XWPFRun run = p.createRun();
                run.setText(paragraph.text());
                run.setFontFamily("Times New Roman");
                run.setFontSize(12);
                if (!paragraph.numbered()) {
                    continue;
                }
                run.setBold(paragraph.heading());
                String style = paragraph.style();
                BigInteger abstractId = abstracts.computeIfAbsent(style,
                        s -> numbering.addAbstractNum(new XWPFAbstractNum(abstractNum(paragraph, abstracts.size() + 1))));
                Integer previous = last.get(style);
                boolean goesOn = previous != null && (paragraph.value() == 0 || paragraph.value() == previous + 1);
                if (!goesOn) {
                    current.put(style, previous == null ? numbering.addNum(abstractId)
                            : restart(numbering, abstractId, paragraph));
                }
                last.put(style, paragraph.value());
                p.setNumID(current.get(style));
                p.setNumILvl(BigInteger.valueOf(paragraph.level()));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return fixedZipTimes(out.toByteArray());
        }
    }

    /** A row of a Word table: a line of tab-separated cells, the table going on while rows follow. */
    private static XWPFTable addRow(XWPFDocument doc, XWPFTable table, java.util.List<String> cells) {
        XWPFTableRow row;
        if (table == null) {
            table = doc.createTable();
            row = table.getRow(0);
        } else {
            row = table.createRow();
        }
        for (int i = 0; i < cells.size(); i++) {
            XWPFTableCell cell = i < row.getTableCells().size() ? row.getCell(i) : row.addNewTableCell();
            XWPFRun run = cell.getParagraphs().get(0).createRun();
            run.setText(cells.get(i));
            run.setFontFamily("Times New Roman");
            run.setFontSize(11);
        }
        return table;
    }

    private static CTAbstractNum abstractNum(Paragraph first, int id) {
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(BigInteger.valueOf(id));
        for (int level = 0; level < 9; level++) {
            CTLvl lvl = abs.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewStart().setVal(BigInteger.valueOf(Math.max(1, level == first.level() ? first.value() : 1)));
            lvl.addNewNumFmt().setVal(STNumberFormat.Enum.forString(first.format()));
            lvl.addNewLvlText().setVal(first.format().equals("bullet") ? first.suffix()
                    : first.prefix() + "%" + (level + 1) + first.suffix());
            lvl.addNewLvlJc().setVal(STJc.LEFT);
            CTInd ind = lvl.addNewPPr().addNewInd();
            ind.setLeft(BigInteger.valueOf(425L * (level + 1)));
            ind.setHanging(BigInteger.valueOf(425));
        }
        return abs;
    }

    /** A new list over the same abstract list, restarting at the paragraph's value. */
    private static BigInteger restart(XWPFNumbering numbering, BigInteger abstractId, Paragraph paragraph) {
        CTNum num = CTNum.Factory.newInstance();
        BigInteger id = BigInteger.valueOf(numbering.getNums().size() + 1L);
        num.setNumId(id);
        num.addNewAbstractNumId().setVal(abstractId);
        CTNumLvl override = num.addNewLvlOverride();
        override.setIlvl(BigInteger.valueOf(paragraph.level()));
        override.addNewStartOverride().setVal(BigInteger.valueOf(Math.max(1, paragraph.value())));
        return numbering.addNum(new XWPFNum(num, numbering));
    }

    /** The same zip with every entry dated the same, so that a run gives the same bytes as the last. */
    private static byte[] fixedZipTimes(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(FIXED_TIME);
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
