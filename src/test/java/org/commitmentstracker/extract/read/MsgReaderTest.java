package org.commitmentstracker.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hsmf.MAPIMessage;
import org.apache.poi.hsmf.datatypes.AttachmentChunks;
import org.junit.jupiter.api.Test;

/** E-mails dragged out of Outlook (.msg), from Apache POI's test data (statements/office/poi/README.md). */
class MsgReaderTest extends StatementFileFixture {
    private static final Path POI = Path.of("src/test/resources/statements/office/poi");

    @Test
    void aMessageThatCoversADocumentGivesTheAttachedDocument() throws Exception {
        Path message = POI.resolve("attachment_msg_pdf.msg");
        byte[] pdf = null;
        try (MAPIMessage msg = new MAPIMessage(message.toFile())) {
            for (AttachmentChunks chunks : msg.getAttachmentFiles()) {
                if (!chunks.isEmbeddedMessage()) {
                    pdf = chunks.getAttachData().getValue();
                }
            }
        }
        SourceText read = readers.read(message);
        assertThat(read.name()).isEqualTo("attachment_msg_pdf.msg");
        assertThat(read.format()).isEqualTo("pdf");
        assertThat(read.text()).isEqualTo(read("attached.pdf", pdf).text());
    }

    @Test
    void aMessageWithSeveralDocumentsAttachedNamesThem() {
        assertRefused(POI.resolve("attachment_test_msg.msg"), StatementProblem.OTHER_FORMAT,
                "attachment_test_msg.msg: is an e-mail with 2 documents attached (test-unicode.doc, pj1.txt): save the "
                        + "statement among them and import that file");
    }

    /** Outlook's older, non-Unicode messages hold their text in the code page they name. */
    @Test
    void aMessageGivesItsTextInItsCodePage() throws Exception {
        SourceText read = readers.read(POI.resolve("ASCII_CP1251_LCID1049.msg"));
        assertThat(read.format()).isEqualTo("msg");
        assertThat(read.text()).contains("автоматически");
    }

    @Test
    void aMessageWhoseOwnTextIsAStatementIsThatStatement() throws Exception {
        // Outlook's own text of a message is what the readers read; the seed's text stands in for it.
        String statement = Files.readString(org.commitmentstracker.extract.SeedCorpus.seed("000_0201c7e0e5d491ab.txt"));
        MailAttachments.Mail own = new MailAttachments.Mail(statement, null, false, null);
        assertThat(MailAttachments.read("thu.msg", own, java.util.List.of(new MailAttachments.Attachment("a.pdf",
                "%PDF-1.4".getBytes(java.nio.charset.StandardCharsets.US_ASCII))))).isSameAs(own);
    }

    @Test
    void aDamagedMessageIsRefusedAsOne() {
        assertRefused(POI.resolve("damaged-fuzzed.msg"), StatementProblem.DAMAGED,
                "damaged-fuzzed.msg: is damaged or not a valid Outlook message");
    }
}
