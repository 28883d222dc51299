package org.commitmentstracker.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class SpacesTest {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    @Test
    void piecesAndCollapseAreWhatThePatternGives() {
        for (String text : new String[] {"", " ", "  ", "a", " a", "a ", " a b  c ", "a\tb\n\nc", "a\u000Bb\fc\rd", "a\u00a0b",
                "Hợp tác  kinh tế", "\t\t", "a  "}) {
            assertThat(Spaces.pieces(text)).as("pieces of [%s]", text).isEqualTo(SPACES.split(text).length);
            assertThat(Spaces.collapse(text)).as("collapse of [%s]", text).isEqualTo(SPACES.matcher(text).replaceAll(" "));
        }
    }

    @Property(tries = 2000)
    void anyTextGivesWhatThePatternGives(@ForAll @StringLength(max = 12) @Chars({' ', '\t', '\n', '\u000B', '\f', '\r',
            '\u00a0', 'a', 'đ'}) @CharRange(from = 'x', to = 'z') String text) {
        assertThat(Spaces.pieces(text)).isEqualTo(SPACES.split(text).length);
        assertThat(Spaces.collapse(text)).isEqualTo(SPACES.matcher(text).replaceAll(" "));
    }
}
