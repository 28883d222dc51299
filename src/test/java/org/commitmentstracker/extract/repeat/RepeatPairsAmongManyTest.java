package org.commitmentstracker.extract.repeat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commitmentstracker.bundled.SectorOwners;
import org.commitmentstracker.extract.ExtractedUnit;
import org.commitmentstracker.extract.Extraction;
import org.commitmentstracker.extract.SeedCorpus;
import org.commitmentstracker.extract.StatementExtractor;
import org.commitmentstracker.extract.read.StatementReaders;
import org.commitmentstracker.extract.repeat.RepeatPairsTest.Figures;
import org.commitmentstracker.extract.repeat.RepeatPairsTest.Pair;
import org.commitmentstracker.model.UnitKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The labelled pairs again, each earlier text now one among a large workspace's: the commitments of the whole
 * statement corpus (some 700 in each language) are indexed beside them, as a partner with many visits would
 * have. The candidate search then picks a few among hundreds, where among the pairs alone it picks among a few
 * dozen: a pair found alone and lost here is the search's miss, not the comparison's.
 */
class RepeatPairsAmongManyTest {
    private static final Map<String, List<String>> CORPUS = new HashMap<>();

    @BeforeAll
    static void readTheCorpus() throws Exception {
        StatementExtractor extractor = new StatementExtractor(SectorOwners.bundled());
        StatementReaders readers = new StatementReaders();
        for (SeedCorpus.Listed listed : SeedCorpus.listed()) {
            Extraction extraction = extractor.extract(readers.read(SeedCorpus.statement(listed.file())));
            String language = "vi".equals(extraction.metadata().language()) ? "vi" : "en";
            extraction.units().stream().filter(u -> u.kind() == UnitKind.COMMITMENT).map(ExtractedUnit::text)
                    .forEach(CORPUS.computeIfAbsent(language, l -> new ArrayList<>())::add);
        }
    }

    @Test
    void thePairsAreFoundAmongAWholeCorpusOfCommitments() throws Exception {
        assertThat(CORPUS.get("en")).hasSizeGreaterThan(500);
        assertThat(CORPUS.get("vi")).hasSizeGreaterThan(500);
        List<Pair> pairs = new ArrayList<>(RepeatPairsTest.pairs());
        pairs.addAll(RepeatPairsTest.pairs("/repeats/pairs-recall.tsv"));
        Map<Pair, Boolean> alone = RepeatPairsTest.decide(pairs);
        Map<Pair, Boolean> amongMany = RepeatPairsTest.decide(pairs, CORPUS);
        Figures figuresAlone = RepeatPairsTest.figures(alone, p -> true);
        Figures figures = RepeatPairsTest.figures(amongMany, p -> true);
        System.out.println("repeats, team's pairs alone: " + figuresAlone);
        System.out.println("repeats, team's pairs among the corpus: " + figures);
        List<Pair> blind = RepeatPairsTest.pairs("/repeats/pairs-blind.tsv");
        System.out.println("repeats, blind pairs alone: " + RepeatPairsTest.figures(RepeatPairsTest.decide(blind), p -> true));
        System.out.println("repeats, blind pairs among the corpus: " + RepeatPairsTest.figures(RepeatPairsTest.decide(blind, CORPUS), p -> true));
        amongMany.forEach((pair, said) -> {
            if (said != alone.get(pair)) {
                System.out.println("  among the corpus " + (said ? "found" : "lost") + ": " + pair.note());
            }
        });
        assertThat(figures.precision()).as("precision").isGreaterThanOrEqualTo(0.90);
        assertThat(figures.recall()).as("recall").isGreaterThanOrEqualTo(0.80);
    }
}
