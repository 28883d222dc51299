package org.commitmentstracker.extract.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.commitmentstracker.io.ArchiveRefusedException;
import org.commitmentstracker.io.ZipInspector;

/**
 * Word .docx: the body's paragraphs in order, table cells' paragraphs included, one paragraph a line, automatic
 * list numbers and bullets written out as Word shows them ({@link WordNumbering}).
 */
final class DocxReader {
    static final String DAMAGED = "is damaged or not a valid Word file";
    static final String XML_ENTITY = ZipInspector.XML_ENTITY;

    static {
        // POI's limits are JVM-wide. Its size limit is only ever tightened. Its ratio check judges one part at a
        // time, mid-stream, and refused ordinary documents (a 17 KB file whose list numbering part expands 88:1);
        // every archive the application hands POI (statements here, update forms in importing) has first been
        // judged whole by ZipInspector (total expanded size against the file's size, and absolute caps), so
        // POI's per-part ratio is switched off rather than kept as a second, wrong judge.
        ZipSecureFile.setMinInflateRatio(0);
        ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), ZipInspector.MAX_ENTRY_BYTES));
    }

    private DocxReader() {
    }

    /** Reads a .docx whose archive {@link #inspect} has passed. */
    static String read(String name, byte[] bytes, ZipInspector.Contents zip) throws UnreadableStatementException {
        requireWordDocument(name, zip);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> lines = new ArrayList<>();
            addBody(document.getBodyElements(), lines, new WordNumbering(document));
            return String.join("\n", lines);
        } catch (IOException | RuntimeException e) {
            throw refusal(name, e);
        }
    }

    /** The archive checks before POI (or the OpenDocument reader) sees it, their refusals told as a statement's problems. */
    static ZipInspector.Contents inspect(String name, byte[] bytes) throws UnreadableStatementException {
        try {
            return ZipInspector.inspect(name, bytes);
        } catch (ArchiveRefusedException e) {
            throw switch (e.why()) {
                case TRUNCATED -> new UnreadableStatementException(name, StatementProblem.TRUNCATED, e.reason());
                case DAMAGED -> new UnreadableStatementException(name, StatementProblem.DAMAGED, DAMAGED, e.getCause())
                        .saying("DAMAGED.WORD");
                case ZIP_BOMB -> new UnreadableStatementException(name, StatementProblem.ZIP_BOMB, e.reason());
                case XML_ENTITY -> new UnreadableStatementException(name, StatementProblem.XML_ENTITY, e.reason());
            };
        }
    }

    private static void requireWordDocument(String name, ZipInspector.Contents zip)
            throws UnreadableStatementException {
        if (zip.contentTypes() && zip.word()) {
            return;
        }
        // An Office archive that is not Word, Excel nor PowerPoint has lost its parts.
        if (zip.contentTypes() && !zip.excel() && !zip.powerPoint()) {
            throw new UnreadableStatementException(name, StatementProblem.DAMAGED, DAMAGED).saying("DAMAGED.WORD");
        }
        String reason = zip.excel() ? "is an Excel workbook, not a statement"
                : zip.powerPoint() ? "is a PowerPoint file, not a statement"
                : "is a ZIP archive, not a Word .docx file";
        String words = zip.excel() ? "EXCEL" : zip.powerPoint() ? "POWERPOINT" : "ZIP";
        throw new UnreadableStatementException(name, StatementProblem.OTHER_FORMAT, reason)
                .saying("OTHER_FORMAT." + words);
    }

    /** Each paragraph a line, list items starting with the number or bullet Word shows ("5.", "a)", "•"). */
    private static void addBody(List<IBodyElement> elements, List<String> lines, WordNumbering numbering) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                lines.add(WordNumbering.line(numbering.label(paragraph), paragraph.getText()));
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    addRow(row, lines, numbering);
                }
            } else if (element instanceof XWPFSDT contentControl) {
                lines.add(contentControl.getContent().getText());
            }
        }
    }

    /** A table row as {@link TableRows} writes it. */
    private static void addRow(XWPFTableRow row, List<String> lines, WordNumbering numbering) {
        List<List<String>> cells = new ArrayList<>();
        for (XWPFTableCell cell : row.getTableCells()) {
            List<String> cellLines = new ArrayList<>();
            addBody(cell.getBodyElements(), cellLines, numbering);
            cells.add(cellLines);
        }
        TableRows.add(cells, lines);
    }

    /** POI wraps its refusals in several exception types; the words in the chain tell which refusal it was. */
    private static UnreadableStatementException refusal(String name, Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb")) {
                return new UnreadableStatementException(name, StatementProblem.ZIP_BOMB,
                        "looks like a zip bomb (compression ratio too high)", error);
            }
            // Not "entity" alone: "must start and end within the same entity" is what any cut-off XML gets.
            if (message.contains("doctype") || message.contains("external entit")
                    || message.contains("entity expansion")) {
                return new UnreadableStatementException(name, StatementProblem.XML_ENTITY, XML_ENTITY, error);
            }
            if (message.contains("encrypt")) {
                return new UnreadableStatementException(name, StatementProblem.PASSWORD_PROTECTED,
                        OleInspector.PASSWORD, error);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return new UnreadableStatementException(name, StatementProblem.DAMAGED, DAMAGED, error).saying("DAMAGED.WORD");
    }
}
