package org.commitmentstracker.extract.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper, kept as lines with where they stand instead of one string: each page a list of lines in
 * reading order, each line with its left and right edge and whether the stripper saw a new paragraph start there.
 * {@link PdfLayout} judges headers, footers and page breaks from these.
 */
final class PdfLines extends PDFTextStripper {
    /** One line of a page. */
    record Line(String text, float left, float right, boolean paragraphStart) {
    }

    private final List<List<Line>> pages = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private float left = Float.MAX_VALUE;
    private float right = -Float.MAX_VALUE;
    private boolean paragraphPending;

    private PdfLines() {
        setSortByPosition(true);
    }

    /** The pages of the document, each its lines. */
    static List<List<Line>> of(PDDocument document) throws IOException {
        PdfLines lines = new PdfLines();
        lines.getText(document);
        return lines.pages;
    }

    @Override
    protected void writePageStart() {
        pages.add(new ArrayList<>());
        paragraphPending = true;
    }

    @Override
    protected void writePageEnd() {
        flush();
    }

    @Override
    protected void writeParagraphStart() {
        flush();
        paragraphPending = true;
    }

    @Override
    protected void writeParagraphEnd() {
        flush();
    }

    @Override
    protected void writeLineSeparator() {
        flush();
    }

    @Override
    protected void writeWordSeparator() {
        current.append(' ');
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        current.append(text);
        for (TextPosition p : positions) {
            left = Math.min(left, p.getXDirAdj());
            right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
        }
    }

    @Override
    protected void writeString(String text) {
        current.append(text);
    }

    private void flush() {
        if (current.toString().isBlank()) {
            current.setLength(0);
            return;
        }
        if (pages.isEmpty()) {
            pages.add(new ArrayList<>());
        }
        pages.get(pages.size() - 1).add(new Line(current.toString(), left == Float.MAX_VALUE ? 0 : left,
                right == -Float.MAX_VALUE ? 0 : right, paragraphPending));
        current.setLength(0);
        left = Float.MAX_VALUE;
        right = -Float.MAX_VALUE;
        paragraphPending = false;
    }
}
