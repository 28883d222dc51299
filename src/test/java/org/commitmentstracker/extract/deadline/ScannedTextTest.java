package org.commitmentstracker.extract.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A statement scanned once gives each of its parts the mentions that part read alone gives, or tells the caller to
 * read it alone: never other mentions.
 */
class ScannedTextTest {
    final DateScanner scanner = new DateScanner();

    @Test
    void aNumberedParagraphEndingWithItsDeadlineTakesTheWholeTextsMentions() {
        List<String> parts = List.of("12. The two sides agreed to sign the agreement by 30 June 2026.",
                "13. They will raise trade to USD 10 billion by 2030.", "14. Both sides welcomed the visit.");
        ScannedText whole = whole(parts);
        List<DateMention> first = whole.mentionsOf(norm(parts.get(0).substring(4)));
        assertThat(first).isNotNull().isEqualTo(scanner.scan(norm(parts.get(0).substring(4))));
        assertThat(first).singleElement().satisfies(m -> assertThat(m.cue()).isEqualTo("by 30 June 2026"));
        assertThat(whole.mentionsOf(norm(parts.get(1).substring(4)))).isNotNull().singleElement()
                .satisfies(m -> assertThat(m.year()).isEqualTo(2030));
        assertThat(whole.mentionsOf(norm(parts.get(2).substring(4)))).isEmpty();
    }

    /** "| 2026" ends a table row's text alone, and is a date there; in the whole text the next row follows it. */
    @Test
    void aTableRowEndingInAYearIsReadAlone() {
        List<String> rows = List.of("1 | Organise Culture Days | MCST | 2026", "2 | Exchange delegations | MND | 2027");
        ScannedText whole = whole(rows);
        assertThat(whole.mentionsOf(norm(rows.get(0)))).isNull();
        assertThat(scanner.scan(norm(rows.get(0)))).singleElement().satisfies(m -> assertThat(m.year()).isEqualTo(2026));
    }

    @Test
    void aPartTheTextDoesNotHoldOrADateOverItsEdgeIsReadAlone() {
        ScannedText whole = whole(List.of("The two sides will meet from 3", "5 June 2026 in Hanoi."));
        assertThat(whole.mentionsOf("The two sides will meet in Paris in 2027.")).isNull();
        assertThat(whole.mentionsOf(norm("The two sides will meet from 3"))).isNull();
    }

    /** "30 Oct." may end a date with its dot read alone; the next paragraph's number follows it in the whole text. */
    @Test
    void aPartEndingInAnAbbreviatedMonthBeforeANumberedParagraphIsReadAlone() {
        List<String> parts = List.of("The ministers will meet again on 30 Oct.", "14. Both sides welcomed the visit.");
        assertThat(whole(parts).mentionsOf(norm(parts.get(0)))).isNull();
    }

    @Property(tries = 1500)
    void aPartsMentionsAreThoseItGivesReadAlone(@ForAll("statements") List<String> parts) {
        StringBuilder text = new StringBuilder();
        List<String> asked = new ArrayList<>();
        for (String part : parts) {
            // a part is the text after a paragraph's number, a bullet or a table's bar, as the segmenter cuts it
            String[] cut = part.split("\u0000", 2);
            text.append(cut[0]).append(cut[1]);
            asked.add(norm(cut[1]));
        }
        ScannedText whole = scanner.scanWhole(norm(text.toString()));
        for (String part : asked) {
            List<DateMention> shared = whole.mentionsOf(part);
            if (shared != null) {
                assertThat(shared).as("the mentions of \"%s\" in \"%s\"", part, whole.text()).isEqualTo(scanner.scan(part));
            }
        }
    }

    @Provide
    Arbitrary<List<String>> statements() {
        Arbitrary<String> before = Arbitraries.of("", "\n", " ", "\n12. ", "\n- ", "\n| ", " | ", "\t", "\na) ", ". ",
                "\n3\t", "\n2027 ");
        Arbitrary<String> words = Arbitraries.oneOf(DateLikeTexts.any(), Arbitraries.of(
                "The two sides will sign the agreement by 30 June 2026.", "in 2027", "Q3 2026", "| 2026", "30 Oct.",
                "by the end of 2025;", "Expo 2025", "host the 2027 APEC Summit.", "ngày 30/9", "năm 2030."));
        Arbitrary<String> part = Arbitraries.oneOf(words, words.list().ofMinSize(1).ofMaxSize(4)
                .map(w -> String.join(" ", w)));
        return Arbitraries.lazy(() -> before.flatMap(b -> part.map(p -> b + "\u0000" + p))).list().ofMinSize(1).ofMaxSize(6);
    }

    private ScannedText whole(List<String> parts) {
        return scanner.scanWhole(norm(String.join("\n", parts)));
    }

    private static String norm(String text) {
        return DateScanner.normalize(text);
    }
}
