package org.commitmentstracker.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.commitmentstracker.model.ReportPeriod;
import org.commitmentstracker.model.ReportScope;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.model.StatusPalette;

/**
 * The first sheet: the header block (organisation, national heading, title, period, "as of"),
 * the key figures, counts by status with a bar chart, and partner × status and owner × status
 * tables with completion rates. Written with the non-streaming API, for the chart.
 */
final class SummarySheet {
    /** Columns of the partner and owner tables: name, six statuses, total, completion rate. */
    private static final int TABLE_COLUMNS = Status.values().length + 3;

    private final XSSFSheet sheet;
    private final ReportStyles styles;
    private final ReportWords words;
    private int next;
    /** The first row of the printed page being filled. */
    private int pageStart;

    SummarySheet(XSSFWorkbook workbook, ReportStyles styles, ReportWords words) {
        this.sheet = workbook.createSheet(words.get("sheet.summary"));
        this.styles = styles;
        this.words = words;
        sheet.setColumnWidth(0, 34 * 256);
        for (int i = 1; i < TABLE_COLUMNS; i++) {
            sheet.setColumnWidth(i, 12 * 256);
        }
        PrintLayout.landscape(sheet, words, 0);
    }

    void write(ReportRequest request, ReportFigures figures, LocalDate generatedOn) {
        header(request, generatedOn);
        next++;
        keyFigures(figures);
        next++;
        int statusesFirst = next + 1;
        statusCounts(figures);
        chart(statusesFirst, next - 1);
        next++;
        table(words.get("byPartner"), words.get("column.partner"), figures.byPartner);
        next++;
        repeats(figures);
        next++;
        table(words.get("byOwner"), words.get("column.owner"), figures.byOwner);
    }

    /**
     * Starts a new printed page before a table that would not fit on what is left of this one, so no page holds
     * the tail of a table without its heading (a table longer than a page still breaks, with its heading on top).
     */
    private void keepTogether(int rows) {
        double used = 0;
        for (int r = pageStart; r < next; r++) {
            Row row = sheet.getRow(r);
            used += row == null ? sheet.getDefaultRowHeightInPoints() : row.getHeightInPoints();
        }
        double needed = RowHeights.points(2) + rows * (double) sheet.getDefaultRowHeightInPoints() + 20;
        if (next > pageStart && used + needed > PrintLayout.PRINTABLE_HEIGHT_POINTS) {
            sheet.setRowBreak(next - 1);
            pageStart = next;
        }
    }

    private void header(ReportRequest request, LocalDate generatedOn) {
        ReportHeader h = request.header();
        int last = TABLE_COLUMNS - 1;
        if (h.nationalHeading() || !h.organisation().isBlank()) {
            Row first = sheet.createRow(next++);
            Row second = sheet.createRow(next++);
            if (!h.organisation().isBlank()) {
                String[] lines = h.organisation().strip().split("\\R", 2);
                centred(first, 0, 1, lines[0], styles.centredBold);
                if (lines.length > 1) {
                    centred(second, 0, 1, lines[1], styles.centred);
                }
            }
            if (h.nationalHeading()) {
                centred(first, 3, last, words.get("national.line1"), styles.centredBold);
                centred(second, 3, last, words.get("national.line2"), styles.centredBold);
            }
        }
        // As on an official document: the number under the issuer, the place and date under the national heading.
        Row numberAndPlace = sheet.createRow(next++);
        centred(numberAndPlace, 0, 1, words.documentNumber(h.documentNumber()), styles.centred);
        centred(numberAndPlace, 3, last, words.placeAndDate(h.place(), generatedOn), styles.italicCentred);
        next++;
        Row title = sheet.createRow(next++);
        title.setHeightInPoints(22);
        centred(title, 0, last, h.title().isBlank() ? words.get("title.default") : h.title().strip(), styles.title);
        ReportPeriod period = request.period();
        line(ReportWords.isQuarter(period) ? words.format("period", words.period(period), ReportWords.date(period.from()),
                ReportWords.date(period.to())) : words.format("period.range", ReportWords.date(period.from()),
                ReportWords.date(period.to())));
        line(words.format("asOf", ReportWords.date(request.asOf())));
        line(words.format("scope", scope(request.scope())));
        line(words.format("generated", ReportWords.date(generatedOn)));
    }

    private String scope(ReportScope scope) {
        List<String> parts = new ArrayList<>();
        if (!scope.partners().isEmpty()) {
            parts.add(words.format("scope.partners", words.partners(scope.partners().stream().sorted().toList())));
        }
        if (!scope.ownerCodes().isEmpty()) {
            parts.add(words.format("scope.owners", String.join(", ", scope.ownerCodes().stream().sorted().toList())));
        }
        if (!scope.sectors().isEmpty()) {
            parts.add(words.format("scope.sectors", String.join(", ",
                    scope.sectors().stream().sorted().map(words::sector).toList())));
        }
        if (!scope.statementIds().isEmpty()) {
            parts.add(words.format("scope.statements", scope.statementIds().size()));
        }
        return parts.isEmpty() ? words.get("scope.all") : String.join("; ", parts);
    }

    private void keyFigures(ReportFigures f) {
        label(sheet.createRow(next++), words.get("figures"));
        figure("figure.total", f.total);
        figure("figure.completed", f.count(Status.COMPLETED));
        figure("figure.inProgress", f.count(Status.IN_PROGRESS));
        figure("figure.atRisk", f.count(Status.AT_RISK));
        figure("figure.overdue", f.overdue);
        figure("figure.completedInPeriod", f.completedThisPeriod);
        figure("figure.repeats", f.repeats);
    }

    /** The commitments that repeat one of an earlier visit's, by partner (a line saying none when none). */
    private void repeats(ReportFigures f) {
        keepTogether(Math.max(1, f.repeatsByPartner.size()) + 1);
        label(sheet.createRow(next++), words.get("repeatsByPartner"));
        Row heading = sheet.createRow(next++);
        header(heading, 0, words.get("column.partner"));
        header(heading, 1, words.get("column.repeats"));
        if (f.repeatsByPartner.isEmpty()) {
            text(sheet.createRow(next++), 0, words.get("repeats.none"));
        }
        f.repeatsByPartner.forEach((partner, count) -> {
            Row row = sheet.createRow(next++);
            text(row, 0, partner);
            number(row, 1, count);
        });
    }

    private void statusCounts(ReportFigures f) {
        Row heading = sheet.createRow(next++);
        header(heading, 0, words.get("column.status"));
        header(heading, 1, words.get("column.total"));
        for (Status status : Status.values()) {
            Row row = sheet.createRow(next++);
            text(row, 0, words.status(status));
            number(row, 1, f.count(status));
        }
    }

    private void chart(int firstRow, int lastRow) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        // To the right of the key figures and status counts.
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 3, firstRow - 9, TABLE_COLUMNS, lastRow + 1));
        chart.setTitleText(words.get("chart.title"));
        chart.setTitleOverlay(false);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        XDDFChartData.Series series = data.addSeries(
                XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(firstRow, lastRow, 0, 0)),
                XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(firstRow, lastRow, 1, 1)));
        series.setTitle(words.get("figure.total"), null);
        // Without an explicit fill some readers (LibreOffice) draw the bars invisible. Each status's bar takes
        // its colour from the palette the app's chips and charts use.
        XDDFShapeProperties bars = new XDDFShapeProperties();
        bars.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.GRAY)));
        series.setShapeProperties(bars);
        Status[] statuses = Status.values();
        for (int i = 0; i < statuses.length; i++) {
            series.getDataPoint(i).setFillProperties(new XDDFSolidFillProperties(
                    XDDFColor.from(rgb(StatusPalette.colour(statuses[i])))));
        }
        chart.plot(data);
    }

    static byte[] rgb(String hex) {
        return ReportStyles.colour(hex).getRGB();
    }

    /** Rows of name × status counts, with the row's total and its completion rate. */
    private void table(String title, String nameColumn, Map<String, Map<Status, Integer>> counts) {
        keepTogether(counts.size() + 1);
        label(sheet.createRow(next++), title);
        Row heading = sheet.createRow(next++);
        heading.setHeightInPoints(RowHeights.points(2));
        header(heading, 0, nameColumn);
        Status[] statuses = Status.values();
        for (int i = 0; i < statuses.length; i++) {
            header(heading, i + 1, words.status(statuses[i]));
        }
        header(heading, statuses.length + 1, words.get("column.total"));
        header(heading, statuses.length + 2, words.get("column.rate"));
        for (Map.Entry<String, Map<Status, Integer>> entry : counts.entrySet()) {
            Row row = sheet.createRow(next++);
            text(row, 0, entry.getKey());
            int total = 0;
            for (int i = 0; i < statuses.length; i++) {
                int n = entry.getValue().getOrDefault(statuses[i], 0);
                number(row, i + 1, n);
                total += n;
            }
            number(row, statuses.length + 1, total);
            Cell rate = row.createCell(statuses.length + 2);
            rate.setCellValue(total == 0 ? 0 : (double) entry.getValue().getOrDefault(Status.COMPLETED, 0) / total);
            rate.setCellStyle(styles.percent);
        }
    }

    private void figure(String key, int value) {
        Row row = sheet.createRow(next++);
        text(row, 0, words.get(key));
        number(row, 1, value);
    }

    private void line(String text) {
        text(sheet.createRow(next++), 0, text);
    }

    private void label(Row row, String text) {
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(styles.bold);
    }

    private void header(Row row, int column, String text) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(styles.header);
    }

    private void text(Row row, int column, String value) {
        SafeText.set(row.createCell(column), value, styles.text, styles.textQuoted);
    }

    private void number(Row row, int column, int value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.number);
    }

    private void centred(Row row, int from, int to, String text, CellStyle style) {
        Cell cell = row.createCell(from);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        if (to > from) {
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), from, to));
        }
    }
}
