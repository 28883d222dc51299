package org.commitmentstracker.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.commitmentstracker.bundled.SectorOwners;
import org.commitmentstracker.extract.read.SourceText;
import org.commitmentstracker.extract.read.StatementReaders;
import org.commitmentstracker.extract.read.UnreadableStatementException;
import org.commitmentstracker.extract.segment.SegmentLaws;
import org.commitmentstracker.extract.segment.StatementTexts;

/**
 * Text as the app takes it in (pasted, so normalised as any file is) through the whole extractor:
 * it is refused in words or extracted, never an exception; every unit shows something to read,
 * and the units come in the text's order.
 */
class ExtractorPropertiesTest {
    static final StatementExtractor EXTRACTOR = new StatementExtractor(SectorOwners.bundled());
    final StatementReaders readers = new StatementReaders();

    @Property(tries = 300)
    void anyPastedTextIsRefusedInWordsOrExtractedInOrder(@ForAll("pasted") String pasted) {
        SourceText source;
        try {
            source = readers.fromClipboard(pasted);
        } catch (UnreadableStatementException e) {
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        List<ExtractedUnit> units = EXTRACTOR.extract(source).units();
        String text = SegmentLaws.squeeze(source.text());
        int at = 0;
        for (ExtractedUnit unit : units) {
            assertThat(unit.text().codePoints().anyMatch(ExtractorPropertiesTest::visible))
                    .as("unit %s shows something: %s, in %s", unit.ref(), StatementTexts.shown(unit.text()),
                            StatementTexts.shown(pasted)).isTrue();
            int found = text.indexOf(SegmentLaws.squeeze(unit.text()), at);
            assertThat(found).as("unit %s comes after the one before: %s, in %s", unit.ref(), unit.text(),
                    StatementTexts.shown(pasted)).isNotNegative();
            at = found + 1;
        }
    }

    @Provide
    Arbitrary<String> pasted() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(300), StatementTexts.messy());
    }

    /** A character a reader sees: not a space of any kind, a control, a format mark or half a surrogate pair. */
    static boolean visible(int c) {
        int type = Character.getType(c);
        return !Character.isWhitespace(c) && !Character.isSpaceChar(c) && type != Character.CONTROL
                && type != Character.FORMAT && type != Character.SURROGATE;
    }
}
