package org.commitmentstracker.extract.repeat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhrasesTest {
    private static final RepeatAnalysis EN = RepeatAnalysis.of("en");
    private static final RepeatAnalysis VI = RepeatAnalysis.of("vi");

    @Test
    void englishPhrasesAreGivenTheirFormByStemAndTheLongestWins() {
        assertThat(RepeatAnalysis.terms(EN.words(), RepeatAnalysis.WORDS,
                "The two sides concluded a Memorandum of Understanding on atomic energy."))
                .containsExactly("sign", "agreement", "nuclear", "energi");
        assertThat(RepeatAnalysis.terms(EN.words(), RepeatAnalysis.WORDS, "The next session was held in Hanoi."))
                .containsExactly("next", "meet", "hold", "hanoi");
    }

    @Test
    void aFramingPhraseIsLeftOutAndNoPairSpansIt() {
        assertThat(RepeatAnalysis.terms(EN.words(), RepeatAnalysis.WORDS, "Both sides will step up rice exports."))
                .containsExactly("rice", "export");
        assertThat(RepeatAnalysis.terms(VI.pairs(), RepeatAnalysis.PAIRS, "Nhật Bản khẳng định tiếp tục cấp học bổng."))
                .containsExactly("nhat ban", "cap hoc", "hoc bong");
    }

    @Test
    void vietnamesePhrasesAreMatchedOnWholeSyllablesWithTheirDiacritics() {
        // "định" of "hiệp định" stays; "khẳng định" goes; "ký kết" is "ký".
        assertThat(RepeatAnalysis.terms(VI.words(), RepeatAnalysis.WORDS, "Hai bên khẳng định sẽ sớm ký kết Hiệp định thương mại."))
                .containsExactly("ky", "hiep", "dinh", "thuong", "mai");
        assertThat(RepeatAnalysis.terms(VI.words(), RepeatAnalysis.WORDS, "Hai bên thúc đẩy thương mại hai chiều."))
                .containsExactly("thuong", "mai", "song", "phuong");
    }

    @Test
    void numbersAndOrdinalsDoNotNameAnObject() {
        assertThat(RepeatAnalysis.mayNameObject("5th")).isFalse();
        assertThat(RepeatAnalysis.mayNameObject("2030")).isFalse();
        assertThat(RepeatAnalysis.mayNameObject("consul")).isTrue();
    }

    @Test
    void anAmountIsWrittenOneWayWhereverTheCurrencyStands() {
        assertThat(RepeatAnalysis.terms(EN.words(), RepeatAnalysis.WORDS, "bring bilateral trade to USD 25 billion"))
                .isEqualTo(RepeatAnalysis.terms(EN.words(), RepeatAnalysis.WORDS, "raise two-way trade turnover to 25 billion US dollars"));
        assertThat(RepeatAnalysis.terms(VI.words(), RepeatAnalysis.WORDS, "nâng kim ngạch thương mại lên 150 tỷ đô la Mỹ"))
                .containsExactly("nang", "thuong", "mai", "len", "150", "ty", "usd");
        assertThat(RepeatAnalysis.terms(EN.words(), RepeatAnalysis.WORDS, "cut tariffs by 16 percent"))
                .isEqualTo(RepeatAnalysis.terms(EN.words(), RepeatAnalysis.WORDS, "cut tariffs by 16%"));
        assertThat(RepeatAnalysis.mayNameObject("usd")).isFalse();
        assertThat(RepeatAnalysis.mayNameObject("billion")).isFalse();
        assertThat(RepeatAnalysis.mayNameObject("ty")).isFalse();
    }

    @Test
    void placesAndAbbreviationsAreWrittenOneWay() {
        assertThat(RepeatAnalysis.terms(EN.words(), RepeatAnalysis.WORDS, "a direct flight between Ha Noi and Da Nang"))
                .isEqualTo(RepeatAnalysis.terms(EN.words(), RepeatAnalysis.WORDS, "direct air services between Hanoi and Danang"));
        assertThat(RepeatAnalysis.terms(EN.words(), RepeatAnalysis.WORDS, "a bilateral FTA"))
                .containsExactly("bilater", "free", "trade", "agreement");
        assertThat(RepeatAnalysis.terms(VI.words(), RepeatAnalysis.WORDS, "vốn hỗ trợ phát triển chính thức"))
                .containsExactly("von", "oda");
    }

    @Test
    void aNameWrittenOutThenAbbreviatedIsTheAbbreviation() {
        assertThat(RepeatAnalysis.terms(EN.words(), RepeatAnalysis.WORDS, "within the Asia Zero Emission Community (AZEC)"))
                .containsExactly("azec");
        // A word that spells nothing before it stays, and so do the words before it.
        assertThat(RepeatAnalysis.terms(EN.words(), RepeatAnalysis.WORDS, "expand the AZEC framework"))
                .containsExactly("increas", "azec");
    }
}
