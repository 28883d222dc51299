package org.commitmentstracker.extract.repeat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.commitmentstracker.bundled.SectorOwners;
import org.commitmentstracker.extract.ExtractedUnit;
import org.commitmentstracker.extract.Extraction;
import org.commitmentstracker.extract.SeedCorpus;
import org.commitmentstracker.extract.StatementExtractor;
import org.commitmentstracker.extract.read.StatementReaders;
import org.commitmentstracker.model.UnitKind;
import org.junit.jupiter.api.Test;

/**
 * The background frequencies the repeats are weighed with (background-en.txt, background-vi.txt) are those of
 * the commitments of the statement corpus (src/test/resources/corpus), as the extractor finds them and
 * {@link RepeatAnalysis} analyses them today: a change of the analysis or of the corpus fails here until the
 * lists are written again, with {@code -Drepeats.writeBackground=true} (which writes them into
 * src/main/resources).
 */
class RepeatBackgroundTest {
    private static final String FOLDER = "src/main/resources/org/commitmentstracker/extract/repeat/";

    @Test
    void theShippedBackgroundIsTheCorpusAsAnalysedToday() throws Exception {
        StatementExtractor extractor = new StatementExtractor(SectorOwners.bundled());
        StatementReaders readers = new StatementReaders();
        Map<String, Counts> counts = new TreeMap<>();
        for (SeedCorpus.Listed listed : SeedCorpus.listed()) {
            Extraction extraction = extractor.extract(readers.read(SeedCorpus.statement(listed.file())));
            String language = "vi".equals(extraction.metadata().language()) ? "vi" : "en";
            Counts of = counts.computeIfAbsent(language, l -> new Counts(RepeatAnalysis.of(l)));
            extraction.units().stream().filter(u -> u.kind() == UnitKind.COMMITMENT).map(ExtractedUnit::text)
                    .forEach(of::add);
        }
        assertThat(counts).containsOnlyKeys("en", "vi");
        for (Map.Entry<String, Counts> entry : counts.entrySet()) {
            String name = "background-" + entry.getKey() + ".txt";
            String expected = entry.getValue().list();
            if (Boolean.getBoolean("repeats.writeBackground")) {
                Files.writeString(Path.of(FOLDER + name), expected, StandardCharsets.UTF_8);
                continue;
            }
            try (InputStream in = RepeatAnalysis.class.getResourceAsStream(name)) {
                assertThat(in).as(name).isNotNull();
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).as(name
                        + " is not the corpus as analysed today: write it again with -Drepeats.writeBackground=true")
                        .isEqualTo(expected);
            }
            assertThat(entry.getValue().commitments).as("commitments of " + entry.getKey()).isGreaterThan(500);
        }
    }

    @Test
    void theFramingWordsWeighLessThanTheObjectsOfUndertakings() {
        RepeatAnalysis english = RepeatAnalysis.of("en");
        Background background = english.background();
        assertThat(background.frequency(RepeatAnalysis.WORDS, "cooper"))
                .isGreaterThan(10 * background.frequency(RepeatAnalysis.WORDS, "consul"));
        assertThat(RepeatAnalysis.of("vi").background().frequency(RepeatAnalysis.WORDS, "hop"))
                .isGreaterThan(10 * RepeatAnalysis.of("vi").background().frequency(RepeatAnalysis.WORDS, "lanh"));
    }

    /** In how many commitments each term comes, per field. */
    private static final class Counts {
        private final RepeatAnalysis analysis;
        private int commitments;
        private final Map<String, Map<String, Integer>> frequencies = new TreeMap<>();

        Counts(RepeatAnalysis analysis) {
            this.analysis = analysis;
        }

        void add(String text) {
            commitments++;
            for (String field : List.of(RepeatAnalysis.WORDS, RepeatAnalysis.PAIRS)) {
                Set<String> terms = new HashSet<>(RepeatAnalysis.terms(
                        field.equals(RepeatAnalysis.WORDS) ? analysis.words() : analysis.pairs(), field, text));
                Map<String, Integer> of = frequencies.computeIfAbsent(field, f -> new TreeMap<>());
                terms.forEach(t -> of.merge(t, 1, Integer::sum));
            }
        }

        String list() {
            StringBuilder list = new StringBuilder("# In how many commitments of the statement corpus each term comes (written by\n"
                    + "# RepeatBackgroundTest with -Drepeats.writeBackground=true; terms of one commitment only are left out).\n");
            list.append("commitments\t").append(commitments).append('\n');
            frequencies.forEach((field, of) -> of.forEach((term, n) -> {
                if (n > 1) {
                    list.append(field).append('\t').append(term).append('\t').append(n).append('\n');
                }
            }));
            return list.toString();
        }
    }
}
