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

/** Word .docx: the body's paragraphs in order, table cells' paragraphs included, one paragraph a line. */
final class DocxReader {
    static final String DAMAGED = "is damaged or not a valid Word file";
    static final String XML_ENTITY = "contains an XML external entity and was refused";

    static {
        // POI's limits are JVM-wide: only ever tighten them, so other code keeps at least POI's protection.
        ZipSecureFile.setMinInflateRatio(Math.max(ZipSecureFile.getMinInflateRatio(), 1.0 / ZipInspector.MAX_RATIO));
        ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), ZipInspector.MAX_ENTRY_BYTES));
    }

    private DocxReader() {
    }

    static String read(String name, byte[] bytes) throws UnreadableStatementException {
        requireWordDocument(name, ZipInspector.inspect(name, bytes));
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> lines = new ArrayList<>();
            addBody(document.getBodyElements(), lines);
            return String.join("\n", lines);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableStatementException(name, reasonFor(e), e);
        }
    }

    private static void requireWordDocument(String name, ZipInspector.Contents zip)
            throws UnreadableStatementException {
        if (zip.contentTypes() && zip.word()) {
            return;
        }
        String reason = zip.excel() ? "is an Excel workbook, not a statement"
                : zip.powerPoint() ? "is a PowerPoint file, not a statement"
                : zip.openDocument() ? "is an OpenDocument file; save it as .docx"
                : zip.contentTypes() ? DAMAGED
                : "is a ZIP archive, not a Word .docx file";
        throw new UnreadableStatementException(name, reason);
    }

    private static void addBody(List<IBodyElement> elements, List<String> lines) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                lines.add(paragraph.getText());
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        addBody(cell.getBodyElements(), lines);
                    }
                }
            } else if (element instanceof XWPFSDT contentControl) {
                lines.add(contentControl.getContent().getText());
            }
        }
    }

    /** POI wraps its refusals in several exception types; the words in the chain tell which refusal it was. */
    private static String reasonFor(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb")) {
                return "looks like a zip bomb (compression ratio too high)";
            }
            if (message.contains("doctype") || message.contains("entity")) {
                return XML_ENTITY;
            }
            if (message.contains("encrypt")) {
                return OleInspector.PASSWORD;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return DAMAGED;
    }
}
