package org.commitmentstracker.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commitmentstracker.service.StatementImportService;
import org.commitmentstracker.bench.SyntheticStatements;
import org.commitmentstracker.importing.ImportCandidate;
import org.commitmentstracker.store.ContentHash;

/**
 * Statement files of about 8 KB for the import runs, English and Vietnamese, each with what the
 * app's own reader and extractor find in it: the contents a statement stored whole must have.
 * A run gets the files an earlier killed run did not store, then new ones.
 */
final class StatementPool {
    private static final int SIZE = 8_000;

    /** A statement file made for the runs, with the content hash the store will know it by. */
    private record Made(Path file, String hash) {
    }

    private final SyntheticStatements texts;
    private final StatementImportService importer;
    private final Path folder;
    private final List<Made> notStored = new ArrayList<>();
    private final Map<String, StoreFacts.Contents> expected = new HashMap<>();
    private int made;

    /**
     * @param importer an importer on a workspace of its own, to read and analyse the files the
     *                 way the app does (nothing is stored through it)
     */
    StatementPool(long seed, StatementImportService importer, Path folder) {
        this.texts = new SyntheticStatements(seed);
        this.importer = importer;
        this.folder = folder;
    }

    /** Copies {@code count} statements the store does not hold into a new folder {@code run}. */
    void fill(Path run, int count, Set<String> storedHashes) throws IOException {
        notStored.removeIf(m -> storedHashes.contains(m.hash()));
        while (notStored.size() < count) {
            notStored.add(make());
        }
        Files.createDirectories(run);
        for (Made m : notStored.subList(0, count)) {
            Files.copy(m.file(), run.resolve(m.file().getFileName()));
        }
    }

    /** What the statement with this content hash must hold, if it is one of this pool's. */
    Optional<StoreFacts.Contents> expected(String hash) {
        return Optional.ofNullable(expected.get(hash));
    }

    private Made make() throws IOException {
        int index = made++;
        Path file = Files.writeString(folder.resolve(String.format("statement-%05d.txt", index)),
                texts.statement(index, index % 2 == 1, SIZE));
        if (!(importer.prepare(file) instanceof ImportCandidate.Ready ready)) {
            throw new IllegalStateException("the app could not read its own synthetic statement " + file);
        }
        String hash = ContentHash.of(ready.extraction().originalText());
        expected.put(hash, new StoreFacts.Contents(ready.extraction().units().size(),
                (int) ready.extraction().commitmentCount(), ready.extraction().metadata().partners().size()));
        return new Made(file, hash);
    }
}
