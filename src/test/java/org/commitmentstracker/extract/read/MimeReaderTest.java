package org.commitmentstracker.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.commitmentstracker.extract.SeedCorpus;
import org.junit.jupiter.api.Test;

/** Web pages saved as one file (.mhtml by Chrome, .mht by Word or Internet Explorer) and saved e-mails (.eml). */
class MimeReaderTest extends StatementFileFixture {
    private static final String PAGE = "https://en.vietnamplus.vn/joint-statement.vnp";

    @Test
    void everyNewsPageOfTheCorpusSavedAsOneFileGivesThePagesText() throws Exception {
        List<Path> pages;
        try (Stream<Path> list = Files.list(SeedCorpus.inFormat("news", "000_0201c7e0e5d491ab.txt").getParent())) {
            pages = list.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(pages).hasSizeGreaterThan(30);
        for (Path page : pages) {
            byte[] html = Files.readAllBytes(page);
            SourceText direct = readers.read(page);
            SourceText archived = read(page.getFileName().toString().replace(".html", ".mhtml"), blink(html));
            assertThat(archived.format()).isEqualTo("mhtml");
            assertThat(archived.text()).as(page.getFileName().toString()).isEqualTo(direct.text());
            // The page's own canonical address wins; the archive's names it otherwise.
            assertThat(archived.sourceUrl()).isEqualTo(direct.sourceUrl() != null ? direct.sourceUrl() : PAGE);
        }
    }

    @Test
    void wordsSingleFileWebPageWithItsCharsetInTheArchiveOnly() throws Exception {
        String html = "<html><body><article><p>TUYÊN BỐ CHUNG</p>"
                + "<p>1. Hai bên nhất trí tăng cường hợp tác đầu tư, thương mại và nâng kim ngạch lên 2 tỷ USD.</p>"
                + "<p>2. Hai bên thống nhất thúc đẩy hợp tác giáo dục, đào tạo và trao đổi sinh viên giữa hai nước.</p>"
                + "<p>3. Hai bên nhất trí sớm mở đường bay thẳng giữa Hà Nội và thủ đô của Bạn, tạo thuận lợi cho du lịch,"
                + " giao lưu nhân dân và kết nối doanh nghiệp hai nước trong giai đoạn 2026 - 2030.</p>"
                + "<p>4. Hai bên khẳng định tiếp tục phối hợp chặt chẽ tại các diễn đàn đa phương, nhất là tại Liên hợp"
                + " quốc, ASEAN và APEC, vì hòa bình, ổn định, hợp tác và phát triển ở khu vực và trên thế giới.</p>"
                + "</article></body></html>";
        String mht = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"----=_NextPart_01DA\"\r\n\r\n"
                + "This document is a Single File Web Page, also known as a Web Archive file.\r\n\r\n"
                + "------=_NextPart_01DA\r\nContent-Location: file:///C:/tuyen-bo.htm\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\nContent-Type: text/html; charset=\"utf-8\"\r\n\r\n"
                + quotedPrintable(html.getBytes(StandardCharsets.UTF_8)) + "\r\n------=_NextPart_01DA--\r\n";
        SourceText text = read("tuyen-bo.mht", mht.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(text.text()).contains("1. Hai bên nhất trí tăng cường hợp tác đầu tư",
                "2. Hai bên thống nhất thúc đẩy hợp tác giáo dục");
        assertThat(text.sourceUrl()).isNull(); // a file on the sender's disk is no address
    }

    @Test
    void thePartsCharsetIsHonouredWhenThePageNamesNone() throws Exception {
        String html = "<html><body><article><p>Joint Declaration – Viet Nam and France</p><p>1. The two sides agreed"
                + " to deepen their coopération in culture, education and health, and to hold the next dialogue in"
                + " Paris in 2027. 2. They agreed to raise two-way trade to EUR 7 billion by 2028 and to open a"
                + " direct flight between Da Nang and Lyon.</p></article></body></html>";
        String mht = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\nContent-Type: text/html; charset=\"windows-1252\"\r\n"
                + "\r\n" + quotedPrintable(html.getBytes("windows-1252")) + "\r\n--b--\r\n";
        assertThat(read("declaration.mht", mht.getBytes(StandardCharsets.US_ASCII)).text())
                .contains("Joint Declaration – Viet Nam and France", "deepen their coopération in culture");
    }

    @Test
    void aSavedEmailGivesItsHtmlElseItsPlainText() throws Exception {
        String plain = "Hai bên nhất trí mở đường bay thẳng Hà Nội - Tashkent trong năm 2026.";
        String eml = "From: vu@mofa.gov.vn\r\nSubject: Tuyen bo chung\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"outer\"\r\n\r\n--outer\r\n"
                + "Content-Type: multipart/alternative; boundary=\"inner\"\r\n\r\n--inner\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(plain.getBytes(StandardCharsets.UTF_8)) + "\r\n--inner--\r\n"
                + "--outer\r\nContent-Type: application/pdf; name=\"x.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + "JVBERi0=\r\n--outer--\r\n";
        SourceText text = read("thu.eml", eml.getBytes(StandardCharsets.US_ASCII));
        assertThat(text.format()).isEqualTo("eml");
        assertThat(text.text()).isEqualTo(plain);
    }

    @Test
    void quotedPrintableSoftBreaksAndEscapes() {
        var part = new MimeReader.Part(java.util.Map.of("content-transfer-encoding", "quoted-printable"),
                "a=3Db=\r\nc=C3=A1=\nd".getBytes(StandardCharsets.US_ASCII));
        assertThat(new String(MimeReader.decoded(part), StandardCharsets.UTF_8)).isEqualTo("a=bcád");
    }

    /** The page as Chrome saves it: quoted-printable HTML, then a picture, in a multipart/related archive. */
    static byte[] blink(byte[] html) {
        String boundary = "----MultipartBoundary--Xy12AbCdEf----";
        String archive = "From: <Saved by Blink>\r\nSnapshot-Content-Location: " + PAGE + "\r\n"
                + "Subject: Joint Statement\r\nDate: Mon, 7 Dec 2026 09:12:00 +0700\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"" + boundary + "\"\r\n\r\n\r\n"
                + "--" + boundary + "\r\nContent-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\nContent-Location: " + PAGE + "\r\n\r\n"
                + quotedPrintable(html) + "\r\n\r\n--" + boundary + "\r\nContent-Type: image/png\r\n"
                + "Content-Transfer-Encoding: base64\r\nContent-Location: https://en.vietnamplus.vn/logo.png\r\n\r\n"
                + "iVBORw0KGgo=\r\n\r\n--" + boundary + "--\r\n";
        return archive.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Quoted-printable with lines of at most 76 characters, as mail and web archives write it. */
    static String quotedPrintable(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int column = 0;
        for (byte value : bytes) {
            int b = value & 0xFF;
            String piece = b == '\n' ? "\r\n" : b != '=' && b >= 32 && b < 127 ? String.valueOf((char) b)
                    : String.format("=%02X", b);
            if (b != '\n' && column + piece.length() > 75) {
                out.writeBytes("=\r\n".getBytes(StandardCharsets.US_ASCII));
                column = 0;
            }
            out.writeBytes(piece.getBytes(StandardCharsets.US_ASCII));
            column = b == '\n' ? 0 : column + piece.length();
        }
        return out.toString(StandardCharsets.US_ASCII);
    }
}
