package org.commitmentstracker.extract.sector;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commitmentstracker.bundled.TsvTable;
import org.commitmentstracker.extract.text.TermIndex;
import org.commitmentstracker.model.Sector;

/**
 * Finds the sector a text is about from the terms of sectors.tsv: the sector whose terms weigh
 * most wins; on a tie, the one named first. Headings go through the same test, so that
 * "Energy - Mining" gives ENE to the paragraphs below it.
 */
public final class SectorClassifier {
    private record Weighted(Sector sector, int weight) {
    }

    /** The sector chosen, with the words that chose it. */
    public record SectorDecision(Sector sector, String cue) {
    }

    private final TermIndex<Weighted> terms = new TermIndex<>();

    public SectorClassifier() {
        TsvTable table = TsvTable.read("sectors.tsv", SectorClassifier.class.getResourceAsStream("sectors.tsv"));
        for (Map<String, String> row : table.rows()) {
            Sector sector = Sector.fromCode(row.get("sector")).orElseThrow(() ->
                    new IllegalStateException("sectors.tsv: unknown sector " + row.get("sector")));
            Weighted weighted = new Weighted(sector, Integer.parseInt(row.get("weight")));
            for (String term : row.get("terms").split("\\s+\\|\\s+")) {
                terms.add(term, weighted);
            }
        }
    }

    public Optional<SectorDecision> classify(String text) {
        return classify(text, List.of());
    }

    /**
     * Like {@link #classify(String)}, but only among {@code allowed} when it is not empty: a
     * paragraph under "Economic, trade and financial cooperation" is ECO or FIN by its words.
     * Words near the start count double and fade to single weight at the end: a paragraph
     * names its subject first and the surroundings after.
     */
    public Optional<SectorDecision> classify(String text, List<Sector> allowed) {
        Map<Sector, Double> scores = new EnumMap<>(Sector.class);
        Map<Sector, Integer> firstAt = new EnumMap<>(Sector.class);
        Map<Sector, String> firstWords = new EnumMap<>(Sector.class);
        double length = Math.max(1, text.length());
        for (TermIndex.Hit<Weighted> hit : terms.find(text)) {
            Sector sector = hit.value().sector();
            if (!allowed.isEmpty() && !allowed.contains(sector)) {
                continue;
            }
            scores.merge(sector, hit.value().weight() * (2 - hit.start() / length), Double::sum);
            if (!firstAt.containsKey(sector)) {
                firstAt.put(sector, hit.start());
                firstWords.put(sector, text.substring(hit.start(), hit.end()));
            }
        }
        return scores.keySet().stream()
                .max((a, b) -> scores.get(a).equals(scores.get(b))
                        ? Integer.compare(firstAt.get(b), firstAt.get(a))
                        : Double.compare(scores.get(a), scores.get(b)))
                .map(sector -> new SectorDecision(sector, firstWords.get(sector)));
    }

    /** The sectors a heading names, in the order it names them. */
    public List<Sector> sectorsNamed(String text) {
        return terms.find(text).stream().map(hit -> hit.value().sector()).distinct().toList();
    }
}
