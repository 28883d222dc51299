package org.commitmentstracker.extract.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.commitmentstracker.io.ZipInspector;
import org.junit.jupiter.api.Test;

class DocxReaderTest extends StatementFileFixture {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    @Test
    void paragraphsAndTableCellsInBodyOrder() throws Exception {
        SourceText text = readers.read(write("statement.docx", ReadFixtures.docx()));
        assertThat(text.format()).isEqualTo("docx");
        assertThat(text.name()).isEqualTo("statement.docx");
        assertThat(text.sourceUrl()).isNull();
        assertThat(text.text()).isEqualTo(String.join("\n", "Joint Statement",
                "The two sides agreed to strengthen cooperation.", ReadFixtures.VIETNAMESE + ".",
                "Area\tCommitment", "Trade\tRaise trade to USD 10 billion"));
    }

    @Test
    void contentWinsOverTheExtension() throws Exception {
        assertThat(readers.read(write("renamed.txt", ReadFixtures.docx())).format()).isEqualTo("docx");
    }

    @Test
    void truncatedDocxIsToldIncompleteEvenWhenOnlyItsDirectoryIsLost() throws Exception {
        byte[] docx = ReadFixtures.docx();
        for (int length : new int[] {200, docx.length / 2, docx.length - 10}) {
            assertRefused("cut.docx", Arrays.copyOf(docx, length), StatementProblem.TRUNCATED,
                    "cut.docx: is incomplete: its end is missing (was it copied or downloaded only in part?)");
        }
    }

    @Test
    void wholeArchiveWithAnUnreadableDocumentIsDamaged() throws Exception {
        // The parser's words for XML cut short speak of an "entity": that is no XML entity attack.
        byte[] docx = ReadFixtures.docxWithDocumentXml("<?xml version=\"1.0\"?><w:document xmlns:w="
                + "\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Joint");
        assertRefused("broken.docx", docx, StatementProblem.DAMAGED,
                "broken.docx: is damaged or not a valid Word file");
    }

    @Test
    void passwordProtectedDocx() throws Exception {
        assertThatThrownBy(() -> readers.read(write("locked.docx", ReadFixtures.passwordDocx())))
                .hasMessage("locked.docx: is password-protected; remove the password and try again");
    }

    @Test
    void zipBombIsRefusedBeforeItIsInflated() throws Exception {
        byte[] bomb = ReadFixtures.zipBomb(50 * 1024 * 1024);
        assertThat(bomb.length).isLessThan(200 * 1024);
        assertThatThrownBy(() -> readers.read(write("bomb.docx", bomb)))
                .hasMessage("bomb.docx: looks like a zip bomb (compression ratio too high)");
    }

    @Test
    void anOrdinaryFileWithOneVeryCompressiblePartIsNoZipBomb() throws Exception {
        // Word files with long automatic lists carry a numbering part of the same definition many times over: one
        // part expands far more than 100:1, the whole file does not. The guard judges the whole file.
        String block = "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                + "<w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"-\"/></w:lvl></w:abstractNum>";
        String numbering = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering xmlns:w=\"" + W + "\">"
                + block.repeat(3000) + "</w:numbering>";
        var entries = new LinkedHashMap<>(ReadFixtures.entries(ReadFixtures.docx()));
        entries.put("word/numbering.xml", numbering.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] docx = ReadFixtures.zip(entries);
        assertThat(numbering.length() / docx.length).isGreaterThan(30);
        assertThat(readers.read(write("lists.docx", docx)).text()).startsWith("Joint Statement");
    }

    @Test
    void sizeLimitsCountRealBytesEvenWhenTheyCompressPoorly() throws Exception {
        byte[] random = new byte[3 * 1024 * 1024];
        new Random(1).nextBytes(random);
        var entries = new LinkedHashMap<>(ReadFixtures.entries(ReadFixtures.docx()));
        entries.put("word/media/a.bin", random);
        entries.put("word/media/b.bin", random);
        byte[] zip = ReadFixtures.zip(entries);
        long mb = 1024 * 1024;
        assertThat(ZipInspector.inspect("a.docx", zip, 4 * mb, 7 * mb).word()).isTrue();
        assertThatThrownBy(() -> ZipInspector.inspect("a.docx", zip, 2 * mb, 100 * mb))
                .hasMessage("a.docx: looks like a zip bomb (one part expands to more than 2 MB)");
        assertThatThrownBy(() -> ZipInspector.inspect("a.docx", zip, 4 * mb, 5 * mb))
                .hasMessage("a.docx: looks like a zip bomb (it expands to more than 5 MB)");
    }

    @Test
    void externalEntityIsRefusedAndNeverResolved() throws Exception {
        assertEntityRefused("xxe.docx", "");
    }

    @Test
    void doctypeHiddenPastTheInspectorsWindowIsStillRefusedByPoi() throws Exception {
        assertEntityRefused("xxe2.docx", "<!--" + "x".repeat(70_000) + "-->\n");
    }

    /** A document part that would pull a local file's content into the text if the entity were resolved. */
    void assertEntityRefused(String fileName, String beforeDoctype) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-VALUE");
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + beforeDoctype
                + "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<w:document xmlns:w=\"" + W + "\">"
                + "<w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>";
        Path docx = write(fileName, ReadFixtures.docxWithDocumentXml(xml));
        assertThatThrownBy(() -> readers.read(docx))
                .hasMessage(fileName + ": contains an XML external entity and was refused")
                .satisfies(e -> assertThat(stackText(e)).doesNotContain("TOP-SECRET-VALUE"));
    }

    @Test
    void otherArchivesAreNamed() throws Exception {
        var excel = new LinkedHashMap<String, byte[]>();
        excel.put("[Content_Types].xml", "<Types/>".getBytes());
        excel.put("xl/workbook.xml", "<workbook/>".getBytes());
        assertThatThrownBy(() -> readers.read(write("book.docx", ReadFixtures.zip(excel))))
                .hasMessage("book.docx: is an Excel workbook, not a statement");
        var plain = Map.of("notes.txt", "hello".getBytes());
        assertThatThrownBy(() -> readers.read(write("notes.docx", ReadFixtures.zip(plain))))
                .hasMessage("notes.docx: is a ZIP archive, not a Word .docx file");
    }

    static String stackText(Throwable e) {
        var out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
