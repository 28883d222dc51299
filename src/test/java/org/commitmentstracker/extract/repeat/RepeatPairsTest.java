package org.commitmentstracker.extract.repeat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The team's labelled pairs (src/test/resources/repeats/pairs.tsv): per language, every earlier text of
 * the set is one partner's earlier commitment (about 20 in each language, as a statement holds), and each
 * later text is matched against all of them; a pair counts as found when the matcher links its later text
 * to its earlier one. Prints precision and recall for the dev topics, the held-out topics and the whole.
 */
class RepeatPairsTest {
    record Pair(String earlier, String later, String language, boolean repeat, String note, String split) {
    }

    record Figures(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {
        double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
        }

        @Override
        public String toString() {
            return String.format("precision %.2f, recall %.2f (%d found rightly, %d wrongly, %d missed, %d rightly left)",
                    precision(), recall(), truePositives, falsePositives, falseNegatives, trueNegatives);
        }
    }

    static List<Pair> pairs() throws IOException {
        return pairs("/repeats/pairs.tsv");
    }

    static List<Pair> pairs(String resource) throws IOException {
        try (InputStream in = RepeatPairsTest.class.getResourceAsStream(resource)) {
            List<Pair> pairs = new ArrayList<>();
            boolean header = true;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split("\t");
                pairs.add(new Pair(cells[0], cells[1], cells[2], cells[3].equals("repeat"), cells[4], cells[5]));
            }
            return pairs;
        }
    }

    /** Whether the matcher links each pair's later text to its earlier one, in the pairs' order. */
    static Map<Pair, Boolean> decide(List<Pair> pairs) {
        return decide(pairs, Map.of());
    }

    /**
     * As {@link #decide(List)}, with more earlier commitments of each language ({@code others}, "en" and "vi")
     * indexed beside the pairs' earlier texts.
     */
    static Map<Pair, Boolean> decide(List<Pair> pairs, Map<String, List<String>> others) {
        return decide(pairs, others, RepeatMatcher::repeatsOf);
    }

    /**
     * Whether each pair's earlier text is shown to an officer who looks at its later one: linked, or offered as a
     * possible repeat when asked.
     */
    static Map<Pair, Boolean> shown(List<Pair> pairs) {
        return decide(pairs, Map.of(), (matcher, later) -> {
            List<RepeatMatcher.Match> both = new ArrayList<>(matcher.repeatsOf(later));
            both.addAll(matcher.possibleRepeatsOf(later, id -> true));
            return both;
        });
    }

    private static Map<Pair, Boolean> decide(List<Pair> pairs, Map<String, List<String>> others,
                                             java.util.function.BiFunction<RepeatMatcher, RepeatMatcher.Text,
                                                     List<RepeatMatcher.Match>> matches) {
        Map<Pair, Boolean> found = new LinkedHashMap<>();
        for (String language : List.of("en", "vi")) {
            List<Pair> ofLanguage = pairs.stream().filter(p -> p.language().equals(language)).toList();
            List<String> earlier = ofLanguage.stream().map(Pair::earlier).distinct().toList();
            List<RepeatMatcher.Text> texts = new ArrayList<>();
            for (int i = 0; i < earlier.size(); i++) {
                texts.add(new RepeatMatcher.Text(i, earlier.get(i)));
            }
            List<String> more = others.getOrDefault(language, List.of());
            for (int i = 0; i < more.size(); i++) {
                texts.add(new RepeatMatcher.Text(earlier.size() + i, more.get(i)));
            }
            try (RepeatMatcher matcher = new RepeatMatcher(language, texts)) {
                for (Pair pair : ofLanguage) {
                    long earlierId = earlier.indexOf(pair.earlier());
                    found.put(pair, matches.apply(matcher, new RepeatMatcher.Text(-1, pair.later()))
                            .stream().anyMatch(m -> m.earlierId() == earlierId));
                }
            }
        }
        return found;
    }

    static Figures figures(Map<Pair, Boolean> found, Predicate<Pair> which) {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (Map.Entry<Pair, Boolean> e : found.entrySet()) {
            if (!which.test(e.getKey())) {
                continue;
            }
            boolean label = e.getKey().repeat();
            boolean said = e.getValue();
            if (label && said) tp++;
            else if (!label && said) fp++;
            else if (label) fn++;
            else tn++;
        }
        return new Figures(tp, fp, fn, tn);
    }

    @Test
    void theLabelledPairsAreFoundWithPrecisionAndRecallAboveTheGoal() throws IOException {
        List<Pair> pairs = pairs();
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(60);
        assertThat(pairs.stream().filter(p -> !p.repeat()).count()).isGreaterThanOrEqualTo(pairs.size() / 2);
        Map<Pair, Boolean> found = decide(pairs);
        Figures whole = figures(found, p -> true);
        System.out.println("repeats, dev:      " + figures(found, p -> p.split().equals("dev")));
        System.out.println("repeats, held-out: " + figures(found, p -> p.split().equals("held-out")));
        printByLanguage("", found);
        printMistakes(found, p -> true);
        assertThat(whole.precision()).as("precision").isGreaterThanOrEqualTo(0.90);
        assertThat(whole.recall()).as("recall").isGreaterThanOrEqualTo(0.80);
    }

    /**
     * The blind pairs (pairs-blind.tsv): written by someone who had read neither the rule nor the pairs above,
     * after the rule was chosen, so they measure how the rule does on pairs no one fitted it to. After their first
     * measurement, half of them (blind-dev) may be looked at while changing the rule; the other half (blind-held)
     * is only measured.
     */
    @Test
    void theBlindPairsAreMeasured() throws IOException {
        List<Pair> pairs = pairs("/repeats/pairs-blind.tsv");
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(80);
        Map<Pair, Boolean> found = decide(pairs);
        System.out.println("repeats, blind-dev: " + figures(found, p -> p.split().equals("blind-dev")));
        System.out.println("repeats, blind-held: " + figures(found, p -> p.split().equals("blind-held")));
        printByLanguage("blind, ", found);
        // Only the dev half's mistakes are printed: the held half is measured, not looked at.
        printMistakes(found, p -> p.split().equals("blind-dev"));
        // Below the goal (0.90 / 0.80) on these: held at what the rule reached on 2026-12-06 (0.83 / 0.54), so a
        // change that loses ground on pairs no one wrote for it is seen.
        Figures whole = figures(found, p -> true);
        assertThat(whole.precision()).as("precision on the blind pairs").isGreaterThanOrEqualTo(0.80);
        assertThat(whole.recall()).as("recall on the blind pairs").isGreaterThanOrEqualTo(0.50);
    }

    /**
     * A second blind set (pairs-blind2.tsv, 80 pairs, 42 partners), written on 2026-12-06 by someone who had read
     * neither the rule nor any of the pairs above, after the rule was last changed; measured once, not looked at.
     */
    @Test
    void theSecondBlindPairsAreMeasured() throws IOException {
        // Below the goal: held at its first measurement (0.89 / 0.63), so that a change losing ground here is seen.
        measureBlind("blind2", 0.85, 0.60);
    }

    /**
     * A third blind set (pairs-blind3.tsv, 80 pairs, 46 partners), written like the second by someone who had read
     * neither the rule nor any pairs, and measured once with the rule unchanged since the second's measurement.
     */
    @Test
    void theThirdBlindPairsAreMeasured() throws IOException {
        // Below the goal: held at its first measurement (0.81 / 0.43), so that a change losing ground here is seen.
        measureBlind("blind3", 0.75, 0.40);
    }

    /**
     * A fourth blind set (pairs-blind4.tsv, 80 pairs, 65 partners), written on 2026-12-07 like the others by someone
     * who had read neither the rule nor any pairs, and measured once with the rule unchanged since the third's.
     */
    @Test
    void theFourthBlindPairsAreMeasured() throws IOException {
        // Below the goal: held at its first measurement (0.90 / 0.48), so that a change losing ground here is seen.
        measureBlind("blind4", 0.85, 0.45);
    }

    /**
     * What an officer is shown who asks for possible repeats as well: on the blind sets, the repeats linked or
     * offered (the "recall" printed) and the hard negatives offered too (the share of negatives whose earlier text
     * is shown: for the officer to judge, they are alike by design).
     */
    @Test
    void mostBlindRepeatsAreLinkedOrOfferedAsPossible() throws IOException {
        List<Pair> blind = new ArrayList<>();
        for (String name : List.of("blind", "blind2", "blind3", "blind4")) {
            List<Pair> pairs = pairs("/repeats/pairs-" + name + ".tsv");
            Figures shown = figures(shown(pairs), p -> true);
            System.out.println("repeats, " + name + ", linked or offered as possible: " + shown + "; negatives shown "
                    + String.format("%.2f", (double) shown.falsePositives() / (shown.falsePositives() + shown.trueNegatives())));
            blind.addAll(pairs);
        }
        Figures all = figures(shown(blind), p -> true);
        System.out.println("repeats, all blind sets, linked or offered as possible: " + all);
        assertThat(all.recall()).as("repeats linked or offered").isGreaterThanOrEqualTo(0.85);
    }

    /** Prints the figures of pairs-NAME.tsv (80 pairs) and holds them at least at those given. */
    private static void measureBlind(String name, double precision, double recall) throws IOException {
        List<Pair> pairs = pairs("/repeats/pairs-" + name + ".tsv");
        assertThat(pairs).hasSize(80);
        Map<Pair, Boolean> found = decide(pairs);
        printByLanguage(name + ", ", found);
        Figures whole = figures(found, p -> true);
        assertThat(whole.precision()).as("precision on " + name).isGreaterThanOrEqualTo(precision);
        assertThat(whole.recall()).as("recall on " + name).isGreaterThanOrEqualTo(recall);
    }

    /**
     * The pairs a later session wrote on new topics (pairs-recall.tsv, 75 pairs, looked at while choosing the rule):
     * a check that the rule holds beyond the team's pairs.
     */
    @Test
    void pairsOnOtherTopicsAreFoundAboveTheGoalToo() throws IOException {
        List<Pair> pairs = pairs("/repeats/pairs-recall.tsv");
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(75);
        Map<Pair, Boolean> found = decide(pairs);
        Figures whole = figures(found, p -> true);
        printByLanguage("other topics, ", found);
        assertThat(whole.precision()).as("precision").isGreaterThanOrEqualTo(0.90);
        assertThat(whole.recall()).as("recall").isGreaterThanOrEqualTo(0.80);
    }

    /** Prints the figures for English, for Vietnamese and for the whole of a set. */
    private static void printByLanguage(String set, Map<Pair, Boolean> found) {
        System.out.println("repeats, " + set + "English: " + figures(found, p -> p.language().equals("en")));
        System.out.println("repeats, " + set + "Vietnamese: " + figures(found, p -> p.language().equals("vi")));
        System.out.println("repeats, " + set + "all: " + figures(found, p -> true));
    }

    /** Prints the pairs among {@code shown} the matcher got wrong, with their notes. */
    private static void printMistakes(Map<Pair, Boolean> found, Predicate<Pair> shown) {
        found.forEach((pair, said) -> {
            if (said != pair.repeat() && shown.test(pair)) {
                System.out.println("  " + (said ? "wrongly linked" : "missed") + " [" + pair.split() + ", "
                        + pair.language() + "] " + pair.note());
            }
        });
    }
}
