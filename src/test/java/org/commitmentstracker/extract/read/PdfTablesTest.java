package org.commitmentstracker.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Table rows rebuilt from made-up lines whose cells stand at x = 72 (number), 108 (task), 315 (agency), 419 (time). */
class PdfTablesTest {
    /** A line of cells given as x, text, x, text ...; each cell ends 6 points a character after its start. */
    private static PdfLines.Line cells(Object... xAndText) {
        List<PdfLines.Cell> cells = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < xAndText.length; i += 2) {
            float x = ((Number) xAndText[i]).floatValue();
            String t = (String) xAndText[i + 1];
            cells.add(new PdfLines.Cell(x, x + 6 * t.length(), t));
            text.append(text.length() == 0 ? "" : " ").append(t);
        }
        PdfLines.Cell last = cells.get(cells.size() - 1);
        return new PdfLines.Line(text.toString(), cells.get(0).x(), last.right(), false,
                cells.size() < 2 ? List.of() : cells, false);
    }

    private static PdfLines.Line prose(String text, float left) {
        return new PdfLines.Line(text, left, 523, false);
    }

    private static List<String> texts(List<PdfLines.Line> lines) {
        return PdfTables.join(List.of(lines)).get(0).stream().map(PdfLines.Line::text).toList();
    }

    @Test
    void aRowAndTheLinesOfItsWrappedCellsBecomeOneLineOfTabSeparatedCells() {
        List<String> rows = texts(List.of(
                prose("III. THE TASKS", 72),
                cells(72, "1", 108, "Hold political consultations at", 315, "Ministries of", 419, "Q2/2026"),
                cells(108, "Deputy Minister level", 315, "Foreign Affairs"),
                cells(72, "2", 108, "Exchange delegations", 315, "Parliaments", 419, "2026"),
                prose("IV. IMPLEMENTATION", 72)));

        assertThat(rows).containsExactly("III. THE TASKS",
                "1\tHold political consultations at Deputy Minister level\tMinistries of Foreign Affairs\tQ2/2026",
                "2\tExchange delegations\tParliaments\t2026",
                "IV. IMPLEMENTATION");
    }

    @Test
    void aListItemWithAWideGapAndProseRunningAcrossTheColumnsIsNoTable() {
        PdfLines.Line item = cells(72, "2.", 94, "The two sides noted that trade reached", 330, "USD 1.5");
        PdfLines.Line wrapped = new PdfLines.Line("billion in 2024 and agreed to raise it further by 2030.", 94, 523, false);
        PdfLines.Line unmarked = cells(94, "The two sides noted that trade reached", 330, "USD 1.5");

        assertThat(texts(List.of(item, wrapped))).containsExactly(item.text(), wrapped.text());
        // without the marker it could be a row: but the next line runs past the column at 330
        assertThat(texts(List.of(unmarked, wrapped))).containsExactly(unmarked.text(), wrapped.text());
    }

    @Test
    void aLoneRowIsATableOnlyInColumnsAlreadySeen() {
        PdfLines.Line lone = cells(72, "9", 108, "Grant scholarships", 315, "Ministries of Education", 419, "Annually");

        assertThat(texts(List.of(lone))).containsExactly(lone.text());
        List<List<PdfLines.Line>> pages = PdfTables.join(List.of(
                List.of(cells(72, "1", 108, "Hold talks", 315, "MOFA", 419, "2026"),
                        cells(72, "2", 108, "Sign an MOU", 315, "MOIT", 419, "2027")),
                List.of(prose("B. Education", 72), lone)));
        assertThat(pages.get(1)).extracting(PdfLines.Line::text)
                .containsExactly("B. Education", "9\tGrant scholarships\tMinistries of Education\tAnnually");
    }
}
