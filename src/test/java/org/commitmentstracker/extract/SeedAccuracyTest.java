package org.commitmentstracker.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.commitmentstracker.bundled.SectorOwners;
import org.commitmentstracker.extract.read.StatementReaders;
import org.commitmentstracker.extract.read.UnreadableStatementException;
import org.junit.jupiter.api.Test;

/**
 * The accuracy the extractor must keep on the labelled corpus ({@link SeedCorpus}), by split (seed, dev,
 * heldout, from splits.tsv) and by format (the .txt and every folder of corpus/formats), scored like
 * score.py through {@link GoldScorer}. A listed statement, its gold file or its Word or PDF version
 * missing fails it; a file the readers refuse counts as nothing found (and is named). Prints one line per split and format and writes them, with every miss, to
 * target/extraction/accuracy.txt.
 */
class SeedAccuracyTest {
    /** What a split and format must hold: precision, recall, deadline, sector, share of right metadata, leaks. */
    record Floor(double precision, double recall, double deadline, double sector, double metadata, int noiseLeaks) {
    }

    /** The target of issue 14 for every split and format, printed beside the scores. */
    static final Floor TARGET = new Floor(0.95, 0.95, 0.95, 0.90, 1.0, 0);

    /**
     * The floors asserted, by "split/format", "split/*" or "*": just under what each split scores
     * today in every format (a ratchet: raise them as the extractor improves, never lower them to
     * let a change through). The held-out split is below TARGET in metadata.
     */
    static final Map<String, Floor> FLOORS = Map.of(
            "seed/*", new Floor(0.95, 0.95, 0.95, 0.90, 1.0, 0),
            // 151-159 joined dev with their misses read; two of their dates and a few sectors are still missed
            "dev/*", new Floor(0.98, 0.98, 0.95, 0.94, 0.98, 6),
            "dev/news", new Floor(0.98, 0.97, 0.95, 0.95, 0.95, 3),
            // The tenth held-out split (214-222) scored P 1.000 R 1.000 deadline 1.000 sector 0.963 metadata 9/9 blind
            // (docs/extraction.md); the ninth (205-213) joined dev with its misses read.
            "heldout/*", new Floor(0.99, 0.99, 0.99, 0.96, 1.0, 0),
            "heldout/news", new Floor(0.99, 0.99, 0.99, 0.96, 1.0, 0),
            "*", new Floor(0.85, 0.75, 0.80, 0.70, 0.0, 3));

    @Test
    void theCorpusIsExtractedToTheAgreedAccuracyInEverySplitAndFormat() throws Exception {
        StatementExtractor extractor = new StatementExtractor(SectorOwners.bundled());
        StatementReaders readers = new StatementReaders();
        ExtractionJson json = new ExtractionJson();
        List<String> formats = new ArrayList<>(List.of("txt"));
        formats.addAll(SeedCorpus.formats());
        Map<String, Map<String, Path>> sources = new TreeMap<>();
        Map<String, Map<String, String>> predictions = new TreeMap<>();
        List<String> refused = new ArrayList<>();
        for (SeedCorpus.Listed listed : SeedCorpus.listed()) {
            Path txt = SeedCorpus.statement(listed.file());
            SeedCorpus.gold(listed.file()); // fails here, by name, when a statement has lost its labels
            for (String format : formats) {
                Path input = format.equals("txt") ? txt : SeedCorpus.inFormat(format, listed.file());
                if (input == null) {
                    continue;
                }
                String key = listed.split() + "/" + format;
                sources.computeIfAbsent(key, k -> new TreeMap<>()).put(listed.file(), txt);
                String prediction = "{}";
                try {
                    prediction = json.write(extractor.extract(readers.read(input)));
                } catch (UnreadableStatementException e) {
                    refused.add(key + " " + input.getFileName() + " refused: " + e.getMessage());
                }
                predictions.computeIfAbsent(key, k -> new TreeMap<>()).put(listed.file(), prediction);
            }
        }

        Map<String, GoldScorer.Totals> scores = new LinkedHashMap<>();
        for (String key : sources.keySet()) {
            scores.put(key, GoldScorer.score(sources.get(key), SeedCorpus.gold(), predictions.get(key)));
        }
        report(scores, refused);

        assertThat(scores).as("split and format scored").containsKey("seed/txt");
        for (var entry : scores.entrySet()) {
            GoldScorer.Totals totals = entry.getValue();
            Floor floor = floor(entry.getKey());
            String why = entry.getKey() + " " + totals;
            assertThat(totals.files()).as(why).isEqualTo(sources.get(entry.getKey()).size());
            assertThat(totals.precision()).as(why).isGreaterThanOrEqualTo(floor.precision());
            assertThat(totals.recall()).as(why).isGreaterThanOrEqualTo(floor.recall());
            assertThat(totals.deadline()).as(why).isGreaterThanOrEqualTo(floor.deadline());
            assertThat(totals.sector()).as(why).isGreaterThanOrEqualTo(floor.sector());
            assertThat((double) totals.metaOk()).as(why).isGreaterThanOrEqualTo(floor.metadata() * totals.files());
            assertThat(totals.noiseLeaks()).as(why).isLessThanOrEqualTo(floor.noiseLeaks());
        }
    }

    static Floor floor(String key) {
        String split = key.substring(0, key.indexOf('/'));
        return FLOORS.getOrDefault(key, FLOORS.getOrDefault(split + "/*", FLOORS.get("*")));
    }

    private static void report(Map<String, GoldScorer.Totals> scores, List<String> refused) throws Exception {
        StringBuilder table = new StringBuilder(String.format(
                "%-14s %5s %9s %6s %8s %6s %8s %5s   %s%n", "split/format", "files", "precision", "recall", "deadline",
                "sector", "metadata", "leaks", "target " + TARGET.precision() + "/" + TARGET.recall() + "/"
                        + TARGET.deadline() + "/" + TARGET.sector() + " (floor asserted)"));
        StringBuilder problems = new StringBuilder();
        refused.forEach(r -> table.append(r).append('\n'));
        for (var entry : scores.entrySet()) {
            GoldScorer.Totals t = entry.getValue();
            Floor f = floor(entry.getKey());
            table.append(String.format("%-14s %5d %9.3f %6.3f %8.3f %6.3f %5d/%-2d %5d   (%.2f/%.2f/%.2f/%.2f)%n",
                    entry.getKey(), t.files(), t.precision(), t.recall(), t.deadline(), t.sector(), t.metaOk(),
                    t.files(), t.noiseLeaks(), f.precision(), f.recall(), f.deadline(), f.sector()));
            problems.append("\n== ").append(entry.getKey()).append('\n');
            t.problems().forEach(p -> problems.append(p).append('\n'));
        }
        System.out.print("Corpus accuracy by split and format:\n" + table);
        Path out = Path.of("target", "extraction", "accuracy.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table + problems.toString(), StandardCharsets.UTF_8);
    }
}
