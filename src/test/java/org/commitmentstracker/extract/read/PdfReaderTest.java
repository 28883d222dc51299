package org.commitmentstracker.extract.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PdfReaderTest extends StatementFileFixture {
    @Test
    void linesKeptAndParagraphsSeparatedByABlankLine() throws Exception {
        byte[] pdf = ReadFixtures.pdf(new String[] {
            "The two sides agreed to strengthen", "cooperation in trade.", "", "",
            "They will meet again in 2026.",
        });
        SourceText text = readers.read(write("statement.pdf", pdf));
        assertThat(text.format()).isEqualTo("pdf");
        assertThat(text.text()).isEqualTo("The two sides agreed to strengthen\ncooperation in trade.\n\n"
                + "They will meet again in 2026.");
    }

    @Test
    void aSentenceOverAPageBreakStaysOnAdjacentLines() throws Exception {
        byte[] pdf = ReadFixtures.pdf(new String[] {"Both sides will raise trade"},
                new String[] {"to USD 10 billion by 2030."});
        assertThat(readers.read(write("two-pages.pdf", pdf)).text())
                .isEqualTo("Both sides will raise trade\nto USD 10 billion by 2030.");
    }

    @Test
    void pdfNamedTxtIsReadAsPdf() throws Exception {
        byte[] pdf = ReadFixtures.pdf(new String[] {"Joint statement text"});
        SourceText text = readers.read(write("statement.txt", pdf));
        assertThat(text.format()).isEqualTo("pdf");
        assertThat(text.text()).isEqualTo("Joint statement text");
    }

    @Test
    void noTextLayer() throws Exception {
        assertRefused("scan.pdf", ReadFixtures.pdfWithoutText(), StatementProblem.NO_TEXT_LAYER,
                "scan.pdf: has no text layer (scanned?)");
    }

    @Test
    void encryptedPdf() throws Exception {
        assertThatThrownBy(() -> readers.read(write("locked.pdf", ReadFixtures.encryptedPdf())))
                .isInstanceOf(UnreadableStatementException.class)
                .hasMessage("locked.pdf: is password-protected; remove the password and try again");
    }

    @Test
    void truncatedPdfIsToldIncompleteEvenWhenPdfBoxCouldRebuildIt() throws Exception {
        byte[] pdf = ReadFixtures.pdf(new String[] {"Joint statement text"});
        for (int length : new int[] {200, pdf.length - 10}) {
            assertRefused("cut.pdf", Arrays.copyOf(pdf, length), StatementProblem.TRUNCATED,
                    "cut.pdf: is incomplete: its end is missing (was it copied or downloaded only in part?)");
        }
    }

    @Test
    void garbageAfterAPdfHeaderIsDamaged() throws Exception {
        byte[] bytes = "%PDF-1.7\nthis is not really a PDF at all\n%%EOF\n".getBytes();
        assertThatThrownBy(() -> readers.read(write("fake.pdf", bytes)))
                .hasMessage("fake.pdf: is damaged or not a valid PDF file");
    }
}
