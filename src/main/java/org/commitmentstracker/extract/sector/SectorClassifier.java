package org.commitmentstracker.extract.sector;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commitmentstracker.bundled.TsvTable;
import org.commitmentstracker.model.Sector;

/**
 * Finds the sector a text is about from the words of sectors.tsv: the sector whose words weigh
 * most wins; on a tie, the one named first. Headings go through the same test, so that
 * "Energy - Mining" gives ENE to the paragraphs below it.
 */
public final class SectorClassifier {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    private record Keyword(Sector sector, int weight, Pattern pattern) {
    }

    /** The sector chosen, with the words that chose it. */
    public record SectorDecision(Sector sector, String cue) {
    }

    private final List<Keyword> keywords = new ArrayList<>();

    public SectorClassifier() {
        TsvTable table = TsvTable.read("sectors.tsv", SectorClassifier.class.getResourceAsStream("sectors.tsv"));
        for (Map<String, String> row : table.rows()) {
            Sector sector = Sector.fromCode(row.get("sector")).orElseThrow(() ->
                    new IllegalStateException("sectors.tsv: unknown sector " + row.get("sector")));
            // Acronyms such as "UN" or "DOC" must keep their case; everything else ignores it.
            String pattern = row.get("pattern");
            keywords.add(new Keyword(sector, Integer.parseInt(row.get("weight")), Pattern.compile(pattern, FLAGS)));
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
        for (Keyword keyword : keywords) {
            if (!allowed.isEmpty() && !allowed.contains(keyword.sector())) {
                continue;
            }
            Matcher m = keyword.pattern().matcher(text);
            while (m.find()) {
                if (isAcronymWithWrongCase(m.group())) {
                    continue;
                }
                scores.merge(keyword.sector(), keyword.weight() * (2 - m.start() / length), Double::sum);
                if (m.start() < firstAt.getOrDefault(keyword.sector(), Integer.MAX_VALUE)) {
                    firstAt.put(keyword.sector(), m.start());
                    firstWords.put(keyword.sector(), m.group());
                }
            }
        }
        return scores.keySet().stream()
                .max((a, b) -> scores.get(a).equals(scores.get(b))
                        ? Integer.compare(firstAt.get(b), firstAt.get(a))
                        : Double.compare(scores.get(a), scores.get(b)))
                .map(sector -> new SectorDecision(sector, firstWords.get(sector)));
    }

    /** "un" inside a sentence is not the United Nations; short acronyms count in capitals only. */
    private static boolean isAcronymWithWrongCase(String found) {
        return found.length() <= 4 && found.toUpperCase().equals(found) == false
                && List.of("un", "doc", "coc", "sco", "arf", "g20", "wto").contains(found.toLowerCase());
    }

    /** The sectors a heading names, in the order it names them. */
    public List<Sector> sectorsNamed(String text) {
        Map<Sector, Integer> firstAt = new EnumMap<>(Sector.class);
        for (Keyword keyword : keywords) {
            Matcher m = keyword.pattern().matcher(text);
            while (m.find()) {
                if (!isAcronymWithWrongCase(m.group())) {
                    firstAt.merge(keyword.sector(), m.start(), Math::min);
                }
            }
        }
        return firstAt.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
    }
}
