package org.commitmentstracker.extract.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The markers statements are typed with, in English and in Vietnamese documents. */
class MarkerTest {
    @Test
    void numbersAsVietnameseDocumentsTypeThem() {
        assertThat(Marker.of("1/ Hai bên nhất trí tăng cường hợp tác.")).isEqualTo(
                new Marker(MarkerType.NUMBER, "1", "Hai bên nhất trí tăng cường hợp tác."));
        // "(2)" items hang from the paragraph above, as "(b)" would
        assertThat(Marker.of("(2) Tổ chức kỳ họp lần thứ 13")).isEqualTo(
                new Marker(MarkerType.LETTER, "2", "Tổ chức kỳ họp lần thứ 13"));
        assertThat(Marker.of("Điều 3. Hai Bên hợp tác")).isEqualTo(new Marker(MarkerType.NUMBER, "3", "Hai Bên hợp tác"));
        assertThat(Marker.of("Article 12 Final provisions")).isEqualTo(new Marker(MarkerType.NUMBER, "12", "Final provisions"));
    }

    @Test
    void lettersSmallRomanNumeralsAndBullets() {
        assertThat(Marker.of("b/ Y tế: Hai bên tiếp tục")).isEqualTo(new Marker(MarkerType.LETTER, "b", "Y tế: Hai bên tiếp tục"));
        assertThat(Marker.of("(ii) training of officers")).isEqualTo(new Marker(MarkerType.LETTER, "ii", "training of officers"));
        assertThat(Marker.of("iv. maritime search and rescue")).isEqualTo(
                new Marker(MarkerType.LETTER, "iv", "maritime search and rescue"));
        assertThat(Marker.of("o renewable energy").type()).isEqualTo(MarkerType.BULLET);
        assertThat(Marker.of("\uF0B7 renewable energy").type()).isEqualTo(MarkerType.BULLET);
    }

    @Test
    void notMarkers() {
        assertThat(Marker.of("1.5 billion USD in trade").type()).isEqualTo(MarkerType.NONE);
        aTableRowIsNoMarker();
        assertThat(Marker.of("2026-2028 period").type()).isEqualTo(MarkerType.NONE);
        assertThat(Marker.of("open a consulate").type()).isEqualTo(MarkerType.NONE);
    }

    private static void aTableRowIsNoMarker() {
        // a table row whose first cell is a number: its cells, not a marker, tell what it is
        assertThat(Marker.of("1.2\tHold the dialogue\tMFA\tQ3/2026").type()).isEqualTo(MarkerType.NONE);
    }
}
