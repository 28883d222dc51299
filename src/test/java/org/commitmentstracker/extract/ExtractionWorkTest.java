package org.commitmentstracker.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.commitmentstracker.bench.DenseParagraphs;
import org.commitmentstracker.bundled.SectorOwners;
import org.commitmentstracker.extract.deadline.WorkMeter;
import org.commitmentstracker.extract.read.SourceText;
import org.junit.jupiter.api.Test;

/**
 * Extraction is linear in the text: doubling a paragraph with no sentence end (full of dates, or
 * with none) at most about doubles the work the extractor does, counted by {@link WorkMeter}
 * (characters read by the sentence and phrase readers, places the date scanner tries), not timed.
 * Reading the whole sentence again for each date would make it four times.
 */
class ExtractionWorkTest {
    private final StatementExtractor extractor = new StatementExtractor(SectorOwners.bundled());

    @Test
    void aDateDenseParagraphTwiceAsLongTakesAboutTwiceTheWork() {
        assertLinear(true);
    }

    @Test
    void aParagraphWithNoDateAndNoSentenceEndTwiceAsLongTakesAboutTwiceTheWork() {
        assertLinear(false);
    }

    private void assertLinear(boolean dates) {
        long small = work(DenseParagraphs.statement(20_000, dates));
        long large = work(DenseParagraphs.statement(40_000, dates));
        long largest = work(DenseParagraphs.statement(80_000, dates));
        assertThat(small).isPositive();
        assertThat((double) large / small).as("work for 40,000 / 20,000 characters").isLessThan(2.4);
        assertThat((double) largest / large).as("work for 80,000 / 40,000 characters").isLessThan(2.4);
    }

    private long work(String text) {
        WorkMeter.reset();
        Extraction extraction = extractor.extract(new SourceText("dense.txt", text, null, "txt"));
        assertThat(extraction.units()).isNotEmpty();
        return WorkMeter.read();
    }
}
