package org.commitmentstracker.extract.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    /** Statements reach a ministry by e-mail: a covering note, and the statement attached. */
    @Test
    void anEmailThatCoversAStatementGivesTheAttachedStatement() throws Exception {
        Path docx = SeedCorpus.inFormat("docx", "000_0201c7e0e5d491ab.txt");
        SourceText direct = readers.read(docx);
        // Outlook: the file name as encoded words (RFC 2047)
        byte[] outlook = mail("Kính gửi Vụ Tổng hợp, xin gửi kèm Tuyên bố chung để theo dõi.",
                "attachment; filename=\"=?UTF-8?B?" + base64("Tuyên bố chung.docx") + "?=\"", Files.readAllBytes(docx));
        SourceText read = read("thu.eml", outlook);
        assertThat(read.name()).isEqualTo("thu.eml");
        assertThat(read.format()).isEqualTo("docx");
        assertThat(read.text()).isEqualTo(direct.text());
        // Thunderbird: an extended file name in two pieces (RFC 2231)
        byte[] thunderbird = mail("Please find the joint statement attached.", "attachment;\r\n filename*0*=UTF-8''Tuy%C3%AA"
                + "n%20b%E1%BB%91;\r\n filename*1*=%20chung.pdf", Files.readAllBytes(SeedCorpus.inFormat("pdf",
                "000_0201c7e0e5d491ab.txt")));
        SourceText pdf = read("thu2.eml", thunderbird);
        assertThat(pdf.format()).isEqualTo("pdf");
        assertThat(pdf.text()).isEqualTo(readers.read(SeedCorpus.inFormat("pdf", "000_0201c7e0e5d491ab.txt")).text());
    }

    /** Gmail and Outlook send a note as text and as a few lines of HTML, which are no web page. */
    @Test
    void anEmailWhoseNoteIsAlsoInHtmlGivesTheAttachedStatement() throws Exception {
        Path docx = SeedCorpus.inFormat("docx", "001_95b90d5a4b3eee68.txt");
        String note = "Kính gửi Vụ Tổng hợp,\r\nXin gửi kèm Tuyên bố chung.\r\nTrân trọng.";
        String html = "<html><body><div dir=\"ltr\"><p>Kính gửi Vụ Tổng hợp,</p><p>Xin gửi kèm Tuyên bố chung.</p>"
                + "<p>Trân trọng.</p></div></body></html>";
        String eml = "From: vu@mofa.gov.vn\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"outer\"\r\n\r\n"
                + "--outer\r\nContent-Type: multipart/alternative; boundary=\"inner\"\r\n\r\n--inner\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" + base64(note)
                + "\r\n--inner\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + base64(html) + "\r\n--inner--\r\n--outer\r\nContent-Type: application/octet-stream\r\n"
                + "Content-Disposition: attachment; filename=\"tuyen-bo.docx\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(Files.readAllBytes(docx)) + "\r\n--outer--\r\n";
        SourceText read = read("gmail.eml", eml.getBytes(StandardCharsets.US_ASCII));
        assertThat(read.format()).isEqualTo("docx");
        assertThat(read.text()).isEqualTo(readers.read(docx).text());
    }

    @Test
    void anEmailWithSeveralDocumentsAttachedNamesThemAndIsNotGuessedAt() throws Exception {
        byte[] two = mail("Xin gửi kèm hai văn bản.", "attachment; filename=\"=?UTF-8?Q?Tuy=C3=AAn_b=E1=BB=91_chung.docx?=\"",
                Files.readAllBytes(SeedCorpus.inFormat("docx", "000_0201c7e0e5d491ab.txt")),
                "attachment; filename=\"Chuong trinh.pdf\"", "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
        assertRefused("thu.eml", two, StatementProblem.OTHER_FORMAT, "thu.eml: is an e-mail with 2 documents attached "
                + "(Tuyên bố chung.docx, Chuong trinh.pdf): save the statement among them and import that file");
        assertThatThrownBy(() -> read("thu.eml", two)).satisfies(e -> assertThat(
                new org.commitmentstracker.ui.Messages(java.util.Locale.forLanguageTag("vi"))
                        .say((UnreadableStatementException) e)).isEqualTo("Thư điện tử này có 2 tài liệu đính kèm "
                + "(Tuyên bố chung.docx, Chuong trinh.pdf): hãy lưu riêng tệp tuyên bố trong số đó rồi nhập tệp ấy."));
    }

    /** A statement written in the e-mail itself is the statement, whatever is attached to it. */
    @Test
    void anEmailWhoseOwnTextIsTheStatementGivesItsText() throws Exception {
        String statement = Files.readString(SeedCorpus.seed("001_95b90d5a4b3eee68.txt"));
        assertThat(statement.length()).isGreaterThan(MailAttachments.COVERING_NOTE);
        byte[] eml = mail(statement, "attachment; filename=\"photo-programme.pdf\"",
                "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
        SourceText read = read("thu.eml", eml);
        assertThat(read.format()).isEqualTo("eml");
        assertThat(read.text()).contains(statement.strip().lines().skip(3).findFirst().orElseThrow().strip());
    }

    /**
     * A statement forwarded within the ministry: the embassy's e-mail, forwarded as an attachment under a note of
     * one's own. It brings the statement in its text, or attached to it in turn; some programs show it inline.
     */
    @Test
    void aForwardedEmailGivesTheStatementItBrings() throws Exception {
        String statement = Files.readString(SeedCorpus.seed("001_95b90d5a4b3eee68.txt"));
        byte[] embassy = mail(statement);
        SourceText inText = read("chuyen-tiep.eml", forwarding("Chuyển Vụ Tổng hợp theo dõi.",
                "attachment; filename=\"Joint statement.eml\"", embassy));
        assertThat(inText.name()).isEqualTo("chuyen-tiep.eml");
        assertThat(inText.format()).isEqualTo("eml");
        assertThat(inText.text()).isEqualTo(read("embassy.eml", embassy).text());

        Path docx = SeedCorpus.inFormat("docx", "000_0201c7e0e5d491ab.txt");
        byte[] covering = mail("Kính gửi Bộ Ngoại giao, xin gửi kèm Tuyên bố chung.",
                "attachment; filename=\"tuyen-bo.docx\"", Files.readAllBytes(docx));
        SourceText attached = read("chuyen-tiep2.eml", forwarding("FYI.", "inline", covering));
        assertThat(attached.format()).isEqualTo("docx");
        assertThat(attached.text()).isEqualTo(readers.read(docx).text());

        // Beside a document, a forwarded message is the thread the document came in: the document is read.
        Path pdf = SeedCorpus.inFormat("pdf", "000_0201c7e0e5d491ab.txt");
        String thread = new String(forwarding("Xin gửi kèm Tuyên bố chung.", "attachment; filename=\"thu-truoc.eml\"",
                embassy), StandardCharsets.ISO_8859_1).replace("--fwd--\r\n", "--fwd\r\nContent-Type: application/pdf\r\n"
                + "Content-Disposition: attachment; filename=\"tuyen-bo.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(Files.readAllBytes(pdf)) + "\r\n--fwd--\r\n");
        SourceText beside = read("thu.eml", thread.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(beside.format()).isEqualTo("pdf");
        assertThat(beside.text()).isEqualTo(readers.read(pdf).text());
    }

    /** An e-mail whose note forwards {@code message} as a message/rfc822 part with this Content-Disposition. */
    private static byte[] forwarding(String note, String disposition, byte[] message) {
        String eml = "From: vu.tonghop@mofa.gov.vn\r\nSubject: Fwd: Tuyen bo chung\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"fwd\"\r\n\r\n--fwd\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" + base64(note)
                + "\r\n--fwd\r\nContent-Type: message/rfc822\r\nContent-Disposition: " + disposition + "\r\n\r\n"
                + new String(message, StandardCharsets.ISO_8859_1) + "\r\n--fwd--\r\n";
        return eml.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** An attached statement that cannot be read is refused in words naming the e-mail and the attachment. */
    @Test
    void aDamagedAttachmentIsNamedInTheRefusal() throws Exception {
        byte[] eml = mail("Xin gửi kèm Tuyên bố chung.", "attachment; filename=\"tuyen-bo.docx\"",
                "PK\u0003\u0004broken".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> read("thu.eml", eml)).isInstanceOf(UnreadableStatementException.class)
                .satisfies(e -> assertThat(((UnreadableStatementException) e).fileName())
                        .isEqualTo("thu.eml › tuyen-bo.docx"));
    }

    @Test
    void mailHeaderWordsDecodeAsMailProgramsWriteThem() {
        assertThat(MailHeaderWords.parameter("attachment; filename=\"=?utf-8?B?" + base64("Tuyên bố")
                + "?= =?utf-8?B?" + base64(" chung.docx") + "?=\"", "filename")).isEqualTo("Tuyên bố chung.docx");
        assertThat(MailHeaderWords.parameter("attachment; filename*=iso-8859-1''D%E9claration%20commune.rtf", "filename"))
                .isEqualTo("Déclaration commune.rtf");
        assertThat(MailHeaderWords.parameter("application/pdf; name=plan.pdf", "name")).isEqualTo("plan.pdf");
        assertThat(MailHeaderWords.parameter("attachment", "filename")).isNull();
    }

    /** A multipart/mixed e-mail: a plain-text note, then each attachment as {disposition, bytes}, base64. */
    private static byte[] mail(String note, Object... attachments) {
        StringBuilder eml = new StringBuilder("From: vu@mofa.gov.vn\r\nSubject: Tuyen bo chung\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"outer\"\r\n\r\n--outer\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(note.getBytes(StandardCharsets.UTF_8)) + "\r\n");
        for (int i = 0; i < attachments.length; i += 2) {
            eml.append("--outer\r\nContent-Type: application/octet-stream\r\nContent-Disposition: ")
                    .append(attachments[i]).append("\r\nContent-Transfer-Encoding: base64\r\n\r\n")
                    .append(Base64.getMimeEncoder().encodeToString((byte[]) attachments[i + 1])).append("\r\n");
        }
        return eml.append("--outer--\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
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
