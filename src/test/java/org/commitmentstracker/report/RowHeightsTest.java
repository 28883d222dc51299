package org.commitmentstracker.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Row heights from wrapped text, checked against what LibreOffice printed in Carlito (Calibri's metric twin). */
class RowHeightsTest {
    @Test
    void aTitleWrapsAtWordEndsAsTheSpreadsheetWrapsIt() {
        // Printed at width 22 as "Việt Nam - Mông Cổ thiết / lập quan hệ Đối tác Toàn / diện": three lines, not the
        // two its 54 characters would fill if words could be cut anywhere.
        assertThat(RowHeights.lines("Việt Nam - Mông Cổ thiết lập quan hệ Đối tác Toàn diện", 22)).isEqualTo(3);
    }

    @Test
    void paragraphsAndLongWordsEachTakeTheirLines() {
        assertThat(RowHeights.lines("one\ntwo", 22)).isEqualTo(2);
        assertThat(RowHeights.lines("x".repeat(60), 22)).isEqualTo(3);
        assertThat(RowHeights.lines("", 22)).isEqualTo(1);
        assertThat(RowHeights.lines("word ".repeat(500), 46)).isEqualTo(20);
    }
}
