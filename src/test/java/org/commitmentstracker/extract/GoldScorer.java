package org.commitmentstracker.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A faithful Java port of score.py, the scorer that came with the gold files (see
 * src/test/resources/corpus/README.md), so the accuracy test needs no Python on the CI machine.
 * Same placement of units, same counts, same ratios.
 */
final class GoldScorer {
    static final Set<String> SCORED = Set.of("commitment", "position", "context", "heading", "noise");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The totals over a set of statements, as score.py prints them. */
    record Totals(int gold, int tp, int fp, int noiseLeaks, int deadlineOk, int deadlineN, int sectorOk, int metaOk,
                  int files, List<String> problems) {
        double precision() {
            return ratio(tp, tp + fp);
        }

        double recall() {
            return ratio(tp, gold);
        }

        double deadline() {
            return ratio(deadlineOk, deadlineN);
        }

        double sector() {
            return ratio(sectorOk, deadlineN);
        }

        @Override
        public String toString() {
            return String.format("precision=%.3f recall=%.3f deadline=%.3f sector=%.3f noise_leaks=%d metadata=%d/%d%n%s",
                    precision(), recall(), deadline(), sector(), noiseLeaks, metaOk, files, String.join("\n", problems));
        }
    }

    static double ratio(int a, int b) {
        return b == 0 ? 1.0 : (double) a / b;
    }

    static String norm(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFC)
                .replace('\u00a0', ' ').replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201c', '"').replace('\u201d', '"');
        return t.replaceAll("\\s+", " ").strip();
    }

    static int locate(String source, String needle, int startAt) {
        needle = norm(needle);
        for (int length : new int[] {needle.length(), 120, 60, 30}) {
            String part = needle.substring(0, Math.min(length, needle.length()));
            if (part.length() < 12 && length != needle.length()) {
                break;
            }
            int at = source.indexOf(part, startAt);
            if (at < 0) {
                at = source.indexOf(part);
            }
            if (at >= 0) {
                return at;
            }
        }
        return -1;
    }

    /** Scores predictions (file name to JSON text) against every gold file of {@code goldDir}. */
    static Totals score(Path sourceDir, Path goldDir, Map<String, String> predictions) throws IOException {
        Map<String, Path> sources = new TreeMap<>();
        try (var list = Files.list(goldDir)) {
            list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".gold.json"))
                    .map(n -> n.replace(".gold.json", "")).forEach(n -> sources.put(n, sourceDir.resolve(n)));
        }
        return score(sources, goldDir, predictions);
    }

    /** Scores predictions of the statements named (file name to its .txt) against their gold files. */
    static Totals score(Map<String, Path> sources, Path goldDir, Map<String, String> predictions) throws IOException {
        int gold = 0, tp = 0, fp = 0, leaks = 0, dOk = 0, dN = 0, sOk = 0, metaOk = 0, files = 0;
        List<String> problems = new ArrayList<>();
        for (String name : new TreeMap<>(sources).keySet()) {
            Path goldFile = goldDir.resolve(name + ".gold.json");
            String source = norm(new String(Files.readAllBytes(sources.get(name)), StandardCharsets.UTF_8)
                    .replace("\ufeff", ""));
            JsonNode g = JSON.readTree(goldFile.toFile());
            JsonNode p = JSON.readTree(predictions.getOrDefault(name, "{}"));
            List<JsonNode> units = new ArrayList<>();
            g.get("units").forEach(units::add);
            int[] begin = new int[units.size()];
            int cursor = 0;
            for (int i = 0; i < units.size(); i++) {
                int at = source.indexOf(norm(units.get(i).get("start").asText()), cursor);
                if (at < 0) {
                    throw new IllegalStateException("gold start not found: " + units.get(i).get("start"));
                }
                begin[i] = at;
                cursor = at + 1;
            }
            Map<JsonNode, JsonNode> firstPred = new IdentityHashMap<>();
            Set<String> fpUnits = new HashSet<>();
            int unplaced = 0;
            cursor = 0;
            for (JsonNode unit : p.path("units")) {
                if (!"commitment".equals(unit.path("kind").asText())) {
                    continue;
                }
                int at = locate(source, unit.path("text").asText(""), cursor);
                if (at < 0) {
                    unplaced++;
                    problems.add(name + " not in source: " + unit.path("text").asText());
                    continue;
                }
                cursor = at;
                JsonNode goldUnit = null;
                for (int i = 0; i < units.size(); i++) {
                    int end = i + 1 < units.size() ? begin[i + 1] : source.length() + 1;
                    if (begin[i] <= at && at < end) {
                        goldUnit = units.get(i);
                        break;
                    }
                }
                if (goldUnit == null) {
                    unplaced++;
                    continue;
                }
                String cls = goldUnit.get("class").asText();
                if (cls.equals("commitment")) {
                    firstPred.putIfAbsent(goldUnit, unit);
                } else if (SCORED.contains(cls)) {
                    if (fpUnits.add(goldUnit.get("start").asText())) {
                        problems.add(name + " false positive (" + cls + "): " + goldUnit.get("start").asText());
                    }
                    if (cls.equals("noise")) {
                        leaks++;
                    }
                }
            }
            for (JsonNode u : units) {
                if (!u.get("class").asText().equals("commitment")) {
                    continue;
                }
                gold++;
                JsonNode pred = firstPred.get(u);
                if (pred == null) {
                    problems.add(name + " missed: " + u.get("start").asText());
                    continue;
                }
                tp++;
                dN++;
                if (Objects.equals(text(pred.get("deadline")), text(u.get("deadline")))) {
                    dOk++;
                } else {
                    problems.add(name + " deadline " + u.get("start").asText() + " gold=" + text(u.get("deadline"))
                            + " got=" + text(pred.get("deadline")));
                }
                if (Objects.equals(String.valueOf(text(pred.get("sector"))).toUpperCase(),
                        String.valueOf(text(u.get("sector"))).toUpperCase())) {
                    sOk++;
                } else {
                    problems.add(name + " sector " + u.get("start").asText() + " gold=" + text(u.get("sector"))
                            + " got=" + text(pred.get("sector")));
                }
            }
            fp += fpUnits.size() + unplaced;
            boolean meta = p.path("language").asText().equals(g.get("language").asText())
                    && lowerSorted(p.get("partners")).equals(lowerSorted(g.get("partners")))
                    && Objects.equals(text(p.get("date")), text(g.get("date")));
            if (meta) {
                metaOk++;
            } else {
                problems.add(name + " metadata: language=" + text(p.get("language")) + " partners=" + p.get("partners")
                        + " date=" + text(p.get("date")));
            }
            files++;
        }
        return new Totals(gold, tp, fp, leaks, dOk, dN, sOk, metaOk, files, problems);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.asText().isEmpty() ? null : node.asText();
    }

    private static List<String> lowerSorted(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(v -> values.add(v.asText().toLowerCase()));
        }
        values.sort(null);
        return values;
    }
}
