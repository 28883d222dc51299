package org.commitmentstracker.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordsTest {
    /** Letters and numbers of every kind, apostrophes, hyphens, a supplementary letter and a lone surrogate. */
    static final List<String> TEXTS = List.of("", "The two sides agreed to: a) raise trade to USD 10 billion by 2030;",
            "Hai bên nhất trí thúc đẩy hợp tác Đại học Quốc gia Hà Nội 2026-2030.", "Viet Nam's An-giê-ri 3rd Ⅻ x² ٣٤ _a_b",
            "𝐀𝐁c d\uD835 e\uDC00f ’tis O'Neill’s -x- --y ''", "  tabs\tand\nlines\u00A0nbsp 12,5% ½ ª º");

    @Test
    void runsAreWhatTheLettersAndNumbersPatternFinds() {
        Pattern word = Pattern.compile("[\\p{L}\\p{N}]+");
        for (String text : TEXTS) {
            List<String> expected = new ArrayList<>();
            Matcher m = word.matcher(text);
            while (m.find()) {
                expected.add(m.start() + "-" + m.end());
            }
            assertThat(Words.runs(text, Integer.MAX_VALUE).stream().map(r -> r[0] + "-" + r[1]).toList()).as(text)
                    .isEqualTo(expected);
            assertThat(Words.runs(text, 2)).as(text).hasSize(Math.min(2, expected.size()));
        }
    }
}
