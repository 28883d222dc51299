package org.commitmentstracker.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

/**
 * Old Word .doc statements. The fixture vi-table-and-lists.doc was written by LibreOffice ("MS Word 97") from
 * vi-table-and-lists.html beside it: a numbered list with a hyperlink field and a manual line break, bullets, a
 * three-cell table and a one-cell box. The corpus's statements are also read as .doc (formats/doc, scored by
 * SeedAccuracyTest).
 */
class DocReaderTest extends StatementFileFixture {

    @Test
    void paragraphsListNumbersTablesAndBoxesAsTheDocxReaderGivesThem() throws Exception {
        SourceText text = read("thong-cao.doc", fixture("vi-table-and-lists.doc"));
        assertThat(text.format()).isEqualTo("doc");
        assertThat(text.text()).isEqualTo(String.join("\n",
                "TUYÊN BỐ CHUNG VIỆT NAM – TESTLAND",
                "Hà Nội, ngày 12 tháng 3 năm 2026",
                // The hyperlink's field code is gone, its shown words kept; the manual line break ends a line.
                "1. Hai bên nhất trí mở Tổng Lãnh sự quán tại Đà Nẵng trong năm 2027.",
                "2. Hai bên thống nhất nâng kim ngạch thương mại",
                "lên 2 tỷ USD vào năm 2028.",
                "• Hợp tác giáo dục;",
                "• Hợp tác y tế.",
                "Nhiệm vụ\tCơ quan chủ trì\tThời hạn",
                "Ký Hiệp định hợp tác giáo dục\tBộ Giáo dục và Đào tạo\tQuý IV/2026",
                "Đoạn trong khung thứ nhất.",
                "Đoạn trong khung thứ hai.",
                "Làm tại Hà Nội."));
    }

    @Test
    void aDocNamedDocxIsReadByItsContent() throws Exception {
        assertThat(read("renamed.docx", fixture("vi-table-and-lists.doc")).format()).isEqualTo("doc");
    }

    @Test
    void aWordStreamThatIsNotWordIsDamaged() throws Exception {
        assertRefused("old.doc", wordStream(new byte[600]), StatementProblem.DAMAGED,
                "old.doc: is damaged or not a valid Word file");
    }

    @Test
    void aWord95FileIsNamed() throws Exception {
        byte[] word95 = new byte[600];
        word95[0] = (byte) 0xDC; // Word's mark, then version 104 (Word 95), little-endian
        word95[1] = (byte) 0xA5;
        word95[2] = 104;
        assertRefused("memo.doc", wordStream(word95), StatementProblem.OTHER_FORMAT,
                "memo.doc: is a Word 6 or Word 95 file; save it as .docx");
    }

    /** An OLE2 container holding {@code stream} as its WordDocument. */
    private static byte[] wordStream(byte[] stream) throws Exception {
        try (var fs = new POIFSFileSystem(); var out = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream(stream), "WordDocument");
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    @Test
    void realFilesOfOtherWritersAreReadOrRefusedInWords() throws Exception {
        // From Apache POI's test data (statements/office/poi/README.md).
        assertThat(read("no-list-table.doc", fixture("poi/ListEntryNoListTable.doc")).text())
                .startsWith("Coucou").contains("Table 3. System capacity");
        assertThat(read("lower-case-stream.doc", fixture("poi/47950_lower.doc")).text())
                .isEqualTo("This is a sample Word document");
        assertRefused("locked.doc", fixture("poi/password_password_cryptoapi.doc"), StatementProblem.PASSWORD_PROTECTED,
                "locked.doc: is password-protected; remove the password and try again");
        // A Word 95 file is read as POI reads the old format (a Word 6 or 95 file POI cannot read is named, above).
        assertThat(read("memo95.doc", fixture("poi/Word95.doc")).text()).isEqualTo(String.join("\n",
                "The quick brown fox jumps over the lazy dog", "", "Paragraph 2", "",
                "Paragraph 3. Has some RED text and some BLUE BOLD text in it.", "", "Last (4th) paragraph."));
        // A .docx under a password may carry a stub WordDocument stream: it is the password that is said.
        assertRefused("locked.docx", fixture("poi/bug53475-password-is-solrcell.docx"),
                StatementProblem.PASSWORD_PROTECTED, "locked.docx: is password-protected; remove the password and try again");
    }

    @Test
    void wordsMarksAreDroppedOrTurnedIntoText() {
        assertThat(DocReader.clean("a\u0013 HYPERLINK \"x\" \u0014b\u0015c\u000Bd\u001Ee\u0007\r"))
                .isEqualTo("abc\nd-e");
    }

    private static byte[] fixture(String name) throws Exception {
        try (InputStream in = DocReaderTest.class.getResourceAsStream("/statements/office/" + name)) {
            return in.readAllBytes();
        }
    }
}
