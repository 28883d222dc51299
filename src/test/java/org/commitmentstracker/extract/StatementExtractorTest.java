package org.commitmentstracker.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.commitmentstracker.bundled.SectorOwners;
import org.commitmentstracker.extract.read.SourceText;
import org.commitmentstracker.extract.read.StatementReaders;
import org.commitmentstracker.model.Sector;
import org.commitmentstracker.model.UnitKind;
import org.junit.jupiter.api.Test;

/** The whole extractor on short statements written for these tests (web debris, bullets, hard wraps). */
class StatementExtractorTest {
    static final StatementExtractor EXTRACTOR = new StatementExtractor(SectorOwners.bundled());

    static Extraction extract(String fixture) throws Exception {
        Path file = Path.of(StatementExtractorTest.class.getResource("/statements/" + fixture).toURI());
        return EXTRACTOR.extract(new StatementReaders().read(file));
    }

    @Test
    void anEnglishPageWithNavigationBulletsAndHardWraps() throws Exception {
        Extraction e = extract("en-wrapped-bullets.txt");

        // the dateline "Santiago, 14 March 2025 10:05 AM" is metadata, not a unit

        assertThat(e.metadata().partners()).containsExactly("Chile");
        assertThat(e.metadata().language()).isEqualTo("en");
        assertThat(e.metadata().title()).startsWith("Joint Statement between Viet Nam and the Republic of Chile");
        assertThat(e.units()).extracting(ExtractedUnit::ref).containsExactly("¶1", "¶2", "¶3", "1", "2", "I",
                "3", "4", "5", "5.1", "5.2", "5.3", "¶13", "¶14");
        assertThat(e.units()).extracting(ExtractedUnit::kind).containsExactly(UnitKind.NOISE, UnitKind.NOISE,
                UnitKind.NOISE, UnitKind.CONTEXT, UnitKind.COMMITMENT, UnitKind.HEADING,
                UnitKind.COMMITMENT, UnitKind.POSITION, UnitKind.COMMITMENT, UnitKind.COMMITMENT, UnitKind.COMMITMENT,
                UnitKind.POSITION, UnitKind.NOISE, UnitKind.NOISE);
        ExtractedUnit trade = unit(e, "2");
        assertThat(trade.text()).isEqualTo("The two sides agreed to raise two-way trade to USD 3 billion by 2027 and "
                + "to make full use of the Viet Nam - Chile Free Trade Agreement.");
        assertThat(trade.sector()).isEqualTo(Sector.ECO);
        assertThat(trade.deadline()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(trade.actor()).isEqualTo(Actor.BOTH);
        assertThat(trade.target()).isEqualTo("USD 3 billion");
        assertThat(trade.owner()).isEqualTo("MOIT");
        assertThat(trade.kindCue()).isEqualTo("agreed to");
        ExtractedUnit fisheries = unit(e, "3");
        assertThat(fisheries.sector()).as("from the heading").isEqualTo(Sector.AGR);
        assertThat(fisheries.section()).isEqualTo("Cooperation in agriculture");
        assertThat(fisheries.deadline()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(fisheries.sectorCue()).contains("heading");
    }

    @Test
    void aVietnameseStatementWithHardWrappedParagraphs() throws Exception {
        Extraction e = extract("vi-hard-wrapped.txt");

        assertThat(e.metadata().language()).isEqualTo("vi");
        assertThat(e.metadata().partners()).containsExactly("Hungary");
        assertThat(e.units()).extracting(ExtractedUnit::kind).containsExactly(UnitKind.CONTEXT, UnitKind.COMMITMENT,
                UnitKind.POSITION, UnitKind.CONTEXT, UnitKind.COMMITMENT, UnitKind.NOISE);
        assertThat(e.units().get(1).text()).isEqualTo("Hai bên nhất trí tăng cường hợp tác trong lĩnh vực giáo dục, "
                + "đào tạo và nâng số suất học bổng lên 200 suất mỗi năm.");
        assertThat(e.units().get(1).sector()).isEqualTo(Sector.EDU);
        assertThat(e.units().get(4).deadline()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(e.units().get(4).sector()).isEqualTo(Sector.HEA);
        assertThat(e.units().get(4).owner()).isEqualTo("MOH");
    }

    @Test
    void pastedTextIsExtractedLikeAFile() throws Exception {
        SourceText pasted = new StatementReaders().fromClipboard(
                "Joint Statement\r\n\r\nThe two sides will open consulates\u00a0in Lima and Da Nang in 2026.\r\n");
        Extraction e = EXTRACTOR.extract(pasted);
        assertThat(e.units()).singleElement().satisfies(u -> {
            assertThat(u.kind()).isEqualTo(UnitKind.COMMITMENT);
            assertThat(u.text()).isEqualTo("The two sides will open consulates in Lima and Da Nang in 2026.");
            assertThat(u.deadline()).isEqualTo(LocalDate.of(2026, 12, 31));
        });
    }

    @Test
    void everyParagraphBecomesExactlyOneUnitInOrder() throws Exception {
        Extraction e = extract("en-wrapped-bullets.txt");
        List<Integer> ordinals = e.units().stream().map(ExtractedUnit::ordinal).toList();
        assertThat(ordinals).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
    }

    private static ExtractedUnit unit(Extraction e, String ref) {
        return e.units().stream().filter(u -> u.ref().equals(ref)).findFirst().orElseThrow();
    }
}
