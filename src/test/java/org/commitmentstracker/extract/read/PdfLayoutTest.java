package org.commitmentstracker.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The PDF layout rules on made-up lines: a column from x=50 to x=550, 5 points a character. */
class PdfLayoutTest extends StatementFileFixture {
    /** A line of the column: full width unless it is short of 100 characters; "¶" first marks a paragraph start. */
    private static PdfLines.Line line(String text) {
        boolean start = text.startsWith("¶");
        String t = start ? text.substring(1) : text;
        return new PdfLines.Line(t, 50, Math.min(550, 50 + 5 * t.length()), start);
    }

    private static final String FULL = "x".repeat(100);

    @SafeVarargs
    private static String text(List<String>... pages) {
        List<List<PdfLines.Line>> lines = new ArrayList<>();
        for (List<String> page : pages) {
            lines.add(page.stream().map(PdfLayoutTest::line).toList());
        }
        return PdfLayout.text(lines);
    }

    @Test
    void pageNumbersAndRunningTitlesGoAndTheCutParagraphIsJoined() {
        String body = "The two sides agreed to strengthen cooperation in trade, investment and the digital economy";
        assertThat(text(
                List.of("Joint Statement", body, "and to raise two-way trade to USD 10 billion by 2030 and to open the", "Page 1 of 3"),
                List.of("Joint Statement", "markets of each other further. They will meet again.", "- 2 -"),
                List.of("Joint Statement", "Trang 3/3")))
                .isEqualTo("Joint Statement\n\n" + body + "\nand to raise two-way trade to USD 10 billion by 2030 and to open the"
                        + "\nmarkets of each other further. They will meet again.");
    }

    @Test
    void aBareNumberAtAPageEdgeIsAPageNumber() {
        assertThat(text(List.of("First page text that goes on and on across the whole column of the page ok.", "1"),
                List.of("2", "Second page text.")))
                .isEqualTo("First page text that goes on and on across the whole column of the page ok.\n\nSecond page text.");
    }

    @Test
    void aSentenceEndWhereTheNextWordWouldHaveFittedEndsTheParagraph() {
        assertThat(text(List.of(FULL, "Short end.", "Next paragraph starts here.")))
                .isEqualTo(FULL + "\nShort end.\n\nNext paragraph starts here.");
        String fullEnd = "y".repeat(98) + ".";
        assertThat(text(List.of(FULL, fullEnd, "Next sentence of the same paragraph.")))
                .isEqualTo(FULL + "\n" + fullEnd + "\nNext sentence of the same paragraph.");
    }

    @Test
    void lineEndHyphens() {
        String pad = "z".repeat(80);
        // A word cut in two: the hyphen goes. A prefix, a chain and two words of the document keep it.
        assertThat(text(List.of(pad + " strengthen coopera-", "tion in trade.")))
                .isEqualTo(pad + " strengthen cooperation in trade.");
        assertThat(text(List.of(pad + " to address non-", "traditional security.")))
                .isEqualTo(pad + " to address non-traditional security.");
        assertThat(text(List.of(pad + " people-to-", "people exchanges.")))
                .isEqualTo(pad + " people-to-people exchanges.");
        assertThat(text(List.of("The term is long.", pad + " a long-", "term vision.")))
                .contains(pad + " a long-term vision.");
        assertThat(text(List.of(pad + " the Viet Nam-", "Russia partnership.")))
                .isEqualTo(pad + " the Viet Nam-Russia partnership.");
    }

    @Test
    void urlCutAtTheLineEndIsRejoined() {
        assertThat(text(List.of("Source: https://example.vn/tuyen-bo-chung-ve-quan-he-doi-tac-chien-luoc-" + "w".repeat(30),
                "toan-dien-2398392.html")))
                .isEqualTo("Source: https://example.vn/tuyen-bo-chung-ve-quan-he-doi-tac-chien-luoc-" + "w".repeat(30)
                        + "toan-dien-2398392.html");
    }

    @Test
    void aWrappedDashInASentenceIsNoBullet() {
        String wrapped = "The railway will link Lao Cai, Ha Noi and the port city of the north, Hai Phong, on the route Ha Noi";
        assertThat(text(List.of(wrapped, "- Hai Phong.")))
                .isEqualTo(wrapped + " - Hai Phong.");
        assertThat(text(List.of(FULL, "The two sides agreed:", "- Continue high-level visits.", "- Raise trade.")))
                .isEqualTo(FULL + "\nThe two sides agreed:\n\n- Continue high-level visits.\n\n- Raise trade.");
    }

    @Test
    void justifiedDoubleSpacesCollapse() {
        assertThat(text(List.of("  Viet  Nam   and   Russia"))).isEqualTo("  Viet Nam and Russia");
    }

    @Test
    void footersOfARealPdfGo() throws Exception {
        byte[] pdf = ReadFixtures.pdf(
                new String[] {"Viet Nam - Mongolia", "Both sides will raise trade", "", "", "", "Page 1 of 2"},
                new String[] {"Viet Nam - Mongolia", "to USD 10 billion by 2030.", "", "", "", "Page 2 of 2"});
        String text = read("footers.pdf", pdf).text();
        assertThat(text).doesNotContain("Page").startsWith("Viet Nam - Mongolia\n")
                .endsWith("\nBoth sides will raise trade\nto USD 10 billion by 2030.");
        assertThat(text.split("Mongolia", -1)).hasSize(2);
    }
}
