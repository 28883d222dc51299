package org.commitmentstracker.extract;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The labelled seed statements of src/test/resources/corpus (see its README.md), read from the test
 * classpath. A missing file fails the test that asks for it: the corpus is part of the project, so
 * there is nothing to skip.
 */
public final class SeedCorpus {
    /** The seed statements, by file name; each has {@code gold/NAME.gold.json}. */
    public static final List<String> FILES = List.of(
            "000_0201c7e0e5d491ab.txt", "001_95b90d5a4b3eee68.txt", "002_c1bc1736642b0737.txt");

    /** The splits a statement of splits.tsv belongs to. */
    public static final Set<String> SPLITS = Set.of("seed", "dev", "heldout");
    /** The formats every statement must have beside its .txt (news pages are for some only). */
    public static final Set<String> REQUIRED_FORMATS = Set.of("docx", "pdf");

    private static final String ROOT = "/corpus/";

    /** A statement as {@code splits.tsv} lists it: file name, split, language and kind of statement. */
    public record Listed(String file, String split, String language, String kind) {
    }

    private SeedCorpus() {
    }

    /** The folder of the seed statements. */
    public static Path seeds() {
        return existing("seeds");
    }

    /** The folder of the gold files. */
    public static Path gold() {
        return existing("gold");
    }

    /** One seed statement. */
    public static Path seed(String file) {
        return existing("seeds/" + file);
    }

    /** The gold labels of one seed statement. */
    public static Path gold(String file) {
        return existing("gold/" + file + ".gold.json");
    }

    /**
     * Every statement of the corpus with its split, from {@code splits.tsv} (a header line, then
     * file, split, language, kind separated by tabs); without that file, the seeds as split "seed".
     */
    public static List<Listed> listed() throws IOException {
        URL url = SeedCorpus.class.getResource(ROOT + "splits.tsv");
        if (url == null) {
            return FILES.stream().map(f -> new Listed(f, "seed", "", "")).toList();
        }
        List<Listed> listed = new ArrayList<>();
        List<String> lines = Files.readAllLines(existing("splits.tsv"));
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            String file = Path.of(cells[0].strip()).getFileName().toString();
            String split = cells.length > 1 ? cells[1].strip() : "";
            if (!SPLITS.contains(split)) {
                return fail("splits.tsv gives " + file + " the split '" + split + "'; expected one of " + SPLITS);
            }
            listed.add(new Listed(file, split, cells.length > 2 ? cells[2].strip() : "",
                    cells.length > 3 ? cells[3].strip() : ""));
        }
        return listed;
    }

    /** One statement's .txt, in {@code seeds/} or {@code statements/}. */
    public static Path statement(String file) {
        for (String folder : List.of("seeds/", "statements/")) {
            if (SeedCorpus.class.getResource(ROOT + folder + file) != null) {
                return existing(folder + file);
            }
        }
        return fail("The test corpus has no statement " + file + ": expected src/test/resources/corpus/seeds/" + file
                + " or src/test/resources/corpus/statements/" + file);
    }

    /** The formats the corpus holds its statements in besides .txt: the folders of {@code formats/}. */
    public static List<String> formats() throws IOException {
        try (Stream<Path> list = Files.list(existing("formats"))) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /**
     * A statement in one format ({@code formats/FORMAT/BASE.*}, BASE the name without ".txt"), or null
     * when it has none; a missing Word or PDF version fails the test.
     */
    public static Path inFormat(String format, String file) throws IOException {
        String base = file.replaceFirst("\\.txt$", "");
        try (Stream<Path> list = Files.list(existing("formats/" + format))) {
            Path found = list.filter(p -> p.getFileName().toString().startsWith(base + ".")).sorted().findFirst()
                    .orElse(null);
            if (found == null && REQUIRED_FORMATS.contains(format)) {
                return fail("The test corpus has no " + format + " version of " + file + ": run CorpusFormats (see the"
                        + " formats section of src/test/resources/corpus/README.md)");
            }
            return found;
        }
    }

    /** The text of one seed statement. */
    public static String seedText(String file) throws IOException {
        return Files.readString(seed(file));
    }

    private static Path existing(String name) {
        URL url = SeedCorpus.class.getResource(ROOT + name);
        if (url == null) {
            return fail("The test corpus has no " + name + ": expected src/test/resources/corpus/" + name
                    + " (see src/test/resources/corpus/README.md)");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            return fail("The test corpus is not a folder on disk: " + url, e);
        }
    }
}
