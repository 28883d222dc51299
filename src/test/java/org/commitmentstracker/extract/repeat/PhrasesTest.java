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
}
