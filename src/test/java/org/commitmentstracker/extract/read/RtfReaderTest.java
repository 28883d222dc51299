package org.commitmentstracker.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Rich Text Format statements. The fixture vi-table-and-lists.rtf was written by LibreOffice from
 * vi-table-and-lists.html beside it (Unicode escapes, list numbers in \listtext, a hyperlink field, a table and a
 * one-cell box padded with an empty cell); the corpus's statements are also read as .rtf (formats/rtf, scored by
 * SeedAccuracyTest).
 */
class RtfReaderTest extends StatementFileFixture {

    @Test
    void libreOfficesRtfGivesTheTextOfTheSameDocumentAsDoc() throws Exception {
        SourceText text = read("thong-cao.rtf", fixture("vi-table-and-lists.rtf"));
        assertThat(text.format()).isEqualTo("rtf");
        assertThat(text.text()).isEqualTo(readers.read(write("same.doc", fixture("vi-table-and-lists.doc"))).text());
    }

    @Test
    void wordsCodePagesSymbolBulletsFieldsAndHiddenParts() throws Exception {
        String rtf = "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\froman\\fcharset0 Times New Roman;}"
                + "{\\f1\\fnil\\fcharset2 Symbol;}{\\f2\\froman\\fcharset163 Times New Roman;}}"
                + "{\\info{\\title Not the text}}{\\header Page header\\par}"
                + "\\pard\\f0 JOINT STATEMENT\\par"
                + "{\\listtext\\pard\\plain\\f0 1.\\tab}The two sides agreed to "
                + "{\\field{\\*\\fldinst HYPERLINK \"https://example.org\"}{\\fldrslt open a consulate}} in Da Nang."
                + "{\\footnote\\pard A note.}\\par"
                + "{\\listtext\\pard\\plain\\f1 \\'b7\\tab}{\\f2 Hai b\\'ean nh\\'e2\\'ect tr\\'ed}\\par"
                + "\\pard\\intbl Task\\cell Agency\\cell Time-frame\\cell\\row"
                + "\\pard\\intbl Sign the agreement\\cell MOET\\cell 2026\\cell\\row"
                + "\\pard Hidden {\\v words }shown\\line next line, \\uc1\\u272?\\u7845?y\\par}";
        assertThat(read("word.rtf", rtf.getBytes(StandardCharsets.ISO_8859_1)).text()).isEqualTo(String.join("\n",
                "JOINT STATEMENT",
                "1. The two sides agreed to open a consulate in Da Nang.",
                // Windows-1258 bytes with a combining tone mark, composed (NFC) by the readers.
                "• Hai bên nhất trí",
                "Task\tAgency\tTime-frame",
                "Sign the agreement\tMOET\t2026",
                "Hidden shown",
                "next line, Đấy"));
    }

    private static byte[] fixture(String name) throws Exception {
        try (InputStream in = RtfReaderTest.class.getResourceAsStream("/statements/office/" + name)) {
            return in.readAllBytes();
        }
    }
}
