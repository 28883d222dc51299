package org.commitmentstracker.extract.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The segmenter's contract on any text (see {@link SegmentLaws}): the units cover the input in
 * order, none is empty, nothing is invented, and it never throws.
 */
class SegmenterPropertiesTest {
    final Segmenter segmenter = new Segmenter();

    @Property(tries = 1000)
    void anyStringIsCoveredInOrder(@ForAll("anyText") String text) {
        SegmentLaws.check(text, segmenter.segment(text));
    }

    @Property(tries = 300)
    void messyStatementsAreCoveredInOrder(@ForAll("messy") String text) {
        SegmentLaws.check(text, segmenter.segment(text));
    }

    /** Paragraphs between blank lines: each is one unit, with the marker it was written with. */
    @Property(tries = 300)
    void eachParagraphIsOneUnitWithItsMarker(@ForAll("blocks") StatementTexts.Blocks statement) {
        List<Segment> units = segmenter.segment(statement.text());
        SegmentLaws.check(statement.text(), units);
        assertThat(units).extracting(Segment::marker)
                .containsExactlyElementsOf(statement.blocks().stream().map(StatementTexts.Block::marker).toList());
        for (int i = 0; i < units.size(); i++) {
            StatementTexts.Block block = statement.blocks().get(i);
            if (block.marker() == MarkerType.NUMBER || block.marker() == MarkerType.ROMAN) {
                assertThat(units.get(i).ref()).isEqualTo(block.label());
            }
        }
    }

    @Provide
    Arbitrary<String> anyText() {
        // All of UTF-16 (unpaired surrogates too), and an alphabet dense in markers and line ends.
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(400);
        Arbitrary<String> dense = Arbitraries.strings().withChars("0123456789.)(-•*IVXLabcđ ạ\u0301 \n\n\r\t\u00A0\u2028\u0085\u000B\f\u001F")
                .ofMaxLength(400);
        return Arbitraries.oneOf(any, dense);
    }

    @Provide
    Arbitrary<String> messy() {
        return StatementTexts.messy();
    }

    @Provide
    Arbitrary<StatementTexts.Blocks> blocks() {
        return StatementTexts.blocks();
    }
}
