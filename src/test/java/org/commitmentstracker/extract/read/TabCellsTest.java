package org.commitmentstracker.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TabCellsTest {
    @Test
    void aTabAfterAListMarkerIsASpace() {
        assertThat(TabCells.join("1.\tThe two sides agreed to")).isEqualTo("1. The two sides agreed to");
        assertThat(TabCells.join("a)\tHai bên nhất trí")).isEqualTo("a) Hai bên nhất trí");
        assertThat(TabCells.join("•\tTrade")).isEqualTo("• Trade");
    }

    @Test
    void tableCellsKeepOneTabBetweenThemAndEmptyCellsGo() {
        assertThat(TabCells.join("1\tHold the meeting\t\tMOFA \t Q2/2026\t")).isEqualTo("1\tHold the meeting\tMOFA\tQ2/2026");
        assertThat(TabCells.join("\t\tIndented text")).isEqualTo("Indented text");
        assertThat(TabCells.join("no tabs at all")).isEqualTo("no tabs at all");
        assertThat(TabCells.join("\t \t")).isEmpty();
    }

    @Test
    void aWrappedCellsNextLineGoesOnItsCellInTheSameColumn() {
        assertThat(TabCells.continueRow("1.2\tHold the dialogue\tMFA / MOFA\tQ3/2026", "\tand review the plan"))
                .isEqualTo("1.2\tHold the dialogue and review the plan\tMFA / MOFA\tQ3/2026");
        assertThat(TabCells.continueRow("1\tSign an MOU\tDEA /\t2026", "\ton hydrogen\tMOIT"))
                .isEqualTo("1\tSign an MOU on hydrogen\tDEA / MOIT\t2026");
        assertThat(TabCells.continueRow("For Denmark\tFor Viet Nam", "\tMinister")).isNull();
        assertThat(TabCells.continueRow("1\tSign\tDEA\t2026", "Next paragraph.")).isNull();
        assertThat(TabCells.continueRow(null, "\tindented")).isNull();
    }
}
