package org.commitmentstracker.extract.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * OpenDocument text (.odt, as LibreOffice writes it): the body's paragraphs and headings in order, one a line, as
 * {@link DocxReader} gives a .docx: list numbers and bullets written out from the list styles
 * ({@link OdtListStyles}; numbering restarts with each list unless it continues another), a table row one line with
 * its cells separated by a tab ({@link TableRows}), spaces, tabs and line breaks as written. Comments, notes and
 * tracked deletions are not the statement's text. The archive has passed {@code ZipInspector} (sizes, no DOCTYPE).
 */
final class OdtReader {
    static final String TEXT_MIME = "application/vnd.oasis.opendocument.text";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";
    private static final String TEXT = OdtListStyles.TEXT;

    private static final String SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";

    /** Elements whose text is not the statement's: comments, notes, deletions kept for tracking, declarations. */
    private static final Set<String> SKIPPED = Set.of(OFFICE + " annotation", OFFICE + " forms", TEXT + " note",
            TEXT + " tracked-changes", TEXT + " sequence-decls", TEXT + " variable-decls",
            TEXT + " user-field-decls", SVG + " title", SVG + " desc");

    /** The parts read: the kind of document, its text and its shared styles. */
    private static final Set<String> PARTS = Set.of("mimetype", "content.xml", "styles.xml");

    private OdtReader() {
    }

    static String read(String name, byte[] bytes) throws UnreadableStatementException {
        Map<String, byte[]> parts = parts(name, bytes);
        String mime = new String(parts.getOrDefault("mimetype", new byte[0]), StandardCharsets.US_ASCII).strip();
        if (!mime.equals(TEXT_MIME)) {
            String words = mime.contains("spreadsheet") ? "SPREADSHEET" : mime.contains("presentation")
                    ? "PRESENTATION" : "OTHER";
            throw new UnreadableStatementException(name, StatementProblem.OTHER_FORMAT,
                    mime.contains("spreadsheet") ? "is an OpenDocument spreadsheet, not a statement"
                            : mime.contains("presentation") ? "is an OpenDocument presentation, not a statement"
                            : "is an OpenDocument file but not a text document")
                    .saying("OTHER_FORMAT.OPENDOCUMENT_" + words);
        }
        byte[] content = parts.get("content.xml");
        if (content == null) {
            throw damaged(name, null);
        }
        try {
            OdtListStyles styles = new OdtListStyles();
            if (parts.containsKey("styles.xml")) {
                styles.read(xml(parts.get("styles.xml")));
            }
            styles.read(xml(content));
            return String.join("\n", new Walk(styles).lines(xml(content)));
        } catch (XMLStreamException | RuntimeException e) {
            throw damaged(name, e);
        }
    }

    private static Map<String, byte[]> parts(String name, byte[] bytes) throws UnreadableStatementException {
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (PARTS.contains(entry.getName())) {
                    parts.put(entry.getName(), zip.readAllBytes());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw damaged(name, e);
        }
        return parts;
    }

    private static XMLStreamReader xml(byte[] part) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        InputStream in = new ByteArrayInputStream(part);
        return factory.createXMLStreamReader(in);
    }

    private static UnreadableStatementException damaged(String name, Throwable cause) {
        return new UnreadableStatementException(name, StatementProblem.DAMAGED,
                "is damaged or not a valid OpenDocument file", cause).saying("DAMAGED.OPENDOCUMENT");
    }

    /** One pass over content.xml. */
    private static final class Walk {
        /** A list being read: its style, its level (0 for a list in no list) and the numbers of its levels. */
        private static final class ListFrame {
            final String style;
            final int level;
            final int[] numbers;
            boolean itemWaiting;
            Integer itemStart;

            ListFrame(String style, int level, int[] numbers) {
                this.style = style;
                this.level = level;
                this.numbers = numbers;
            }
        }

        private final OdtListStyles styles;
        private final Deque<ListFrame> lists = new ArrayDeque<>();
        private final Map<String, int[]> listsById = new HashMap<>();
        private int[] lastTopList;
        private final Deque<StringBuilder> paragraphs = new ArrayDeque<>();
        private final Deque<String> labels = new ArrayDeque<>();
        private final Deque<List<String>> sinks = new ArrayDeque<>();
        private final Deque<List<List<String>>> rows = new ArrayDeque<>();

        Walk(OdtListStyles styles) {
            this.styles = styles;
        }

        List<String> lines(XMLStreamReader xml) throws XMLStreamException {
            List<String> lines = new ArrayList<>();
            sinks.push(lines);
            boolean inBody = false;
            int skipping = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String ns = xml.getNamespaceURI();
                    String element = xml.getLocalName();
                    if (skipping > 0 || SKIPPED.contains(ns + " " + element)) {
                        skipping++;
                    } else if (OFFICE.equals(ns) && element.equals("text")) {
                        inBody = true;
                    } else if (inBody) {
                        start(xml, ns, element);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (skipping > 0) {
                        skipping--;
                    } else if (inBody) {
                        end(xml.getNamespaceURI(), xml.getLocalName());
                    }
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
                        && skipping == 0 && !paragraphs.isEmpty()) {
                    paragraphs.peek().append(xml.getText());
                }
            }
            return lines;
        }

        private void start(XMLStreamReader xml, String ns, String element) {
            if (TEXT.equals(ns)) {
                switch (element) {
                    case "list" -> startList(xml);
                    case "list-item" -> {
                        if (!lists.isEmpty()) {
                            lists.peek().itemWaiting = true;
                            String start = xml.getAttributeValue(TEXT, "start-value");
                            lists.peek().itemStart = start == null ? null : OdtListStyles.number(start, 1);
                        }
                    }
                    case "list-header" -> {
                        if (!lists.isEmpty()) {
                            lists.peek().itemWaiting = false;
                        }
                    }
                    case "p", "h" -> {
                        labels.push(label(xml.getAttributeValue(TEXT, "style-name")));
                        paragraphs.push(new StringBuilder());
                    }
                    case "s" -> append(" ".repeat(Math.max(1, Math.min(1000,
                            OdtListStyles.number(xml.getAttributeValue(TEXT, "c"), 1)))));
                    case "tab" -> append("\t");
                    case "line-break" -> append("\n");
                    default -> { }
                }
            } else if (TABLE.equals(ns)) {
                if (element.equals("table-row")) {
                    rows.push(new ArrayList<>());
                } else if (element.equals("table-cell")) {
                    sinks.push(new ArrayList<>());
                }
            }
        }

        private void end(String ns, String element) {
            if (TEXT.equals(ns)) {
                switch (element) {
                    case "list" -> lists.pop();
                    case "list-item", "list-header" -> {
                        if (!lists.isEmpty()) {
                            lists.peek().itemWaiting = false;
                        }
                    }
                    case "p", "h" -> {
                        String text = paragraphs.pop().toString();
                        String label = labels.pop();
                        sinks.peek().add(WordNumbering.line(label, text));
                    }
                    default -> { }
                }
            } else if (TABLE.equals(ns)) {
                if (element.equals("table-cell") && sinks.size() > 1) {
                    List<String> cell = sinks.pop();
                    if (!rows.isEmpty()) {
                        rows.peek().add(cell);
                    }
                } else if (element.equals("table-row") && !rows.isEmpty()) {
                    TableRows.add(rows.pop(), sinks.peek());
                }
            }
        }

        /**
         * A list in no list starts its numbers afresh unless it continues another; a list in a list is the next
         * level of its list's numbers, which restart only when an item of a level above is numbered (as Word and
         * LibreOffice count them).
         */
        private void startList(XMLStreamReader xml) {
            ListFrame parent = lists.peek();
            String style = xml.getAttributeValue(TEXT, "style-name");
            int[] numbers;
            if (parent != null) {
                numbers = parent.numbers;
            } else {
                String other = xml.getAttributeValue(TEXT, "continue-list");
                boolean continues = "true".equals(xml.getAttributeValue(TEXT, "continue-numbering"));
                numbers = other != null && listsById.containsKey(other) ? listsById.get(other)
                        : continues && lastTopList != null ? lastTopList : new int[OdtListStyles.LEVELS];
                lastTopList = numbers;
            }
            String id = xml.getAttributeValue(XML, "id");
            if (id != null) {
                listsById.put(id, numbers);
            }
            lists.push(new ListFrame(style != null ? style : parent == null ? null : parent.style,
                    parent == null ? 0 : Math.min(OdtListStyles.LEVELS - 1, parent.level + 1), numbers));
        }

        /** The label of the first paragraph of a list item, numbered now; "" for any other paragraph. */
        private String label(String paragraphStyle) {
            ListFrame list = lists.peek();
            if (list == null || !list.itemWaiting) {
                return "";
            }
            list.itemWaiting = false;
            String style = list.style != null ? list.style : styles.listOfParagraphStyle(paragraphStyle);
            int level = list.level;
            int[] numbers = list.numbers;
            numbers[level] = list.itemStart != null ? list.itemStart
                    : numbers[level] == 0 ? styles.start(style, level) : numbers[level] + 1;
            Arrays.fill(numbers, level + 1, numbers.length, 0);
            int[] shown = numbers.clone();
            for (int l = 0; l < level; l++) {
                shown[l] = shown[l] == 0 ? styles.start(style, l) : shown[l];
            }
            return styles.label(style, level, shown);
        }

        private void append(String text) {
            if (!paragraphs.isEmpty()) {
                paragraphs.peek().append(text);
            }
        }
    }
}
