package org.commitmentstracker.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.commitmentstracker.bundled.SectorOwners;
import org.commitmentstracker.extract.read.StatementReaders;
import org.junit.jupiter.api.Test;

/**
 * The accuracy the extractor must keep on the labelled seed statements of the project's corpus
 * ({@link SeedCorpus}); a missing statement or gold file fails it. Scored like score.py, through
 * {@link GoldScorer}.
 */
class SeedAccuracyTest {
    @Test
    void theSeedStatementsAreExtractedToTheAgreedAccuracy() throws Exception {
        StatementExtractor extractor = new StatementExtractor(SectorOwners.bundled());
        StatementReaders readers = new StatementReaders();
        ExtractionJson json = new ExtractionJson();
        Map<String, String> predictions = new HashMap<>();
        for (String file : SeedCorpus.FILES) {
            SeedCorpus.gold(file); // fails here, by name, when a statement has lost its labels
            predictions.put(file, json.write(extractor.extract(readers.read(SeedCorpus.seed(file)))));
        }

        GoldScorer.Totals totals = GoldScorer.score(SeedCorpus.seeds(), SeedCorpus.gold(), predictions);

        System.out.println("Seed accuracy: " + totals);
        assertThat(totals.files()).as("statements scored").isEqualTo(SeedCorpus.FILES.size());
        assertThat(totals.precision()).as(totals.toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(totals.recall()).as(totals.toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(totals.deadline()).as(totals.toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(totals.sector()).as(totals.toString()).isGreaterThanOrEqualTo(0.85);
        assertThat(totals.metaOk()).as(totals.toString()).isEqualTo(totals.files());
        assertThat(totals.noiseLeaks()).as(totals.toString()).isZero();
    }
}
