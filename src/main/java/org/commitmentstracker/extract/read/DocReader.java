package org.commitmentstracker.extract.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.HWPFOldDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Old Word .doc (Word 97 to 2003, POI's HWPF): the main text's paragraphs in order, one a line, as
 * {@link DocxReader} gives a .docx: automatic list numbers and bullets written out ({@link DocNumbering}), a table
 * row one line with its cells separated by a tab, a one-cell row (a box around text) its paragraphs. Field codes
 * are dropped and their shown text kept; headers, footers and notes are not the statement's text.
 */
final class DocReader {
    private static final char CELL_END = '\u0007';

    private DocReader() {
    }

    /** What an OLE2 container held: an old Word document's text, or else an Outlook message. */
    record Contents(String wordText, MailAttachments.Mail message) {
    }

    /** Opens the container once and reads what it holds: a Word document, or an Outlook message; else says what it is. */
    static Contents read(String name, byte[] bytes) throws UnreadableStatementException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            String stream = OleInspector.wordStream(root);
            if (stream == null && OleInspector.outlookMessage(root)) {
                return new Contents(null, MsgReader.read(name, root));
            }
            if (stream == null) {
                throw OleInspector.explain(name, root);
            }
            return new Contents(word(name, root, stream), null);
        } catch (IOException | RuntimeException e) {
            throw refusal(name, e);
        }
    }

    private static String word(String name, DirectoryNode root, String stream)
            throws UnreadableStatementException, IOException {
        try (HWPFDocument document = new HWPFDocument(root)) {
            return String.join("\n", lines(document.getRange()));
        } catch (OldWordFileFormatException e) {
            if (!isWord95(root, stream)) {
                throw refusal(name, e); // POI calls any file header below Word 97's "old"; zeros are damage
            }
            try {
                return word95(root);
            } catch (IOException | RuntimeException unread) {
                throw new UnreadableStatementException(name, StatementProblem.OTHER_FORMAT,
                        "is a Word 6 or Word 95 file; save it as .docx", unread).saying("OTHER_FORMAT.WORD95");
            }
        }
    }

    /**
     * A Word 6 or Word 95 document (the 1990s' archives, often typed in the .VnTime fonts that LegacyVietnamese
     * reads): POI's reader of the old format gives its paragraphs and tables, read as a Word 97 document's are.
     */
    private static String word95(DirectoryNode root) throws IOException {
        try (HWPFOldDocument document = new HWPFOldDocument(root)) {
            return String.join("\n", lines(document.getRange()));
        }
    }

    private static List<String> lines(Range range) {
        DocNumbering numbering = new DocNumbering();
        List<String> lines = new ArrayList<>();
        List<List<String>> cells = new ArrayList<>();
        List<String> cell = new ArrayList<>();
        for (int i = 0; i < range.numParagraphs(); i++) {
            Paragraph paragraph = range.getParagraph(i);
            if (paragraph.isInTable() && paragraph.isTableRowEnd()) {
                TableRows.add(cells, lines);
                cells.clear();
                continue;
            }
            String raw = paragraph.text();
            String line = WordNumbering.line(numbering.label(paragraph), clean(raw));
            if (!paragraph.isInTable()) {
                lines.add(line);
            } else {
                cell.add(line);
                if (raw.indexOf(CELL_END) >= 0) {
                    cells.add(List.copyOf(cell));
                    cell.clear();
                }
            }
        }
        if (!cell.isEmpty()) {
            cells.add(cell);
        }
        TableRows.add(cells, lines); // a table cut off at the document's end
        return lines;
    }

    /**
     * A paragraph's text without Word's marks: fields give their shown text, a manual line break ends a line,
     * a non-breaking hyphen is a hyphen, and the marks of pictures, notes and cells go.
     */
    static String clean(String raw) {
        String text = Range.stripFields(raw);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\r', CELL_END -> { }
                case '\u000B', '\u000C' -> out.append('\n');
                case '\u001E' -> out.append('-');
                default -> {
                    if (c >= ' ' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Word's mark (0xA5DC or 0xA5EC) and a Word 6 or Word 95 version (101 to 105) open the Word stream. */
    private static boolean isWord95(DirectoryNode root, String stream) {
        try (InputStream in = root.createDocumentInputStream(stream)) {
            byte[] head = in.readNBytes(4);
            int mark = (head[0] & 0xFF) | (head[1] & 0xFF) << 8;
            int version = (head[2] & 0xFF) | (head[3] & 0xFF) << 8;
            return head.length == 4 && (mark == 0xA5DC || mark == 0xA5EC) && version >= 101 && version <= 105;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** POI's refusals: an encrypted document has a password; anything else is a damaged file. */
    private static UnreadableStatementException refusal(String name, Throwable error) {
        for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT).contains("encrypt")
                    || t instanceof org.apache.poi.EncryptedDocumentException) {
                return new UnreadableStatementException(name, StatementProblem.PASSWORD_PROTECTED,
                        OleInspector.PASSWORD, error);
            }
        }
        return new UnreadableStatementException(name, StatementProblem.DAMAGED, DocxReader.DAMAGED, error)
                .saying("DAMAGED.WORD");
    }
}
