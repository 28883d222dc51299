package org.commitmentstracker.extract.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * PDF through PDFBox: text in reading order, without page headers and footers, paragraphs put back together over
 * line and page breaks and separated by a blank line ({@link PdfLayout}).
 */
final class PdfReader {
    static final String DAMAGED = "is damaged or not a valid PDF file";
    static final String NO_TEXT_LAYER = "has no text layer (scanned?)";
    private static final int END_WINDOW = 1024;

    private PdfReader() {
    }

    static String read(String name, byte[] bytes) throws UnreadableStatementException {
        requireEnd(name, bytes);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.getNumberOfPages() == 0) {
                throw new UnreadableStatementException(name, StatementProblem.DAMAGED, DAMAGED).saying("DAMAGED.PDF");
            }
            String text = PdfLayout.text(PdfLines.of(document));
            if (!TextNormalizer.hasLetters(text)) {
                throw new UnreadableStatementException(name, StatementProblem.NO_TEXT_LAYER, NO_TEXT_LAYER);
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw new UnreadableStatementException(name, StatementProblem.PASSWORD_PROTECTED, OleInspector.PASSWORD,
                    e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableStatementException(name, StatementProblem.DAMAGED, DAMAGED, e).saying("DAMAGED.PDF");
        } catch (OutOfMemoryError e) {
            // PDFBox inflates each content stream whole in memory; a crafted one can ask for gigabytes. The buffer
            // that failed is garbage once we are here, so the application can go on with the next file.
            throw new UnreadableStatementException(name, StatementProblem.TOO_COMPLEX, "is too complex to read (it "
                    + "expands beyond the memory available)");
        }
    }

    /**
     * A PDF ends with "%%EOF" (readers look for it in the last 1024 bytes). PDFBox rebuilds a file without
     * its end from whatever objects it finds, which would import a statement cut short without a word.
     */
    private static void requireEnd(String name, byte[] bytes) throws UnreadableStatementException {
        int from = Math.max(0, bytes.length - END_WINDOW);
        String tail = new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1);
        if (!tail.contains("%%EOF")) {
            throw new UnreadableStatementException(name, StatementProblem.TRUNCATED, StatementReaders.TRUNCATED);
        }
    }
}
