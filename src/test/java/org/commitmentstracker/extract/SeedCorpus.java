package org.commitmentstracker.extract;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The labelled seed statements of src/test/resources/corpus (see its README.md), read from the test
 * classpath. A missing file fails the test that asks for it: the corpus is part of the project, so
 * there is nothing to skip.
 */
public final class SeedCorpus {
    /** The seed statements, by file name; each has {@code gold/NAME.gold.json}. */
    public static final List<String> FILES = List.of(
            "000_0201c7e0e5d491ab.txt", "001_95b90d5a4b3eee68.txt", "002_c1bc1736642b0737.txt");

    private static final String ROOT = "/corpus/";

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
