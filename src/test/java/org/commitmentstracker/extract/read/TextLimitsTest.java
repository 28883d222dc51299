package org.commitmentstracker.extract.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A line or a text far beyond any statement's is refused in words, quickly, whatever the format. */
class TextLimitsTest extends StatementFileFixture {
    static final String SENTENCE = "The two sides agreed to raise two-way trade to USD 3 billion by 2027. ";

    static String repeat(String text, int length) {
        return text.repeat(length / text.length() + 1).substring(0, length);
    }

    @Test
    void aLineLongerThanAnyParagraphIsRefused() throws Exception {
        byte[] oneLine = repeat(SENTENCE, 2_500_000).getBytes(StandardCharsets.UTF_8);
        long start = System.nanoTime();
        assertRefused("one-line.txt", oneLine, StatementProblem.LINE_TOO_LONG,
                "one-line.txt: has a line of 2,500,000 characters, longer than any paragraph of a "
                        + "statement (the limit is 100,000); are its line breaks missing?");
        assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(5_000);
    }

    @Test
    void aLineAtTheLimitIsRead() throws Exception {
        String line = repeat(SENTENCE, TextLimits.MAX_LINE_CHARS - 1) + ".";
        assertThat(read("long-paragraph.txt", line.getBytes(StandardCharsets.UTF_8)).text()).hasSize(100_000);
    }

    @Test
    void moreTextThanAnyStatementIsRefusedEvenInShortLines() throws Exception {
        byte[] text = (SENTENCE.strip() + "\n").repeat(17_000).getBytes(StandardCharsets.UTF_8);
        assertRefused("archive.txt", text, StatementProblem.TOO_LARGE,
                "archive.txt: holds too much text for a statement (1,189,999 characters; the limit is "
                        + "1,000,000)");
    }

    @Test
    void pastedTextHasTheSameLimits() {
        assertThatThrownBy(() -> readers.fromClipboard(repeat(SENTENCE, 150_000)))
                .hasMessageStartingWith("clipboard: has a line of 150,000 characters");
    }
}
