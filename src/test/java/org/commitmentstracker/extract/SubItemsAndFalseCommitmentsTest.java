package org.commitmentstracker.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.commitmentstracker.extract.read.StatementReaders;
import org.commitmentstracker.model.Sector;
import org.commitmentstracker.model.UnitKind;
import org.junit.jupiter.api.Test;

/**
 * Sub-items under a lead-in, the statement's date, page datelines and bylines, text without
 * blank lines, and words that look like commitments but are not, on short made-up statements.
 */
class SubItemsAndFalseCommitmentsTest {

    static Extraction extract(String text) throws Exception {
        return StatementExtractorTest.EXTRACTOR.extract(new StatementReaders().fromClipboard(text));
    }

    static ExtractedUnit unit(Extraction e, String ref) {
        return e.units().stream().filter(u -> u.ref().equals(ref)).findFirst().orElseThrow(() -> new AssertionError(
                ref + " not in " + e.units().stream().map(ExtractedUnit::ref).toList()));
    }

    @Test
    void englishItemsUnderALeadInAreUnitsThatTakeItsKindActorAndDeadline() throws Exception {
        Extraction e = extract("""
                Joint Statement between Viet Nam and Australia
                Canberra, 4 June 2025
                1. The two leaders held talks in Canberra on 4 June 2025 and adopted this Joint Statement.
                2. The two sides agreed to:
                a) increase two-way trade to AUD 30 billion by 2027;
                b) open a direct flight between Melbourne and Da Nang in 2026;
                c) maritime security, including exchanges of coast guards.
                3. Australia informed Viet Nam of the following:
                - its new scholarship policy;
                - it will open a trade office in Can Tho.
                By 2030, the Australian side will:
                * double its investment in Viet Nam;
                * host the Mekong dialogue.
                """);
        assertThat(e.metadata().title()).isEqualTo("Joint Statement between Viet Nam and Australia");
        assertThat(e.metadata().date()).isEqualTo(LocalDate.of(2025, 6, 4));
        assertThat(e.units()).extracting(ExtractedUnit::text).doesNotContain("Canberra, 4 June 2025");
        assertThat(unit(e, "2.a").kind()).isEqualTo(UnitKind.COMMITMENT);
        assertThat(unit(e, "2.a").deadline()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(unit(e, "2.b").deadline()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(unit(e, "2.c").kind()).as("no verb: the lead-in's class").isEqualTo(UnitKind.COMMITMENT);
        assertThat(unit(e, "2.c").text()).isEqualTo("maritime security, including exchanges of coast guards.");
        assertThat(unit(e, "3.1").kind()).isEqualTo(UnitKind.CONTEXT);
        assertThat(unit(e, "3.2").kind()).as("what one side reported").isEqualTo(UnitKind.CONTEXT);
        ExtractedUnit leadIn = e.units().stream().filter(u -> u.text().startsWith("By 2030")).findFirst().orElseThrow();
        assertThat(leadIn.kind()).as("a lead-in that only introduces a list").isEqualTo(UnitKind.HEADING);
        ExtractedUnit invest = unit(e, leadIn.ref() + ".1");
        assertThat(invest.kind()).isEqualTo(UnitKind.COMMITMENT);
        assertThat(invest.actor()).isEqualTo(Actor.PARTNER);
        assertThat(invest.deadline()).as("the lead-in's deadline").isEqualTo(LocalDate.of(2030, 12, 31));
    }

    @Test
    void vietnameseItemsLetteredWithADashAreCutFromTheirLeadIn() throws Exception {
        Extraction e = extract("""
                Tuyên bố chung Việt Nam - Australia
                Thủ tướng Phạm Minh Chính thăm chính thức Australia từ ngày 5 đến 7/6/2025.
                3. Hai bên nhất trí: a- tăng cường hợp tác quốc phòng, an ninh; b- đẩy mạnh thương mại, phấn đấu đạt 20 tỷ USD vào năm 2026; c- giáo dục, đào tạo nguồn nhân lực chất lượng cao.
                """);
        assertThat(e.units()).extracting(ExtractedUnit::ref).containsExactly("¶1", "3", "3-a", "3-b", "3-c");
        assertThat(unit(e, "3-a").sector()).isEqualTo(Sector.DEF);
        assertThat(unit(e, "3-b").deadline()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(unit(e, "3-b").sector()).isEqualTo(Sector.ECO);
        assertThat(unit(e, "3-c").kind()).isEqualTo(UnitKind.COMMITMENT);
        assertThat(unit(e, "3-c").sector()).isEqualTo(Sector.EDU);
    }

    @Test
    void theAdoptionSentenceGivesTheDateAndADayWithoutAYearTakesThePublicationsYear() throws Exception {
        Extraction e = extract("""
                Tuyên bố chung Việt Nam - Australia về Đối tác Chiến lược Toàn diện
                Cập nhật: 07/06/2025 10:15 GMT+7 | In bài | Email
                Theo TTXVN
                Thủ tướng Phạm Minh Chính thăm chính thức Australia từ ngày 4 đến 8/6. Tuyên bố chung được thông qua sáng 7/6.
                Năm 2023, kim ngạch thương mại hai nước đạt 15 tỷ USD.
                Hai bên nhất trí tăng cường hợp tác quốc phòng.
                Tin liên quan
                Thúc đẩy hợp tác kinh tế Việt Nam - Australia
                """);
        assertThat(e.metadata().date()).isEqualTo(LocalDate.of(2025, 6, 7));
        assertThat(e.metadata().title()).isEqualTo("Tuyên bố chung Việt Nam - Australia về Đối tác Chiến lược Toàn diện");
        assertThat(e.units()).extracting(ExtractedUnit::text).noneMatch(t -> t.contains("GMT") || t.startsWith("Theo TTXVN"));
        assertThat(e.units()).filteredOn(u -> u.kind() == UnitKind.COMMITMENT).singleElement()
                .extracting(ExtractedUnit::text).isEqualTo("Hai bên nhất trí tăng cường hợp tác quốc phòng.");
    }

    @Test
    void anEnglishDayWithoutAYearTakesTheDatelinesYearNotThatOfLastYearsFigures() throws Exception {
        Extraction e = extract("""
                Viet Nam - Australia Joint Statement
                Saturday, June 7, 2025 - 10:15 (GMT+7)
                By VNA | Published: June 7, 2025
                Prime Minister Pham Minh Chinh paid an official visit to Australia from 3 to 5 June. The two leaders held talks in Canberra on 4 June and adopted this Joint Statement.
                In 2024, two-way trade reached AUD 24 billion.
                The two sides agreed to raise two-way trade to AUD 30 billion by 2027.
                """);
        assertThat(e.metadata().date()).isEqualTo(LocalDate.of(2025, 6, 4));
        assertThat(e.units()).extracting(ExtractedUnit::text).noneMatch(t -> t.contains("GMT") || t.startsWith("By VNA"));
    }

    @Test
    void sharedViewsAppreciationAndAVisitsProgrammeAreNotCommitments() throws Exception {
        Extraction vi = extract("""
                Tuyên bố chung Việt Nam - Australia
                Hai bên nhất trí cho rằng hợp tác kinh tế là trụ cột quan trọng.
                Hai bên vui mừng nhận thấy quan hệ hai nước tiếp tục phát triển mạnh mẽ.
                Hai bên đánh giá cao kết quả hợp tác giáo dục.
                Trong chuyến thăm, Thủ tướng sẽ hội kiến Toàn quyền Australia.
                Hai bên nhất trí tăng cường hợp tác giáo dục.
                """);
        assertThat(vi.units()).extracting(ExtractedUnit::kind).containsExactly(UnitKind.POSITION, UnitKind.POSITION,
                UnitKind.POSITION, UnitKind.CONTEXT, UnitKind.COMMITMENT);
        Extraction en = extract("""
                Joint Statement between Viet Nam and Australia
                The two sides agreed that the partnership will continue to grow.
                During the visit, Prime Minister Pham Minh Chinh will meet with Governor-General Sam Mostyn.
                The two sides agreed to hold the next dialogue in 2026.
                """);
        assertThat(en.units()).extracting(ExtractedUnit::kind).containsExactly(UnitKind.POSITION, UnitKind.CONTEXT,
                UnitKind.COMMITMENT);
    }

    @Test
    void aStatementWithNoLineBreaksIsCutAtItsNumbering() throws Exception {
        Extraction e = extract("Joint Statement between Viet Nam and Australia\n"
                + "1. Prime Minister Pham Minh Chinh paid an official visit to Australia from 3 to 5 June 2025. "
                + "2. The two sides agreed to raise two-way trade to AUD 30 billion by 2027. "
                + "3. The two sides stressed the importance of peace in the region. "
                + "4. Viet Nam will send 50 officials to Australian universities in 2026.");
        assertThat(e.units()).extracting(ExtractedUnit::ref).containsExactly("1", "2", "3", "4");
        assertThat(e.units()).extracting(ExtractedUnit::kind).containsExactly(UnitKind.CONTEXT, UnitKind.COMMITMENT,
                UnitKind.POSITION, UnitKind.COMMITMENT);
    }

    @Test
    void aTextWrittenASentenceALineKeepsEachSentence() throws Exception {
        Extraction e = extract("""
                Tuyên bố chung Việt Nam - Hungary
                Hai bên nhất trí tăng cường hợp tác kinh tế.
                Hai bên khẳng định tầm quan trọng của hòa bình.
                Hai bên sẽ ký hiệp định về giáo dục năm 2026.
                Kim ngạch thương mại năm 2024 đạt 1 tỷ USD.
                Hai bên nhất trí mở đường bay thẳng.
                """);
        assertThat(e.units()).extracting(ExtractedUnit::kind).containsExactly(UnitKind.COMMITMENT, UnitKind.POSITION,
                UnitKind.COMMITMENT, UnitKind.CONTEXT, UnitKind.COMMITMENT);
    }
}
