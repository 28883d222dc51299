package org.commitmentstracker.extract.deadline;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The word lists the deadline rules read: months, vague words, past markers, anniversary words,
 * document nouns, event words. They live in resources (deadline/*.txt) rather than in constants
 * because they are data that grows with every statement read (a new past-tense verb, a new event
 * name) and a reviewer who reads Vietnamese can check and extend them without reading regular
 * expressions. Each line: language TAB phrase [TAB value]; '#' starts a comment line.
 */
final class CueWords {
    /** One line of a list; value is "" when the line has no third column. */
    record Entry(String language, String phrase, String value) {
    }

    private static final Map<String, List<Entry>> CACHE = new ConcurrentHashMap<>();

    private CueWords() {
    }

    /** All entries of a list, in file order. */
    static List<Entry> entries(String list) {
        return CACHE.computeIfAbsent(list, CueWords::read);
    }

    /** The entries of one language ("en" or "vi"); any other language gets both. */
    static List<Entry> entries(String list, String language) {
        boolean all = !"en".equals(language) && !"vi".equals(language);
        return entries(list).stream().filter(e -> all || e.language().equals(language)).toList();
    }

    private static List<Entry> read(String list) {
        String path = list + ".txt";
        try (InputStream in = CueWords.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("word list not on the class path: " + path);
            }
            List<Entry> entries = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), UTF_8).split("\r?\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length < 2) {
                    throw new IllegalStateException(path + ": no tab in line '" + line + "'");
                }
                entries.add(new Entry(cols[0].strip(), cols[1].strip(), cols.length > 2 ? cols[2].strip() : ""));
            }
            return List.copyOf(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
