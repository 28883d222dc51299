package org.commitmentstracker.report;

/**
 * How tall a row must be for its wrapped text. Spreadsheet files store row heights, and neither
 * POI nor LibreOffice's PDF export grows a row for wrapped text, so the height is estimated from
 * the text's length and the column's width (in characters of the default font).
 */
final class RowHeights {
    /** Points per line of the default 11-point font. */
    static final float LINE_POINTS = 14f;
    /**
     * Average characters of running text per width unit (letters are narrower than the "0" a unit
     * is), measured in Calibri and its metric twin Carlito, which LibreOffice prints with; a unit of
     * each column goes to the cell's margins.
     */
    private static final double CHARACTERS_PER_UNIT = 1.3;
    /** A cell of a few paragraphs is cut here; the full text is still in the cell. */
    private static final int MAX_LINES = 20;

    private RowHeights() {
    }

    static int lines(String text, int widthChars) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int perLine = (int) Math.max(1, Math.floor((widthChars - 1) * CHARACTERS_PER_UNIT));
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += wrapped(paragraph, perLine);
        }
        return Math.min(lines, MAX_LINES);
    }

    /** Lines a paragraph takes when wrapped at word ends, as a spreadsheet wraps it (a long word is broken). */
    private static int wrapped(String paragraph, int perLine) {
        int lines = 1;
        int used = 0;
        for (String word : paragraph.strip().split("\\s+")) {
            int length = word.length();
            if (used > 0 && used + 1 + length > perLine) {
                lines++;
                used = 0;
            }
            used += (used > 0 ? 1 : 0) + length;
            while (used > perLine) {
                lines++;
                used -= perLine;
            }
        }
        return lines;
    }

    static float points(int lines) {
        return lines * LINE_POINTS + 2;
    }
}
