package org.commitmentstracker.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptsTest {
    @Test
    void shortTextIsWholeOnOneLineAndLongTextIsCutAtAWord() {
        assertThat(Excerpts.cutAtWord("  The two sides\n agreed.  ", 40)).isEqualTo("The two sides agreed.");
        assertThat(Excerpts.cutAtWord("The two sides agreed to open a consulate, in Da Nang", 42))
                .isEqualTo("The two sides agreed to open a consulate…");
        // A word longer than half the room is cut where the room ends.
        assertThat(Excerpts.cutAtWord("Hai Supercalifragilisticexpialidocious", 20)).isEqualTo("Hai Supercalifragili…");
        assertThat(Excerpts.cutAtWord(null, 10)).isEmpty();
    }
}
