package org.commitmentstracker.extract.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A line with tabs, as a table or a numbered list pasted from Word comes: a tab after a list
 * marker ("1.\tThe two sides ...") is a space; the cells of a table row ("1\tHold the meeting\tMOFA\tQ2/2026")
 * keep one tab between them, as every reader writes a row, so a row stays one unit whose cells
 * can be told apart, and its text is still the source's but for white space.
 */
final class TabCells {
    /** What Word puts before the tab of a list item: "1.", "a)", "(ii)", "IV.", "•", "-" (PdfTables reads it too). */
    static final Pattern MARKER = Pattern.compile(
            "\\(?(?:\\d{1,3}(?:\\.\\d{1,3})*|[ivxlIVXL]{1,6}|\\p{L})[.)]|\\(\\w{1,5}\\)|[-–—•●▪◦∙·*+»►✓o§]");
    static final String SEPARATOR = "\t";

    private TabCells() {
    }

    /**
     * The row with a wrapped cell's next line merged in ("1.2\tHold the dialogue\tMFA\tQ3/2026" then
     * "\tand review the plan": the task cell goes on), or null when the line does not go on a row: it
     * must start with a tab, under a row of three cells or more, and name no cell the row lacks.
     */
    static String continueRow(String row, String line) {
        if (row == null || !line.startsWith("\t") || line.isBlank()) {
            return null;
        }
        String[] cells = row.split("\t", -1);
        String[] more = line.split("\t", -1);
        if (cells.length < 3 || more.length > cells.length) {
            return null;
        }
        for (int i = 0; i < more.length; i++) {
            String piece = more[i].strip();
            if (!piece.isEmpty()) {
                cells[i] = cells[i].isBlank() ? piece : cells[i].stripTrailing() + " " + piece;
            }
        }
        return String.join("\t", cells);
    }

    static String join(String line) {
        if (line.indexOf('\t') < 0) {
            return line;
        }
        List<String> cells = new ArrayList<>();
        for (String cell : line.split("\t")) {
            if (!cell.isBlank()) {
                cells.add(cell.strip());
            }
        }
        if (cells.isEmpty()) {
            return "";
        }
        String indent = line.substring(0, line.length() - line.stripLeading().length()).replace("\t", "");
        if (cells.size() == 1) {
            return indent + cells.get(0);
        }
        if (cells.size() == 2 && MARKER.matcher(cells.get(0)).matches()) {
            return indent + cells.get(0) + " " + cells.get(1);
        }
        return indent + String.join(SEPARATOR, cells);
    }
}
