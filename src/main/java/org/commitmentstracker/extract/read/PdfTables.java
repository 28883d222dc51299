package org.commitmentstracker.extract.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A table printed to PDF put back into rows. The stripper gives a row's cells side by side on one
 * line and a wrapped cell's next lines below, under their column ("1  Tổ chức tham vấn ...  Bộ Ngoại
 * giao  Quý II/2026" then "   trưởng Ngoại giao ...  hai nước"). A row starts at a line of two or more
 * cells whose first stands in the table's first column; the lines below whose cells all stand in
 * the row's other columns are its cells going on. Each row becomes one line, cells split by a tab,
 * as a pasted table reads.
 * <p>
 * Justified prose has a wide gap now and then, so a line of cells is only taken for a row when
 * the table shows itself: a second row in the same columns, a cell going on below, or columns
 * already seen in a table of the document. A list item ("1." then its text) is not a row.
 */
final class PdfTables {
    /** How far (points) a cell may stand from its column's start. */
    private static final float ALIGN = 4f;

    private final List<List<Float>> knownColumns = new ArrayList<>();

    /** The pages with their tables' rows joined, each row a line of its own; other lines as they were. */
    static List<List<PdfLines.Line>> join(List<List<PdfLines.Line>> pages) {
        PdfTables tables = new PdfTables();
        List<List<PdfLines.Line>> out = new ArrayList<>();
        for (List<PdfLines.Line> page : pages) {
            out.add(tables.page(page));
        }
        return out;
    }

    private List<PdfLines.Line> page(List<PdfLines.Line> lines) {
        List<PdfLines.Line> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int end = startsRow(lines.get(i)) ? tableEnd(lines, i) : i;
            if (end > i) {
                out.addAll(rows(lines.subList(i, end)));
                i = end;
            } else {
                out.add(lines.get(i));
                i++;
            }
        }
        return out;
    }

    private static boolean startsRow(PdfLines.Line line) {
        List<PdfLines.Cell> cells = cellsOf(line);
        return cells.size() >= 2 && !(cells.size() == 2 && TabCells.MARKER.matcher(cells.get(0).text()).matches());
    }

    /**
     * The end (exclusive) of the table that starts at line {@code from}, or {@code from} when the
     * lines there do not show a table.
     */
    private int tableEnd(List<PdfLines.Line> lines, int from) {
        List<Float> columns = new ArrayList<>(xs(lines.get(from)));
        int rows = 1;
        boolean goesOn = false;
        int i = from + 1;
        for (; i < lines.size(); i++) {
            PdfLines.Line line = lines.get(i);
            List<Float> xs = xs(line);
            if (xs.isEmpty()) {
                break;
            }
            if (near(xs.get(0), columns.get(0))) {
                if (!startsRow(line) || !alignedEnough(xs, columns)) {
                    break;
                }
                xs.stream().filter(x -> columns.stream().noneMatch(c -> near(c, x))).forEach(columns::add);
                columns.sort(Float::compare);
                rows++;
            } else if (xs.stream().allMatch(x -> columns.stream().skip(1).anyMatch(c -> near(c, x)))
                    && withinColumns(line, columns)) {
                goesOn = true;
            } else {
                break;
            }
        }
        boolean seen = knownColumns.stream().anyMatch(known -> sharedColumns(known, columns) >= 2);
        if (rows >= 2 || goesOn || seen) {
            knownColumns.add(columns);
            return i;
        }
        return from;
    }

    /**
     * Each cell of a line ends before the next column starts: a wrapped cell stays in its column,
     * where a line of prose under a list item runs across them.
     */
    private static boolean withinColumns(PdfLines.Line line, List<Float> columns) {
        for (PdfLines.Cell cell : cellsOf(line)) {
            for (float column : columns) {
                if (column > cell.x() + ALIGN && cell.right() > column - 1) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A later row shares at least two columns with those found so far. */
    private static boolean alignedEnough(List<Float> xs, List<Float> columns) {
        return xs.stream().filter(x -> columns.stream().anyMatch(c -> near(c, x))).count() >= 2;
    }

    private static int sharedColumns(List<Float> a, List<Float> b) {
        return (int) a.stream().filter(x -> b.stream().anyMatch(c -> near(c, x))).count();
    }

    /** The rows of a table's lines, each one line with its cells split by a tab. */
    private static List<PdfLines.Line> rows(List<PdfLines.Line> lines) {
        List<PdfLines.Line> rows = new ArrayList<>();
        float firstColumn = cellsOf(lines.get(0)).get(0).x();
        Map<Float, StringBuilder> row = null;
        float left = 0;
        float right = 0;
        for (PdfLines.Line line : lines) {
            if (row == null || near(cellsOf(line).get(0).x(), firstColumn)) {
                if (row != null) {
                    rows.add(rowLine(row, left, right));
                }
                row = new TreeMap<>();
                left = line.left();
                right = line.right();
            }
            for (PdfLines.Cell cell : cellsOf(line)) {
                StringBuilder text = row.computeIfAbsent(columnOf(row, cell.x()), x -> new StringBuilder());
                text.append(text.length() == 0 ? "" : " ").append(cell.text());
            }
            right = Math.max(right, line.right());
        }
        rows.add(rowLine(row, left, right));
        return rows;
    }

    /** The column key a cell belongs to: one already in the row near its x, else its own x. */
    private static float columnOf(Map<Float, StringBuilder> row, float x) {
        return row.keySet().stream().filter(c -> near(c, x)).findFirst().orElse(x);
    }

    private static PdfLines.Line rowLine(Map<Float, StringBuilder> row, float left, float right) {
        List<String> cells = row.values().stream().map(StringBuilder::toString).toList();
        return new PdfLines.Line(String.join(TabCells.SEPARATOR, cells), left, right, true, List.of(), true);
    }

    private static List<Float> xs(PdfLines.Line line) {
        return new ArrayList<>(cellsOf(line).stream().map(PdfLines.Cell::x).toList());
    }

    /** A line's cells; a line with no wide gap (a wrapped cell going on alone) is one cell. */
    private static List<PdfLines.Cell> cellsOf(PdfLines.Line line) {
        return line.cells().isEmpty() && !line.text().isBlank()
                ? List.of(new PdfLines.Cell(line.left(), line.right(), line.text().strip())) : line.cells();
    }

    private static boolean near(float a, float b) {
        return Math.abs(a - b) <= ALIGN;
    }
}
