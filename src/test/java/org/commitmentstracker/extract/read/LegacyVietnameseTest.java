package org.commitmentstracker.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

/** Vietnamese typed in the old font encodings (TCVN3 for .VnTime, VNI), in any format, is read as Unicode Vietnamese. */
class LegacyVietnameseTest extends StatementFileFixture {
    /** As a reader without the .VnTime font gets it; TCVN3 writes "ư" with the byte of the soft hyphen. */
    private static final String TCVN3 = "Hai bªn nhÊt trÝ ®Èy m¹nh hîp t¸c ®Çu t\u00AD vµ th\u00AD¬ng m¹i, phÊn ®Êu "
            + "n©ng kim ng¹ch th\u00AD¬ng m¹i song ph\u00AD¬ng lªn 5 tû USD vµo n¨m 2027.";
    /** The same in VNI (VNI-Times): a vowel followed by a letter for its marks. */
    private static final String VNI = "Hai beân nhaát trí ñaåy maïnh hôïp taùc ñaàu tö vaø thöông maïi, phaán ñaáu "
            + "naâng kim ngaïch thöông maïi song phöông leân 5 tyû USD vaøo naêm 2027.";
    private static final String UNICODE = "Hai bên nhất trí đẩy mạnh hợp tác đầu tư và thương mại, phấn đấu "
            + "nâng kim ngạch thương mại song phương lên 5 tỷ USD vào năm 2027.";

    @Test
    void aStatementTypedInTcvn3IsTurnedLineByLineHeadingsOfOneWordToo() {
        LegacyVietnamese.Turned turned = LegacyVietnamese.toUnicode(
                "§iÒu 1\n" + TCVN3 + "\nPhÝa ViÖt Nam s½n sµng hç trî B¹n ®µo t¹o c¸n bé.\nHµ Néi, ngµy 12 th¸ng 3 n¨m 2026");

        assertThat(turned.text()).isEqualTo("Điều 1\n" + UNICODE
                + "\nPhía Việt Nam sẵn sàng hỗ trợ Bạn đào tạo cán bộ.\nHà Nội, ngày 12 tháng 3 năm 2026");
        assertThat(turned.lines()).isEqualTo(4);
        assertThat(turned.example()).isEqualTo("Hai bên nhất trí đẩy mạnh hợp tác đầu tư …");
    }

    @Test
    void aStatementTypedInVniIsTurnedCapitalsToo() {
        LegacyVietnamese.Turned turned = LegacyVietnamese.toUnicode(
                "VIEÄT NAM - LAØO\nÑieàu 1\n" + VNI + "\nPhía Vieät Nam saün saøng hoã trôï Baïn ñaøo taïo caùn boä.");

        assertThat(turned.font()).isEqualTo(LegacyVietnamese.Font.VNI);
        assertThat(turned.text()).isEqualTo("VIỆT NAM - LÀO\nĐiều 1\n" + UNICODE
                + "\nPhía Việt Nam sẵn sàng hỗ trợ Bạn đào tạo cán bộ.");
        assertThat(turned.lines()).isEqualTo(4);
    }

    @Test
    void unicodeVietnameseEnglishWithAccentedNamesAndCurrencySignsAreLeftAsTheyAre() {
        for (String text : new String[] {
                UNICODE + "\n" + UNICODE,
                // Unicode Vietnamese whose letters are all Latin-1 ones TCVN3 also uses (ê is its "ờ")
                "Bên A và bên B\nBên A và bên B\nBên A và bên B\nBên A và bên B",
                "The two sides welcomed Côte d'Ivoire and São Tomé and Príncipe to the forum.\n"
                        + "The fund holds £5 million and ¥3 billion; see § 4.\nCafé, résumé, naïve, señor, Zürich.",
                "Le Président de la République française a été reçu à Hanoï ; les deux parties ont salué la coopération "
                        + "économique.\nDie beiden Seiten begrüßten die Zusammenarbeit in Bildung und Forschung."}) {
            LegacyVietnamese.Turned turned = LegacyVietnamese.toUnicode(text);
            assertThat(turned.text()).isEqualTo(text);
            assertThat(turned.lines()).isZero();
            assertThat(LegacyVietnamese.fontOf(text)).isNull();
        }
    }

    @Test
    void aDocumentTypedPartlyInUnicodeTurnsOnlyItsTcvn3Lines() {
        String heading = "Thông cáo chung Việt Nam – Ấn Độ";
        String english = "The two sides agreed to meet again in São Tomé.";

        LegacyVietnamese.Turned turned = LegacyVietnamese.toUnicode(heading + "\n" + TCVN3 + "\n" + english);

        assertThat(turned.text()).isEqualTo(heading + "\n" + UNICODE + "\n" + english);
        assertThat(turned.lines()).isEqualTo(1);
    }

    @Test
    void aTextFileInTcvn3IsReadAsVietnameseAndTheReviewIsTold() throws Exception {
        // Some TCVN3 letters are Windows-1258's tone marks after a vowel ("§iÒu"): the file is not read as 1258.
        String file = "Th«ng c¸o chung\r\n§iÒu 1\r\n" + TCVN3 + "\r\nHµ Néi, ngµy 12 th¸ng 3 n¨m 2026\r\n";

        SourceText text = read("thong-cao.txt", file.getBytes(Charset.forName("windows-1252")));

        assertThat(text.text()).isEqualTo("Thông cáo chung\nĐiều 1\n" + UNICODE + "\nHà Nội, ngày 12 tháng 3 năm 2026");
        assertThat(text.warnings()).containsExactly(
                new ReadWarning(ReadWarning.Kind.TCVN3_TURNED, 4, "Thông cáo chung"));
        assertThat(text.warnings().get(0).toString()).isEqualTo("Vietnamese typed in the old TCVN3 font encoding "
                + "(.VnTime) was converted to Unicode (4 lines such as \"Thông cáo chung\"). Check the text.");
    }

    @Test
    void aWordFileInTheVnTimeFontIsReadAsVietnamese() throws Exception {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            for (String paragraph : new String[] {"Th«ng c¸o chung", TCVN3}) {
                XWPFRun run = document.createParagraph().createRun();
                run.setFontFamily(".VnTime");
                run.setText(paragraph);
            }
            document.write(docx);
        }

        SourceText text = read("thong-cao.docx", docx.toByteArray());

        assertThat(text.text()).isEqualTo("Thông cáo chung\n" + UNICODE);
        assertThat(text.warnings()).extracting(ReadWarning::kind).containsExactly(ReadWarning.Kind.TCVN3_TURNED);
    }

    @Test
    void anRtfFileInTheVnTimeFontIsReadAsVietnamese() throws Exception {
        StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\froman\\fcharset0 .VnTime;}}"
                + "\\pard\\f0 ");
        for (char c : ("Th«ng c¸o chung\n" + TCVN3).toCharArray()) {
            rtf.append(c == '\n' ? "\\par " : c < 128 ? String.valueOf(c) : String.format("\\'%02x", (int) c));
        }
        rtf.append("\\par}");

        SourceText text = read("thong-cao.rtf", rtf.toString().getBytes(Charset.forName("windows-1252")));

        assertThat(text.text()).isEqualTo("Thông cáo chung\n" + UNICODE);
        assertThat(text.warnings()).extracting(ReadWarning::kind).containsExactly(ReadWarning.Kind.TCVN3_TURNED);
    }

    @Test
    void aTextFileInVniIsReadAsVietnameseAndTheReviewIsTold() throws Exception {
        String file = "Thoâng caùo chung\r\n" + VNI + "\r\nHaø Noäi, ngaøy 12 thaùng 3 naêm 2026\r\n";

        SourceText text = read("thong-cao.txt", file.getBytes(Charset.forName("windows-1252")));

        assertThat(text.text()).isEqualTo("Thông cáo chung\n" + UNICODE + "\nHà Nội, ngày 12 tháng 3 năm 2026");
        assertThat(text.warnings()).containsExactly(new ReadWarning(ReadWarning.Kind.VNI_TURNED, 3, "Thông cáo chung"));
        assertThat(text.warnings().get(0).toString()).isEqualTo("Vietnamese typed in the old VNI font encoding "
                + "(VNI-Times) was converted to Unicode (3 lines such as \"Thông cáo chung\"). Check the text.");
    }

    @Test
    void aStatementInUnicodeHasNoSuchWarning() throws Exception {
        SourceText text = read("thong-cao.txt", ("Thông cáo chung\n" + UNICODE).getBytes(Charset.forName("UTF-8")));

        assertThat(text.text()).isEqualTo("Thông cáo chung\n" + UNICODE);
        assertThat(text.warnings()).isEmpty();
    }
}
