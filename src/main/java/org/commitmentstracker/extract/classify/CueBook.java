package org.commitmentstracker.extract.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commitmentstracker.bundled.TsvTable;

/**
 * The cue lists of one language, read from the data files beside this class: cues-LANG.tsv,
 * verbs-LANG.txt and grammar-LANG.tsv. Kept as data so that a linguist can read and extend them.
 */
final class CueBook {
    final String language;
    final List<Cue> cues;
    /** Every form of every commitment verb, lower case, by its first word. */
    final Map<String, List<String[]>> verbForms;
    final Set<String> baseVerbs;
    final Map<String, Set<String>> words;

    private CueBook(String language, List<Cue> cues, Set<String> baseVerbs, Map<String, Set<String>> words) {
        this.language = language;
        this.cues = cues;
        this.baseVerbs = baseVerbs;
        this.words = words;
        this.verbForms = verbForms(language, baseVerbs);
    }

    static CueBook load(String language) {
        List<Cue> cues = new ArrayList<>();
        TsvTable cueTable = TsvTable.read("cues-" + language + ".tsv", open("cues-" + language + ".tsv"));
        for (Map<String, String> row : cueTable.rows()) {
            cues.add(Cue.of(row.get("class"), row.get("pattern")));
        }
        Set<String> verbs = new LinkedHashSet<>(lines("verbs-" + language + ".txt"));
        Map<String, Set<String>> words = new HashMap<>();
        TsvTable grammar = TsvTable.read("grammar-" + language + ".tsv", open("grammar-" + language + ".tsv"));
        for (Map<String, String> row : grammar.rows()) {
            words.put(row.get("class"), new HashSet<>(Arrays.asList(row.get("words").split("\\s+"))));
        }
        return new CueBook(language, List.copyOf(cues), verbs, words);
    }

    boolean is(String wordClass, String word) {
        return words.getOrDefault(wordClass, Set.of()).contains(word.toLowerCase(Locale.ROOT))
                || words.getOrDefault(wordClass, Set.of()).contains(word);
    }

    /** English verbs are matched in their -s, -ed and -d forms too; Vietnamese ones do not inflect. */
    private static Map<String, List<String[]>> verbForms(String language, Set<String> verbs) {
        Map<String, List<String[]>> forms = new HashMap<>();
        for (String verb : verbs) {
            for (String form : "en".equals(language) ? EnglishForms.of(verb) : List.of(verb)) {
                String[] words = form.toLowerCase(Locale.ROOT).split("\\s+");
                forms.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
            }
        }
        // Longest first, so "mở rộng" is found before "mở".
        forms.values().forEach(list -> list.sort((a, b) -> b.length - a.length));
        return forms;
    }

    private static List<String> lines(String name) {
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(name), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    private static InputStream open(String name) {
        InputStream in = CueBook.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Missing cue file " + name);
        }
        return in;
    }
}
