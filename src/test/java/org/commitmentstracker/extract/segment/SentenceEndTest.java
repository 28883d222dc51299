package org.commitmentstracker.extract.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A line's sentence end, read from its last character, is what the pattern the joiner used found. */
class SentenceEndTest {
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;:\"”’)]$");

    @Test
    void theLastCharacterTellsWhatThePatternFound() {
        List<String> lines = List.of("", ".", "a", "The two sides agreed.", "agreed to:", "(2025)", "“quoted”",
                "ends with a space. ", "line.\n", "line.\r\n", "line.\r", "line\n", "line.\n\n", "line.\u2028",
                "x\r\n", ".\n", "\n", "\r\n", "said ’", "a, b;", "no end here", "Hà Nội, ngày 12 tháng 3 năm 2025.",
                "question?", "wow!", "end.\u0085", "two\n.\n");
        for (String line : lines) {
            assertThat(ParagraphJoiner.endsSentence(line)).as("\"%s\"", line)
                    .isEqualTo(SENTENCE_END.matcher(line).find());
        }
    }
}
