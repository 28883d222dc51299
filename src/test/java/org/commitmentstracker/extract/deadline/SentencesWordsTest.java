package org.commitmentstracker.extract.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.MatchResult;
import org.junit.jupiter.api.Test;

class SentencesWordsTest {
    @Test
    void wordsAreWhatTheWordPatternFinds() {
        for (String text : List.of("", "Viet Nam's 3rd O'Neill’s ’tis x'2 a'b'c 12'ab Ⅻ x² ٣٤ _a_b",
                "𝐀𝐁c d\uD835 e\uDC00f can't’ve it’𝐀 end'", "Hai bên nhất trí thúc đẩy hợp tác 2026-2030.")) {
            assertThat(Sentences.words(text)).as(text)
                    .isEqualTo(Sentences.WORD.matcher(text).results().map(MatchResult::group).toList());
        }
    }
}
