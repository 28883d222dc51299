package org.commitmentstracker.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * OpenDocument text statements. The fixture vi-table-and-lists.odt was written by LibreOffice from
 * vi-table-and-lists.html beside it; the corpus's statements are also read as .odt (formats/odt, scored by
 * SeedAccuracyTest), each giving its .docx's text.
 */
class OdtReaderTest extends StatementFileFixture {
    private static final String NAMESPACES = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
            + "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
            + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"";

    @Test
    void paragraphsListNumbersTablesAndBoxesAsTheDocxReaderGivesThem() throws Exception {
        SourceText text = read("thong-cao.odt", fixture("vi-table-and-lists.odt"));
        assertThat(text.format()).isEqualTo("odt");
        // The same text as the .doc made from the same page (DocReaderTest).
        assertThat(text.text()).isEqualTo(readers.read(write("same.doc", fixture("vi-table-and-lists.doc"))).text());
        assertThat(text.text()).contains("1. Hai bên nhất trí mở Tổng Lãnh sự quán",
                "Nhiệm vụ\tCơ quan chủ trì\tThời hạn");
    }

    @Test
    void listsRestartContinueAndNestAsLibreOfficeNumbersThem() throws Exception {
        String styles = "<office:automatic-styles><text:list-style style:name=\"L1\">"
                + "<text:list-level-style-number text:level=\"1\" style:num-format=\"1\" style:num-suffix=\".\"/>"
                + "<text:list-level-style-number text:level=\"2\" style:num-format=\"a\" style:num-suffix=\")\"/>"
                + "<text:list-level-style-number text:level=\"3\" style:num-format=\"1\" style:num-suffix=\".\" "
                + "text:display-levels=\"3\"/></text:list-style>"
                + "<text:list-style style:name=\"B\"><text:list-level-style-bullet text:level=\"1\" "
                + "text:bullet-char=\"\"/></text:list-style></office:automatic-styles>";
        String body = "<text:list xml:id=\"one\" text:style-name=\"L1\">"
                + item("First") + "<text:list-item><text:p>Second</text:p><text:list>" + item("sub a") + item("sub b")
                + "<text:list-item><text:list>" + item("deep") + "</text:list></text:list-item>"
                + "</text:list></text:list-item></text:list>"
                + "<text:p>Between<text:s text:c=\"3\"/>the lists<text:tab/>with a tab<text:line-break/>and a break"
                + "<office:annotation><text:p>a comment</text:p></office:annotation>"
                + "<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>a note</text:p>"
                + "</text:note-body></text:note></text:p>"
                + "<text:list text:continue-list=\"one\" text:style-name=\"L1\">" + item("Third") + "</text:list>"
                + "<text:list text:style-name=\"L1\"><text:list-item text:start-value=\"7\"><text:p>Seventh</text:p>"
                + "</text:list-item></text:list>"
                + "<text:list text:style-name=\"B\">" + item("A bullet in Symbol") + "</text:list>";
        assertThat(read("plan.odt", odt(styles, body)).text()).isEqualTo(String.join("\n",
                "1. First", "2. Second", "a) sub a", "b) sub b", "2.b.1. deep",
                "Between   the lists\twith a tab\nand a break",
                "3. Third", "7. Seventh", "• A bullet in Symbol"));
    }

    @Test
    void aSpreadsheetIsNamedAndAnArchiveWithoutContentIsDamaged() throws Exception {
        Map<String, byte[]> sheet = new LinkedHashMap<>();
        sheet.put("mimetype", "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
        sheet.put("content.xml", ("<office:document-content " + NAMESPACES + "/>").getBytes(StandardCharsets.UTF_8));
        assertRefused("budget.ods", ReadFixtures.zip(sheet), StatementProblem.OTHER_FORMAT,
                "budget.ods: is an OpenDocument spreadsheet, not a statement");
        Map<String, byte[]> empty = Map.of("mimetype", OdtReader.TEXT_MIME.getBytes(StandardCharsets.US_ASCII));
        assertRefused("empty.odt", ReadFixtures.zip(empty), StatementProblem.DAMAGED,
                "empty.odt: is damaged or not a valid OpenDocument file");
    }

    private static String item(String text) {
        return "<text:list-item><text:p>" + text + "</text:p></text:list-item>";
    }

    /** A text document with these automatic styles and this body. */
    private static byte[] odt(String styles, String body) throws Exception {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("mimetype", OdtReader.TEXT_MIME.getBytes(StandardCharsets.US_ASCII));
        parts.put("content.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content " + NAMESPACES
                + ">" + styles + "<office:body><office:text>" + body + "</office:text></office:body>"
                + "</office:document-content>").getBytes(StandardCharsets.UTF_8));
        return ReadFixtures.zip(parts);
    }

    private static byte[] fixture(String name) throws Exception {
        try (InputStream in = OdtReaderTest.class.getResourceAsStream("/statements/office/" + name)) {
            return in.readAllBytes();
        }
    }
}
