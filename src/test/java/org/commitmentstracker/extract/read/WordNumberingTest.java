package org.commitmentstracker.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/** Word's automatic numbering is written out as Word shows it; the files are made here with POI. */
class WordNumberingTest extends StatementFileFixture {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /** abstractNum 1: "%1." decimal from 5, "%2)" lowerLetter, "(%3)" lowerRoman; 2: bullet (Symbol), "o", "▪". */
    private static final String NUMBERING = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<w:numbering xmlns:w=\"" + W + "\">"
            + "<w:abstractNum w:abstractNumId=\"1\">"
            + level(0, 5, "decimal", "%1.") + level(1, 1, "lowerLetter", "%2)") + level(2, 1, "lowerRoman", "(%3)")
            + "</w:abstractNum>"
            + "<w:abstractNum w:abstractNumId=\"2\">"
            + level(0, 1, "bullet", "\uF0B7") + level(1, 1, "bullet", "o") + level(2, 1, "bullet", "▪")
            + "</w:abstractNum>"
            + "<w:abstractNum w:abstractNumId=\"3\">"
            + level(0, 1, "upperRoman", "%1.") + level(1, 1, "upperLetter", "%1.%2") + level(2, 1, "decimal", "%1.%2.%3")
            + "</w:abstractNum>"
            + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num>"
            + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"2\"/></w:num>"
            + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"3\"/></w:num>"
            // Another instance of list 1: continues it. One with a start override: restarts it at 1.
            + "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"1\"/></w:num>"
            + "<w:num w:numId=\"5\"><w:abstractNumId w:val=\"1\"/>"
            + "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
            + "</w:numbering>";

    private static String level(int ilvl, int start, String format, String text) {
        return "<w:lvl w:ilvl=\"" + ilvl + "\"><w:start w:val=\"" + start + "\"/><w:numFmt w:val=\"" + format
                + "\"/><w:lvlText w:val=\"" + text + "\"/></w:lvl>";
    }

    /** Paragraphs "text|numId|ilvl" (numId 0: not a list item). */
    private static byte[] docx(String... paragraphs) throws Exception {
        byte[] bytes;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createNumbering();
            for (String p : paragraphs) {
                String[] parts = p.split("\\|");
                XWPFParagraph paragraph = document.createParagraph();
                paragraph.createRun().setText(parts[0]);
                if (parts.length > 1) {
                    paragraph.setNumID(new BigInteger(parts[1]));
                    paragraph.setNumILvl(new BigInteger(parts[2]));
                }
            }
            document.write(out);
            bytes = out.toByteArray();
        }
        Map<String, byte[]> entries = new LinkedHashMap<>(ReadFixtures.entries(bytes));
        assertThat(entries).containsKey("word/numbering.xml");
        entries.put("word/numbering.xml", NUMBERING.getBytes(StandardCharsets.UTF_8));
        return ReadFixtures.zip(entries);
    }

    private String text(String... paragraphs) throws Exception {
        return read("list.docx", docx(paragraphs)).text();
    }

    @Test
    void numbersLettersAndRomansWithTheirStartsLevelsAndPunctuation() throws Exception {
        assertThat(text("The two sides agreed:", "Trade|1|0", "Raise trade|1|1", "Open markets|1|1",
                "Tariffs first|1|2", "Quotas|1|2", "Investment|1|0", "Funds|1|1"))
                .isEqualTo(String.join("\n", "The two sides agreed:", "5. Trade", "a) Raise trade", "b) Open markets",
                        "(i) Tariffs first", "(ii) Quotas", "6. Investment", "a) Funds"));
    }

    @Test
    void bulletsShowAsWordShowsThem() throws Exception {
        assertThat(text("Energy|2|0", "Oil|2|1", "Gas|2|2", "Plain paragraph"))
                .isEqualTo("• Energy\n◦ Oil\n▪ Gas\nPlain paragraph");
    }

    @Test
    void multiLevelTextAndUpperCaseFormats() throws Exception {
        assertThat(text("Politics|3|0", "Visits|3|1", "Annual|3|2", "Economy|3|0", "Trade|3|1"))
                .isEqualTo("I. Politics\nI.A Visits\nI.A.1 Annual\nII. Economy\nII.A Trade");
    }

    @Test
    void anotherInstanceContinuesTheListUnlessItOverridesTheStart() throws Exception {
        assertThat(text("One|1|0", "Two|1|0", "Three|4|0", "Again|5|0", "Then|5|0"))
                .isEqualTo("5. One\n6. Two\n7. Three\n1. Again\n2. Then");
    }

    @Test
    void lettersGoOnPastZAsWordDoes() {
        assertThat(WordNumbering.format(27, "lowerLetter")).isEqualTo("aa");
        assertThat(WordNumbering.format(14, "upperRoman")).isEqualTo("XIV");
        assertThat(WordNumbering.format(3, "decimalZero")).isEqualTo("03");
    }
}
