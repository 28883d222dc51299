package org.commitmentstracker.service;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.commitmentstracker.bundled.BundledData;
import org.commitmentstracker.model.Explanation;
import org.commitmentstracker.model.Glossary;

/**
 * The glossary a search in both languages uses: the bundled one (resources/glossary.tsv) extended
 * by the officer's own {@value #OWN_FILE} in the data folder, which is read again when it changes,
 * so an officer who adds a line sees it at the next search. A bad line or an unreadable file is
 * told ({@link Glossary#problems()}) and left out; the search goes on.
 */
public final class Glossaries {
    /** In the data folder: the officer's own glossary, same format as the bundled one. */
    public static final String OWN_FILE = "glossary.tsv";
    static final String BUNDLED_FILE = "glossary.tsv";

    private final java.util.function.Supplier<Glossary> bundledSource;
    private final Path ownFile;
    private Glossary bundled;
    private FileTime ownRead;
    private Glossary current;

    /** @param bundled read at the first search in both languages (not at every start) */
    Glossaries(java.util.function.Supplier<Glossary> bundled, Path ownFile) {
        this.bundledSource = bundled;
        this.ownFile = ownFile;
    }

    /** The bundled glossary with the officer's file in {@code dataFolder}. */
    static Glossaries of(Path dataFolder) {
        return new Glossaries(Glossaries::bundled, dataFolder.resolve(OWN_FILE));
    }

    /** The glossary shipped with the app. */
    public static Glossary bundled() {
        return Glossary.parse("resources/" + BUNDLED_FILE, BundledData.text(BUNDLED_FILE).lines().toList());
    }

    /** The glossary as the officer's file now stands (read again only when it changed). */
    public synchronized Glossary current() {
        if (bundled == null) {
            bundled = bundledSource.get();
        }
        FileTime modified = modified();
        if (current == null || !java.util.Objects.equals(modified, ownRead)) {
            current = modified == null ? bundled : bundled.extendedBy(readOwn());
            ownRead = modified;
        }
        return current;
    }

    /** Where the officer's own glossary is (or would be). */
    public Path ownFile() {
        return ownFile;
    }

    private FileTime modified() {
        try {
            return Files.isRegularFile(ownFile) ? Files.getLastModifiedTime(ownFile) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private Glossary readOwn() {
        try {
            List<String> lines = Files.readAllLines(ownFile, StandardCharsets.UTF_8);
            return Glossary.parse(ownFile.toString(), lines);
        } catch (CharacterCodingException e) {
            return Glossary.empty().withProblem(Explanation.of(ownFile + " is not UTF-8 text; save it as UTF-8 (it is left out)",
                    "glossary.problem.NOT_UTF8", ownFile.toString()));
        } catch (IOException e) {
            return Glossary.empty().withProblem(Explanation.of("Cannot read " + ownFile + ": " + e.getMessage() + " (it is left out)",
                    "glossary.problem.UNREADABLE", ownFile.toString(), String.valueOf(e.getMessage())));
        }
    }
}
