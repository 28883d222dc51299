package org.commitmentstracker.service;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.commitmentstracker.bundled.SectorOwners;
import org.commitmentstracker.extract.Extraction;
import org.commitmentstracker.extract.StatementExtractor;
import org.commitmentstracker.extract.read.SourceText;
import org.commitmentstracker.extract.read.StatementProblem;
import org.commitmentstracker.extract.read.StatementReaders;
import org.commitmentstracker.extract.read.UnreadableStatementException;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.ImportPhases;
import org.commitmentstracker.model.ImportPhases.Phase;
import org.commitmentstracker.model.Sector;
import org.commitmentstracker.model.StatementDraft;
import org.commitmentstracker.importing.ImportOutcome;
import org.commitmentstracker.importing.ImportCandidate;
import org.commitmentstracker.importing.DraftBuilder;
import org.commitmentstracker.store.AgencyRepository;
import org.commitmentstracker.store.ContentHash;
import org.commitmentstracker.store.StatementRepository;

/**
 * Reads statement files, finds their commitments and stores each statement whole or not at
 * all. A bad file is reported and the others still land; a statement already in the workspace
 * is skipped. Owners are suggested from the workspace's own sector-to-agency table.
 */
public final class StatementImportService implements StatementImports {
    private final StatementReaders readers;
    private final StatementRepository statements;
    private final AgencyRepository agencies;

    StatementImportService(StatementReaders readers, StatementRepository statements, AgencyRepository agencies) {
        this.readers = readers;
        this.statements = statements;
        this.agencies = agencies;
    }

    /** Imports every readable file of the given files and folders, one outcome per file. */
    public List<ImportOutcome> importAll(List<Path> filesOrFolders) {
        return importAll(filesOrFolders, new ImportPhases());
    }

    /** As {@link #importAll(List)}, adding the time of each part of the import to {@code phases}. */
    public List<ImportOutcome> importAll(List<Path> filesOrFolders, ImportPhases phases) {
        List<ImportOutcome> outcomes = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path path : filesOrFolders) {
            try {
                files.addAll(readers.expand(List.of(path)));
            } catch (UnreadableStatementException e) {
                outcomes.add(new ImportOutcome.Failed(e));
            }
        }
        StatementExtractor extractor = new StatementExtractor(workspaceOwners());
        // The next files are read and analysed on a second thread while this one stores: each
        // takes about half of an import's time, so on two cores they overlap.
        ExecutorService reader = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "statement-reader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<Read>> ahead = new ArrayDeque<>();
            Iterator<Path> next = files.iterator();
            while (ahead.size() < READ_AHEAD && next.hasNext()) {
                ahead.add(readLater(reader, next.next(), extractor, phases));
            }
            while (!ahead.isEmpty()) {
                long waiting = System.nanoTime();
                Read read = await(ahead.poll());
                phases.add(Phase.WAIT, waiting);
                if (next.hasNext()) {
                    ahead.add(readLater(reader, next.next(), extractor, phases));
                }
                outcomes.add(read.failure() != null ? read.failure() : store(read.name(), read.extraction(), phases));
            }
        } finally {
            reader.shutdownNow();
        }
        return outcomes;
    }

    /** How many files are read and analysed ahead of the one being stored. */
    private static final int READ_AHEAD = 4;

    /** A file read and analysed, or the reason it could not be read. */
    private record Read(String name, Extraction extraction, ImportOutcome.Failed failure) {
    }

    private Future<Read> readLater(ExecutorService reader, Path file, StatementExtractor extractor,
                                   ImportPhases phases) {
        return reader.submit(() -> {
            String name = file.getFileName().toString();
            try {
                long start = System.nanoTime();
                SourceText source = readers.read(file);
                start = phases.add(Phase.READ, start);
                Extraction extraction = extractor.extract(source);
                phases.add(Phase.EXTRACT, start);
                return new Read(name, extraction, null);
            } catch (UnreadableStatementException e) {
                return new Read(name, null, new ImportOutcome.Failed(e));
            }
        });
    }

    private static Read await(Future<Read> read) {
        try {
            return read.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The import was interrupted.", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Stores an extraction as found, for files and for pasted text alike. */
    public ImportOutcome store(String name, Extraction extraction) {
        return store(name, extraction, new ImportPhases());
    }

    private ImportOutcome store(String name, Extraction extraction, ImportPhases phases) {
        if (extraction.commitmentCount() == 0) {
            return new ImportOutcome.Failed(name, StatementProblem.NO_COMMITMENTS,
                    "no commitments were found in it (is it a joint statement?)");
        }
        long start = System.nanoTime();
        StatementDraft draft = DraftBuilder.draft(extraction);
        phases.add(Phase.DRAFT, start);
        return save(name, draft, phases);
    }

    /** Stores a statement as the officer reviewed it: whole, or nothing of it. */
    @Override
    public ImportOutcome save(String name, StatementDraft draft) {
        return save(name, draft, new ImportPhases());
    }

    private ImportOutcome save(String name, StatementDraft draft, ImportPhases phases) {
        String title = draft.statement().title();
        if (draft.commitmentCount() == 0) {
            return new ImportOutcome.Failed(name, StatementProblem.NONE_TO_TRACK,
                    "it has no commitment to track, so it was not saved");
        }
        try {
            Optional<Long> id = statements.insert(draft, false, phases);
            return id.<ImportOutcome>map(value -> new ImportOutcome.Imported(name, value, title, draft.commitmentCount()))
                    .orElseGet(() -> new ImportOutcome.AlreadyImported(name, title));
        } catch (RuntimeException e) {
            return new ImportOutcome.Failed(name, StatementProblem.NOT_SAVED,
                    "it could not be saved, nothing of it was kept: " + e.getMessage(), e.getMessage());
        }
    }

    /** Reads and analyses one file for review; nothing is stored. */
    @Override
    public ImportCandidate prepare(Path file) {
        try {
            return candidate(readers.read(file));
        } catch (UnreadableStatementException e) {
            return new ImportCandidate.Unreadable(e);
        }
    }

    /** Reads and analyses pasted text for review; nothing is stored. */
    @Override
    public ImportCandidate prepareText(String text) {
        try {
            return candidate(readers.fromClipboard(text));
        } catch (UnreadableStatementException e) {
            return new ImportCandidate.Unreadable(e);
        }
    }

    private ImportCandidate candidate(SourceText source) {
        SectorOwners owners = workspaceOwners();
        Extraction extraction = new StatementExtractor(owners).extract(source);
        boolean known = statements.existsByHash(ContentHash.of(extraction.originalText()));
        return new ImportCandidate.Ready(source.name(), extraction, known, owners, source.warnings());
    }

    /** The files of these files and folders that an import would read. */
    @Override
    public List<Path> expand(List<Path> filesOrFolders) throws UnreadableStatementException {
        return readers.expand(filesOrFolders);
    }

    @Override
    public List<Agency> agencies() {
        return agencies.findAll();
    }

    /** The suggestions for a new import, as the workspace's agency table now has them. */
    public SectorOwners workspaceOwners() {
        Map<Sector, String> codes = new EnumMap<>(Sector.class);
        for (Map.Entry<Sector, Agency> entry : agencies.sectorOwners().entrySet()) {
            codes.put(entry.getKey(), entry.getValue().code());
        }
        return new SectorOwners(codes);
    }
}
