package org.commitmentstracker.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.commitmentstracker.bench.SyntheticStatements;
import org.commitmentstracker.extract.deadline.DateMention;
import org.commitmentstracker.extract.deadline.DateScanner;
import org.commitmentstracker.extract.deadline.ScannedText;
import org.commitmentstracker.extract.segment.ParagraphJoiner;
import org.commitmentstracker.extract.segment.Segment;
import org.commitmentstracker.extract.segment.Segmenter;
import org.junit.jupiter.api.Test;

/**
 * A statement's dates are scanned once (issue 17): each unit of every corpus statement, and of the bench's made-up
 * ones, takes from that scan the very mentions it gives read alone, or is read alone; most units with a date take
 * them from the scan, or the second scan is back.
 */
class DatesScannedOnceTest {
    private final DateScanner scanner = new DateScanner();
    private final Segmenter segmenter = new Segmenter();

    @Test
    void everyCorpusUnitTakesTheMentionsItGivesReadAlone() throws IOException {
        List<String> texts = new ArrayList<>();
        for (SeedCorpus.Listed listed : SeedCorpus.listed()) {
            texts.add(Files.readString(SeedCorpus.statement(listed.file())));
        }
        assertThat(texts).hasSizeGreaterThan(100);
        assertThat(sharedShare(texts)).isGreaterThan(0.7);
    }

    @Test
    void everyMadeUpUnitTakesTheMentionsItGivesReadAlone() {
        SyntheticStatements statements = new SyntheticStatements(7);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            texts.add(statements.statement(i, i % 2 == 1, 8_000));
        }
        assertThat(sharedShare(texts)).isGreaterThan(0.95);
    }

    /** Of the units that name a date, the share that take their mentions from the statement's one scan. */
    private double sharedShare(List<String> texts) {
        int dated = 0;
        int shared = 0;
        for (String text : texts) {
            List<String> paragraphs = ParagraphJoiner.paragraphs(text);
            ScannedText whole = scanner.scanWhole(DateScanner.normalize(String.join("\n", paragraphs)));
            for (Segment segment : segmenter.segment(paragraphs)) {
                String part = DateScanner.normalize(segment.text());
                List<DateMention> alone = scanner.scan(part);
                List<DateMention> fromWhole = whole.mentionsOf(part);
                if (fromWhole != null) {
                    assertThat(fromWhole).as("the dates of \"%s\"", part).isEqualTo(alone);
                }
                if (!alone.isEmpty()) {
                    dated++;
                    shared += fromWhole != null ? 1 : 0;
                }
            }
        }
        return (double) shared / dated;
    }
}
