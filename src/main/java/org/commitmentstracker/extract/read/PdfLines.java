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
    /**
     * One line of a page.
     *
     * @param cells where each stretch of the line starts that a gap wider than a word space parts from
     *              the one before (a table's columns; in justified prose, a wide gap now and then);
     *              empty when the line was not laid out by this stripper
     * @param row   the line is a table row rebuilt by {@link PdfTables}: its cells split by tabs, a paragraph of its own
     */
    record Line(String text, float left, float right, boolean paragraphStart, List<Cell> cells, boolean row) {
        Line(String text, float left, float right, boolean paragraphStart) {
            this(text, left, right, paragraphStart, List.of(), false);
        }
    }

    /** A stretch of a line: where it starts and ends, and its text. */
    record Cell(float x, float right, String text) {
    }

    /** A gap this many word spaces wide parts two cells. */
    private static final float CELL_GAP_SPACES = 2.5f;
    /** ... and never less than this (points), whatever the font says its space is. */
    private static final float MIN_CELL_GAP = 7f;
    /** ... and this many times the line's median gap between words. */
    private static final float WIDER_THAN_USUAL = 1.8f;

    private final List<List<Line>> pages = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private float left = Float.MAX_VALUE;
    private float right = -Float.MAX_VALUE;
    private boolean paragraphPending;
    /** The words of the current line, where they stand: the cells are judged when the line ends. */
    private final List<Word> words = new ArrayList<>();
    private float space;

    private record Word(int start, int end, float left, float right) {
    }

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
        int start = current.length();
        current.append(text);
        float wordLeft = Float.MAX_VALUE;
        float wordRight = -Float.MAX_VALUE;
        for (TextPosition p : positions) {
            left = Math.min(left, p.getXDirAdj());
            right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
            wordLeft = Math.min(wordLeft, p.getXDirAdj());
            wordRight = Math.max(wordRight, p.getXDirAdj() + p.getWidthDirAdj());
            space = Math.max(space, p.getWidthOfSpace());
        }
        if (!positions.isEmpty()) {
            words.add(new Word(start, current.length(), wordLeft, wordRight));
        }
    }

    @Override
    protected void writeString(String text) {
        current.append(text);
    }

    /**
     * The line's cells: stretches parted by a gap much wider than the line's usual one between words.
     * Justified prose spreads all its gaps alike, so it stays one stretch however wide they are.
     */
    private List<Cell> cells() {
        if (words.size() < 2) {
            return List.of();
        }
        float[] gaps = new float[words.size() - 1];
        for (int i = 1; i < words.size(); i++) {
            gaps[i - 1] = words.get(i).left() - words.get(i - 1).right();
        }
        float[] sorted = gaps.clone();
        java.util.Arrays.sort(sorted);
        float usual = sorted[(sorted.length - 1) / 2];
        float wide = Math.max(Math.max(MIN_CELL_GAP, CELL_GAP_SPACES * space), WIDER_THAN_USUAL * usual);
        List<Cell> cells = new ArrayList<>();
        int first = 0;
        for (int i = 1; i <= words.size(); i++) {
            if (i == words.size() || gaps[i - 1] > wide) {
                Word from = words.get(first);
                Word to = words.get(i - 1);
                String text = current.substring(from.start(), to.end()).strip();
                if (!text.isEmpty()) {
                    cells.add(new Cell(from.left(), to.right(), text));
                }
                first = i;
            }
        }
        return cells.size() < 2 ? List.of() : cells;
    }

    private void flush() {
        if (current.toString().isBlank()) {
            current.setLength(0);
            words.clear();
            space = 0;
            return;
        }
        if (pages.isEmpty()) {
            pages.add(new ArrayList<>());
        }
        pages.get(pages.size() - 1).add(new Line(current.toString(), left == Float.MAX_VALUE ? 0 : left,
                right == -Float.MAX_VALUE ? 0 : right, paragraphPending, cells(), false));
        words.clear();
        space = 0;
        current.setLength(0);
        left = Float.MAX_VALUE;
        right = -Float.MAX_VALUE;
        paragraphPending = false;
    }
}
