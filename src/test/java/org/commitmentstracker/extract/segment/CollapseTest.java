package org.commitmentstracker.extract.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CollapseTest {
    @Test
    void collapseIsWhatItsTwoPatternsReplaceAllMake() {
        for (String text : List.of("", " ", "\t", "a  b\n\nc", " \t a \t\t b\t \n c \u000B\f\r\n d\t", "x \t", "\t y",
                "a\u00A0 b\u2003c", "1 | 2\t|\t3", "  lead and trail  ", "a \t \t b", "a\t\n\tb", "\r\n\t\r\n")) {
            String expected = Segmenter.TAB_RUN.matcher(Segmenter.SPACE_RUN.matcher(text).replaceAll(" ")).replaceAll("\t").strip();
            assertThat(Segmenter.collapse(text)).as(text.replace("\t", "\\t").replace("\n", "\\n")).isEqualTo(expected);
        }
    }
}
