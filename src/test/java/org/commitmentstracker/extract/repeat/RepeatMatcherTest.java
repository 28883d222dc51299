package org.commitmentstracker.extract.repeat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatMatcherTest {
    private static final List<RepeatMatcher.Text> EARLIER_EN = List.of(
            new RepeatMatcher.Text(1, "Kazakhstan agreed to consider opening a Consulate General in Da Nang."),
            new RepeatMatcher.Text(2, "The two sides agreed to raise bilateral trade turnover to USD 2 billion by 2025."),
            new RepeatMatcher.Text(3, "The two sides agreed to consider the possibility of establishing a Subcommittee on "
                    + "Science and Technology under the Intergovernmental Committee."));

    private static List<Long> repeats(String language, List<RepeatMatcher.Text> earlier, String later) {
        try (RepeatMatcher matcher = new RepeatMatcher(language, earlier)) {
            return matcher.repeatsOf(new RepeatMatcher.Text(99, later)).stream().map(RepeatMatcher.Match::earlierId).toList();
        }
    }

    @Test
    void anUndertakingWordedTooDifferentlyToLinkIsOfferedAsPossibleAndALinkedOneIsNot() {
        try (RepeatMatcher matcher = new RepeatMatcher("en", EARLIER_EN)) {
            RepeatMatcher.Text reworded = new RepeatMatcher.Text(98, "Both leaders tasked their trade ministries to remove "
                    + "barriers so that exchanges of goods reach USD 2 billion.");
            assertThat(matcher.repeatsOf(reworded)).isEmpty();
            assertThat(matcher.possibleRepeatsOf(reworded, id -> true)).extracting(RepeatMatcher.Match::earlierId)
                    .containsExactly(2L);
            // Only among those the caller counts as earlier.
            assertThat(matcher.possibleRepeatsOf(reworded, id -> id != 2)).isEmpty();
            RepeatMatcher.Text again = new RepeatMatcher.Text(99, "The two sides agreed to raise bilateral trade turnover "
                    + "to USD 2 billion by 2027.");
            assertThat(matcher.repeatsOf(again)).extracting(RepeatMatcher.Match::earlierId).containsExactly(2L);
            assertThat(matcher.possibleRepeatsOf(again, id -> true)).isEmpty();
        }
    }

    @Test
    void aShippingLineToDaNangIsNotTheConsulateInDaNang() {
        assertThat(repeats("en", EARLIER_EN, "The two sides agreed to open a direct shipping line to Da Nang port."))
                .isEmpty();
    }

    @Test
    void theConsulateOpenedIsTheConsulateConsidered() {
        assertThat(repeats("en", EARLIER_EN, "The Kazakh side will soon open its Consulate General in Da Nang City."))
                .containsExactly(1L);
    }

    @Test
    void completingTheSubcommitteeRepeatsConsideringIt() {
        assertThat(repeats("en", EARLIER_EN, "The two sides agreed to complete the establishment of the Science and "
                + "Technology Subcommittee within the framework of the Intergovernmental Committee.")).containsExactly(3L);
    }

    @Test
    void anotherSubcommitteeIsNotARepeat() {
        assertThat(repeats("en", EARLIER_EN,
                "The two sides agreed to establish a Subcommittee on Agriculture under the Intergovernmental Committee."))
                .isEmpty();
    }

    @Test
    void vietnameseIsComparedWithoutItsDiacriticsSoDaNangIsDaNang() {
        List<RepeatMatcher.Text> earlier = List.of(
                new RepeatMatcher.Text(7, "Phía Ca-dắc-xtan nhất trí xem xét mở Tổng Lãnh sự quán tại Đà Nẵng."),
                new RepeatMatcher.Text(8, "Hai bên nhất trí phấn đấu nâng kim ngạch thương mại song phương lên 2 tỷ USD."));
        assertThat(repeats("vi", earlier, "Phia Ca-dac-xtan se som khai truong Tong Lanh su quan tai thanh pho Da Nang."))
                .containsExactly(7L);
        assertThat(repeats("vi", earlier, "Hai bên nhất trí mở tuyến vận tải biển trực tiếp giữa cảng Ắc-tau và cảng Đà Nẵng."))
                .isEmpty();
    }

    @Test
    void onlyTheCommitmentsTheCallerCallsEarlierAreCandidatesAndNeverTheLaterItself() {
        try (RepeatMatcher matcher = new RepeatMatcher("en", EARLIER_EN)) {
            RepeatMatcher.Text later = new RepeatMatcher.Text(1, "Kazakhstan agreed to consider opening a Consulate General in Da Nang.");
            assertThat(matcher.repeatsOf(later)).isEmpty();
            assertThat(matcher.repeatsOf(new RepeatMatcher.Text(9, later.text()), id -> id != 1)).isEmpty();
            assertThat(matcher.repeatsOf(new RepeatMatcher.Text(9, later.text()))).extracting(RepeatMatcher.Match::earlierId)
                    .containsExactly(1L);
        }
    }

    @Test
    void anAgreementOnAnotherSubjectIsNotARepeatEvenWhenItsSubjectComesLast() {
        List<RepeatMatcher.Text> earlier = List.of(
                new RepeatMatcher.Text(1, "The two sides agreed to soon sign the Agreement on Cooperation in Tourism."),
                new RepeatMatcher.Text(2, "Hai bên nhất trí sớm ký Hiệp định hợp tác du lịch."));
        assertThat(repeats("en", earlier, "The two sides agreed to sign the Agreement on Cooperation in Health.")).isEmpty();
        assertThat(repeats("en", earlier, "Both sides will expedite the conclusion of the Tourism Cooperation Agreement."))
                .containsExactly(1L);
        assertThat(repeats("vi", earlier, "Hai bên nhất trí sớm ký Hiệp định hợp tác y tế.")).isEmpty();
        assertThat(repeats("vi", earlier, "Hai bên đẩy nhanh việc ký kết Hiệp định về hợp tác trong lĩnh vực du lịch."))
                .containsExactly(2L);
    }

    @Test
    void aConsulateInAnotherCityIsNotARepeat() {
        List<RepeatMatcher.Text> earlier = List.of(
                new RepeatMatcher.Text(1, "Viet Nam agreed to open a Consulate General in Almaty."),
                new RepeatMatcher.Text(2, "Kazakhstan agreed to consider opening a Consulate General in Da Nang."));
        assertThat(repeats("en", earlier, "The Kazakh side will soon open its Consulate General in Da Nang City."))
                .containsExactly(2L);
    }

    @Test
    void paraphrasesOfDiplomaticDraftingAreTheSameUndertaking() {
        List<RepeatMatcher.Text> earlier = List.of(
                new RepeatMatcher.Text(1, "The two sides agreed to convene the 5th meeting of the Joint Committee on Economic, "
                        + "Trade and Scientific-Technical Cooperation in 2025."),
                new RepeatMatcher.Text(2, "The two sides agreed to sign a labour cooperation agreement to facilitate the "
                        + "employment of Vietnamese workers."),
                new RepeatMatcher.Text(3, "The two sides agreed to double bilateral investment by 2030."));
        assertThat(repeats("en", earlier, "The two sides agreed to hold the next session of the Joint Committee on Economic, "
                + "Trade and Scientific-Technical Cooperation in Hanoi.")).containsExactly(1L);
        assertThat(repeats("en", earlier, "The two sides agreed to finalise the Memorandum of Understanding on labour "
                + "cooperation, creating favourable conditions for Vietnamese workers.")).containsExactly(2L);
        List<RepeatMatcher.Text> vietnamese = List.of(
                new RepeatMatcher.Text(4, "Hai bên hợp tác sử dụng năng lượng hạt nhân vì mục đích hòa bình, bao gồm đào tạo "
                        + "chuyên gia hạt nhân."),
                new RepeatMatcher.Text(5, "Hai bên nhất trí phấn đấu nâng kim ngạch thương mại song phương lên 2 tỷ USD."));
        assertThat(repeats("vi", vietnamese, "Hai bên nhất trí tăng cường hợp tác sử dụng năng lượng nguyên tử vì mục đích "
                + "hòa bình và đào tạo nhân lực ngành hạt nhân.")).containsExactly(4L);
        assertThat(repeats("vi", vietnamese, "Hai bên nhất trí nỗ lực đưa kim ngạch thương mại hai chiều đạt 2 tỷ USD trong "
                + "thời gian tới.")).containsExactly(5L);
    }

    @Test
    void anUndertakingSaidAgainInFewerWordsIsARepeat() {
        List<RepeatMatcher.Text> earlier = List.of(
                new RepeatMatcher.Text(1, "Hai bên tăng cường hợp tác phòng, chống khai thác hải sản bất hợp pháp, không báo cáo "
                        + "và không theo quy định (IUU)."),
                new RepeatMatcher.Text(2, "Hai bên tăng cường hợp tác tìm kiếm cứu nạn trên biển và ứng phó sự cố tràn dầu."));
        assertThat(repeats("vi", earlier, "Hai bên nhất trí đẩy mạnh phối hợp trong đấu tranh chống khai thác IUU."))
                .containsExactly(1L);
    }

    @Test
    void commitmentsOfTheSameTextAreEachComparedWithTheEarlierOnesTheCallerAccepts() {
        String consulate = "The Kazakh side will soon open its Consulate General in Da Nang City.";
        List<RepeatMatcher.Text> earlier = new java.util.ArrayList<>(EARLIER_EN);
        earlier.add(new RepeatMatcher.Text(5, consulate));
        try (RepeatMatcher matcher = new RepeatMatcher("en", earlier)) {
            // The same words asked by different commitments: the search is one, the answers each their own.
            assertThat(matcher.repeatsOf(new RepeatMatcher.Text(5, consulate))).extracting(RepeatMatcher.Match::earlierId)
                    .containsExactly(1L);
            assertThat(matcher.repeatsOf(new RepeatMatcher.Text(6, consulate))).extracting(RepeatMatcher.Match::earlierId)
                    .containsExactlyInAnyOrder(5L, 1L);
            assertThat(matcher.repeatsOf(new RepeatMatcher.Text(7, consulate), id -> id != 5))
                    .extracting(RepeatMatcher.Match::earlierId).containsExactly(1L);
            assertThat(matcher.repeatsOf(new RepeatMatcher.Text(8, consulate + "  "), id -> id != 1))
                    .extracting(RepeatMatcher.Match::earlierId).containsExactly(5L);
            assertThat(matcher.repeatsOf(new RepeatMatcher.Text(9, consulate), id -> false)).isEmpty();
        }
    }

    @Test
    void aTextIsAnalysedOnceIntoTheWordsAndPairsTheirAnalysersGive() throws java.io.IOException {
        List<String> edges = List.of("The two sides agreed to open a consulate.", "Open the sides' and the partner's offices of the",
                "the of and", "Cooperation", "", "  ", "Hai bên nhất trí mở Tổng Lãnh sự quán tại Đà Nẵng và",
                "a_b _ c __ d", "USD 2 billion by 2025, 3.5% of GDP (about 10,000 tonnes)");
        for (String language : List.of("en", "vi")) {
            RepeatAnalysis analysis = RepeatAnalysis.of(language);
            List<String> texts = new java.util.ArrayList<>(edges);
            for (String pairs : List.of("/repeats/pairs.tsv", "/repeats/pairs-recall.tsv", "/repeats/pairs-blind.tsv")) {
                RepeatPairsTest.pairs(pairs).stream().filter(p -> p.language().equals(language))
                        .forEach(p -> texts.addAll(List.of(p.earlier(), p.later())));
            }
            try (RepeatMatcher matcher = new RepeatMatcher(language, List.of())) {
                for (String text : texts) {
                    assertThat(matcher.analyse(text)).as(text).isEqualTo(new RepeatMatcher.Analysed(
                            RepeatAnalysis.terms(analysis.words(), RepeatAnalysis.WORDS, text),
                            RepeatAnalysis.terms(analysis.pairs(), RepeatAnalysis.PAIRS, text)));
                }
            }
        }
    }

    @Test
    void aTargetRestatedWithTheAmountWrittenAnotherWayIsARepeat() {
        assertThat(repeats("en", EARLIER_EN, "Both countries will strive to bring two-way trade to 2 billion US dollars by 2025."))
                .containsExactly(2L);
    }

    @Test
    void aTargetForAnotherFlowWithTheSameAmountIsNotARepeat() {
        assertThat(repeats("en", EARLIER_EN, "The two sides agreed to raise bilateral investment to USD 2 billion by 2025."))
                .isEmpty();
    }

    @Test
    void aLightWordBetweenSharedWordsIsNoOtherObject() {
        List<RepeatMatcher.Text> earlier = List.of(
                new RepeatMatcher.Text(1, "Japan will support Viet Nam in reaching net-zero emissions by 2050 within the Asia "
                        + "Zero Emission Community (AZEC)."),
                new RepeatMatcher.Text(2, "The two sides agreed to establish a Subcommittee on Science and Technology."));
        assertThat(repeats("en", earlier, "The two sides will cooperate under AZEC, and Japan will support Viet Nam in "
                + "achieving carbon neutrality by 2050.")).containsExactly(1L);
    }
}
