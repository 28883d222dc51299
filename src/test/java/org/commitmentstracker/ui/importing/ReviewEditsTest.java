package org.commitmentstracker.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.commitmentstracker.bundled.SectorOwners;
import org.commitmentstracker.extract.CommitmentSuggester;
import org.commitmentstracker.extract.meta.StatementMetadata;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.Sector;
import org.commitmentstracker.model.UnitDraft;
import org.commitmentstracker.model.UnitKind;
import org.junit.jupiter.api.Test;

/** The review's rules for paragraphs, as plain Java: no toolkit, no store. */
class ReviewEditsTest {
    static final Agency MOIT = new Agency(1, "MOIT", "Bộ Công Thương", "Ministry of Industry and Trade");
    static final Agency MOFA = new Agency(2, "MOFA", "Bộ Ngoại giao", "Ministry of Foreign Affairs");
    static final StatementMetadata STATEMENT = new StatementMetadata("Joint Statement", List.of("Peru"),
            LocalDate.of(2025, 5, 5), "Ha Noi", "en", "peru.txt", null);
    static final String TRADE = "The two sides agreed to raise two-way trade to USD 1 billion by 2027.";

    final ReviewEdits edits = new ReviewEdits(
            new CommitmentSuggester(new SectorOwners(Map.of(Sector.ECO, "MOIT", Sector.POL, "MOFA"))),
            List.of(MOIT, MOFA));

    static ReviewedParagraph paragraph(String ref, UnitKind kind, String text) {
        return new ReviewedParagraph(ref, kind, text, null, null, null, null, null, null, "found", null, null, true);
    }

    @Test
    void aParagraphMadeACommitmentGetsSuggestedSectorOwnerAndDeadline() {
        ReviewedParagraph position = paragraph("3", UnitKind.POSITION, TRADE);

        ReviewedParagraph made = edits.changeKind(position, UnitKind.COMMITMENT, "by Lan", STATEMENT).orElseThrow();

        assertThat(made.kind()).isEqualTo(UnitKind.COMMITMENT);
        assertThat(made.cue()).isEqualTo("by Lan");
        assertThat(made.sector()).isEqualTo(Sector.ECO);
        assertThat(made.owner()).isEqualTo(MOIT);
        assertThat(made.deadline()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(made.sectorCue()).isNotBlank();
        assertThat(made.text()).isEqualTo(TRADE);
        assertThat(made.kept()).isTrue();
    }

    @Test
    void aCommitmentTurnedBackAndForthKeepsTheOfficersFields() {
        ReviewedParagraph chosen = new ReviewedParagraph("2", UnitKind.COMMITMENT, TRADE, null, Sector.POL, MOFA,
                LocalDate.of(2030, 1, 1), "both", null, "found", "officer", null, false);

        ReviewedParagraph context = edits.changeKind(chosen, UnitKind.CONTEXT, "back", STATEMENT).orElseThrow();
        ReviewedParagraph again = edits.changeKind(context, UnitKind.COMMITMENT, "forth", STATEMENT).orElseThrow();

        assertThat(again).isEqualTo(chosen.withKind(UnitKind.COMMITMENT, "forth"));
        assertThat(edits.changeKind(again, UnitKind.COMMITMENT, "same", STATEMENT)).isEmpty();
    }

    @Test
    void aCommitmentIsSplitInTwoCommitmentsEachWithItsOwnSuggestions() {
        ReviewedParagraph whole = paragraph("2", UnitKind.COMMITMENT, TRADE).withKept(false);

        List<ReviewedParagraph> parts = edits.split(whole, TRADE.indexOf(" by 2027"), "split by Lan", STATEMENT);

        assertThat(parts).extracting(ReviewedParagraph::ref, ReviewedParagraph::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2a", "The two sides agreed to raise two-way trade to USD 1 billion"),
                org.assertj.core.groups.Tuple.tuple("2b", "by 2027."));
        assertThat(parts).allSatisfy(p -> {
            assertThat(p.kind()).isEqualTo(UnitKind.COMMITMENT);
            assertThat(p.cue()).isEqualTo("split by Lan");
            assertThat(p.kept()).isFalse();
        });
        assertThat(parts.get(0).deadline()).isNull();
        assertThat(parts.get(1).deadline()).isEqualTo(LocalDate.of(2027, 12, 31));
    }

    @Test
    void aPositionIsSplitIntoPlainPartsAndACutAtAnEndIsRefused() {
        ReviewedParagraph whole = paragraph(null, UnitKind.POSITION, "Both sides welcomed the visit.  They agreed.");

        List<ReviewedParagraph> parts = edits.split(whole, whole.text().indexOf("They"), "split", STATEMENT);

        assertThat(parts).extracting(ReviewedParagraph::ref).containsExactly("a", "b");
        assertThat(parts.get(0)).isEqualTo(new ReviewedParagraph("a", UnitKind.POSITION, "Both sides welcomed the visit.",
                null, null, null, null, null, null, "split", null, null, true));
        assertThat(edits.split(whole, 0, "split", STATEMENT)).isEmpty();
        assertThat(edits.split(whole, whole.text().length(), "split", STATEMENT)).isEmpty();
        assertThat(edits.split(whole, whole.text().indexOf("  ") + 1, "split", STATEMENT)).hasSize(2);
        assertThat(edits.split(paragraph("1", UnitKind.CONTEXT, "a   "), 1, "split", STATEMENT)).isEmpty();
    }

    @Test
    void aMergeTakesTheCommitmentsFieldsAndIsKeptWhenEitherWas() {
        ReviewedParagraph heading = paragraph("4", UnitKind.CONTEXT, "On trade:").withKept(false);
        ReviewedParagraph commitment = new ReviewedParagraph("5", UnitKind.COMMITMENT, TRADE, "Economy", Sector.ECO,
                MOIT, LocalDate.of(2027, 12, 31), "both", "USD 1 billion", "found", "trade", "by 2027", true);

        ReviewedParagraph merged = edits.merge(heading, commitment, "merged by Lan");

        assertThat(merged).isEqualTo(new ReviewedParagraph("4", UnitKind.COMMITMENT, "On trade: " + TRADE, null,
                Sector.ECO, MOIT, LocalDate.of(2027, 12, 31), null, "USD 1 billion", "merged by Lan", "trade",
                "by 2027", true));
        assertThat(edits.merge(commitment, heading, "merged").kind()).isEqualTo(UnitKind.COMMITMENT);
        assertThat(edits.merge(heading, heading, "merged").kept()).isFalse();
    }

    @Test
    void theStoreGetsTheKeptParagraphsRenumberedWithTheirCommitments() {
        ReviewedParagraph rejected = paragraph("1", UnitKind.CONTEXT, "Rejected.").withKept(false);
        ReviewedParagraph context = paragraph("2", UnitKind.CONTEXT, "Context.");
        ReviewedParagraph commitment = new ReviewedParagraph("3", UnitKind.COMMITMENT, TRADE, null, Sector.ECO, MOIT,
                LocalDate.of(2027, 12, 31), "both", "USD 1 billion", "found", null, null, true);

        List<UnitDraft> drafts = ReviewEdits.drafts(List.of(rejected, context, commitment));

        assertThat(drafts).extracting(d -> d.unit().ordinal(), d -> d.unit().ref()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, "2"), org.assertj.core.groups.Tuple.tuple(1, "3"));
        assertThat(drafts.get(0).commitment()).isNull();
        assertThat(drafts.get(1).unit().cue()).isEqualTo("found");
        assertThat(drafts.get(1).commitment().ownerCode()).isEqualTo("MOIT");
        assertThat(drafts.get(1).commitment().actor()).isEqualTo("both");
        assertThat(drafts.get(1).commitment().target()).isEqualTo("USD 1 billion");
    }

    @Test
    void aUnitIsPlacedInTheSourceDespiteLineBreaksAndNotPlacedWhenItsWordsAreMissing() {
        String source = "Intro.\nThe two sides agreed to raise two-way\n   trade to USD 1 billion by 2027.\nEnd.";

        int[] range = SourcePlaces.rangeOf(TRADE, source);

        assertThat(source.substring(range[0], range[1])).startsWith("The two sides").endsWith("by 2027.");
        assertThat(SourcePlaces.rangeOf("Not in the text", source)).isNull();
        assertThat(SourcePlaces.rangeOf("  ", source)).isNull();
    }
}
