package org.commitmentstracker.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commitmentstracker.bundled.SectorOwners;
import org.commitmentstracker.extract.read.StatementReaders;
import org.junit.jupiter.api.Test;

/**
 * The accuracy the extractor must keep on the labelled seed statements in ../shared (skipped
 * when that folder is absent). Scored like ../shared/gold/score.py, through {@link GoldScorer}.
 */
class SeedAccuracyTest {
    static final Path SHARED = Path.of(System.getProperty("shared.dir", "../shared"));

    @Test
    void theSeedStatementsAreExtractedToTheAgreedAccuracy() throws Exception {
        Path seeds = SHARED.resolve("seeds");
        Path gold = SHARED.resolve("gold");
        assumeTrue(Files.isDirectory(seeds) && Files.isDirectory(gold), "no ../shared/seeds and ../shared/gold here");
        StatementExtractor extractor = new StatementExtractor(SectorOwners.bundled());
        StatementReaders readers = new StatementReaders();
        ExtractionJson json = new ExtractionJson();
        Map<String, String> predictions = new HashMap<>();
        List<Path> files;
        try (var list = Files.list(seeds)) {
            files = list.sorted().toList();
        }
        for (Path file : files) {
            predictions.put(file.getFileName().toString(), json.write(extractor.extract(readers.read(file))));
        }

        GoldScorer.Totals totals = GoldScorer.score(seeds, gold, predictions);

        System.out.println("Seed accuracy: " + totals);
        assertThat(totals.precision()).as(totals.toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(totals.recall()).as(totals.toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(totals.deadline()).as(totals.toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(totals.sector()).as(totals.toString()).isGreaterThanOrEqualTo(0.85);
        assertThat(totals.metaOk()).as(totals.toString()).isEqualTo(totals.files());
        assertThat(totals.noiseLeaks()).as(totals.toString()).isZero();
    }
}
