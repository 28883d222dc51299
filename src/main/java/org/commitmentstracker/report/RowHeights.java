package org.commitmentstracker.report;

/**
 * How tall a row must be for its wrapped text. Spreadsheet files store row heights, and neither
 * POI nor LibreOffice's PDF export grows a row for wrapped text, so the height is estimated from
 * the text's length and the column's width (in characters of the default font).
 */
final class RowHeights {
    /** Points per line of the default 11-point font. */
    static final float LINE_POINTS = 14f;
    /** Average characters of running text per width unit: letters are narrower than the "0" a unit is. */
    private static final double CHARACTERS_PER_UNIT = 1.3;
    /** A cell of a few paragraphs is cut here; the full text is still in the cell. */
    private static final int MAX_LINES = 20;

    private RowHeights() {
    }

    static int lines(String text, int widthChars) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        double perLine = Math.max(1, widthChars * CHARACTERS_PER_UNIT);
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            lines += Math.max(1, (int) Math.ceil(line.length() / perLine));
        }
        return Math.min(lines, MAX_LINES);
    }

    static float points(int lines) {
        return lines * LINE_POINTS + 2;
    }
}
