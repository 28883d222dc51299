package org.commitmentstracker.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.commitmentstracker.extract.segment.Segment;
import org.commitmentstracker.extract.segment.Segmenter;
import org.junit.jupiter.api.Test;

/**
 * Characters nobody can see are not kept as text. The first two texts are what the extractor's
 * property (ExtractorPropertiesTest) shrank its failures to: each gave a unit with nothing to read.
 */
class TextNormalizerTest {
    @Test
    void aLineOfDeleteIsNoUnit() throws Exception {
        String pasted = "“people-to-people” \n1. to \r\u007F\nI. Trade sides \n";
        SourceText source = new StatementReaders().fromClipboard(pasted);
        assertThat(source.text()).isEqualTo("“people-to-people”\n1. to\n\nI. Trade sides");
        assertThat(new Segmenter().segment(source.text())).extracting(Segment::text)
                .containsExactly("“people-to-people”", "to", "Trade sides");
    }

    @Test
    void aLineOfASoftHyphenIsNoUnit() {
        assertThat(TextNormalizer.normalize("\u0000sides \n\u00AD")).isEqualTo("sides");
    }

    @Test
    void controlAndFormatCharactersGoAndNelEndsALine() {
        assertThat(TextNormalizer.normalize("Hai\u0085bên\u0090 đồng\u200E ý\u2060\u0007")).isEqualTo("Hai\nbên đồng ý");
    }

    @Test
    void halfASurrogatePairIsShownAsReplacementAndAWholeOneIsKept() {
        assertThat(TextNormalizer.normalize("a\uD800b \uDC00 \uD83D\uDE00 c\uD83D")).isEqualTo("a\uFFFDb \uFFFD \uD83D\uDE00 c\uFFFD");
    }
}
