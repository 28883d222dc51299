package org.commitmentstracker.extract.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {
    final Segmenter segmenter = new Segmenter();

    @Test
    void numberedParagraphsRomanSectionsAndBulletsGetTheStatementsOwnReferences() {
        List<Segment> segments = segmenter.segment("""
                I. Political cooperation

                1. The two sides agreed to hold consultations.

                2. The two sides agreed as follows:
                - Continue exchanges.
                - Open a consulate.
                a) Sign an agreement.
                (b) Study a treaty.

                The parties thanked each other.
                """);
        assertThat(segments).extracting(Segment::ref).containsExactly("I", "1", "2", "2.1", "2.2", "2.a", "2.b", "¶8");
        assertThat(segments).extracting(Segment::marker).containsExactly(MarkerType.ROMAN, MarkerType.NUMBER,
                MarkerType.NUMBER, MarkerType.BULLET, MarkerType.BULLET, MarkerType.LETTER, MarkerType.LETTER,
                MarkerType.NONE);
        assertThat(segments.get(3).text()).isEqualTo("Continue exchanges.");
        assertThat(segments.get(3).leadIn()).isEqualTo(2);
        assertThat(segments.get(1).text()).isEqualTo("The two sides agreed to hold consultations.");
    }

    @Test
    void hardWrappedLinesBecomeOneParagraph() {
        List<Segment> segments = segmenter.segment("""
                Joint Statement on the visit

                1. The two sides agreed to raise two-way trade to USD 3 billion by 2027 and
                to make full use of the Free Trade Agreement between the two countries,
                including its rules of origin and its chapter on services.
                2. Viet Nam and Chile will sign a memorandum of understanding on fisheries
                cooperation in the first half of 2026.
                Agriculture
                3. The two sides stressed the importance of food security in the region.
                """);
        assertThat(segments).extracting(Segment::ref).containsExactly("¶1", "1", "2", "¶4", "3");
        assertThat(segments.get(1).text()).isEqualTo("The two sides agreed to raise two-way trade to USD 3 billion by "
                + "2027 and to make full use of the Free Trade Agreement between the two countries, including its "
                + "rules of origin and its chapter on services.");
        assertThat(segments.get(3).text()).isEqualTo("Agriculture");
    }

    @Test
    void inTextThatIsNotWrappedEachLineIsAParagraph() {
        String longLine = "Hai bên nhất trí tăng cường hợp tác kinh tế, thương mại và đầu tư giữa hai nước trong thời gian tới, "
                + "đặc biệt trong các lĩnh vực có thế mạnh.";
        List<Segment> segments = segmenter.segment(longLine + "\n" + longLine + "\nHai bên khẳng định tầm quan trọng.\n"
                + longLine + "\n" + longLine);
        assertThat(segments).hasSize(5);
    }

    @Test
    void markersAreNotTakenFromNumbersAndDates() {
        assertThat(Marker.of("2025. A year of cooperation").type()).isEqualTo(MarkerType.NONE);
        assertThat(Marker.of("-5% growth was expected").type()).isEqualTo(MarkerType.NONE);
        assertThat(Marker.of("IIII. Not a numeral").type()).isEqualTo(MarkerType.NONE);
        assertThat(Marker.of("XIV. Fourteen").type()).isEqualTo(MarkerType.ROMAN);
        assertThat(Marker.of("• An Giang").type()).isEqualTo(MarkerType.BULLET);
    }
}
