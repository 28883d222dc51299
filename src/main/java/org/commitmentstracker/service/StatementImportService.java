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
import java.util.concurrent.Future;
import org.commitmentstracker.bundled.SectorOwners;
import org.commitmentstracker.extract.Extraction;
import org.commitmentstracker.extract.StatementExtractor;
import org.commitmentstracker.extract.read.ReadWarning;
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
import org.commitmentstracker.store.StatementImportSession;
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
    private final RepeatService repeats;
    private final HeapRoom heapRoom;

    StatementImportService(StatementReaders readers, StatementRepository statements, AgencyRepository agencies,
                           RepeatService repeats, HeapRoom heapRoom) {
        this.repeats = repeats;
        this.heapRoom = heapRoom;
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
        try (HeapRoom.Lease room = heapRoom.widen()) {
            return importWithRoom(filesOrFolders, phases);
        }
    }

    private List<ImportOutcome> importWithRoom(List<Path> filesOrFolders, ImportPhases phases) {
        List<ImportOutcome> outcomes = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path path : filesOrFolders) {
            try {
                files.addAll(readers.expand(List.of(path)));
            } catch (UnreadableStatementException e) {
                outcomes.add(new ImportOutcome.Failed(e));
            }
        }
        SectorOwners owners = workspaceOwners();
        // The files are read and analysed ahead, on as many threads as there are cores, while this
        // thread stores them one by one in the files' order: analysing a statement costs several
        // times what storing it does. An extractor is made per thread, so none is shared.
        ThreadLocal<StatementExtractor> extractors = ThreadLocal.withInitial(() -> new StatementExtractor(owners));
        int threads = CorePools.cores();
        ExecutorService reading = CorePools.onEveryCore("statement-reader");
        try (StatementImportSession session = statements.openImport(phases)) {
            // Bounded, so memory holds a few analysed statements however many files there are.
            Deque<Future<Read>> ahead = new ArrayDeque<>();
            Iterator<Path> next = files.iterator();
            while (ahead.size() < threads * READ_AHEAD_PER_THREAD && next.hasNext()) {
                ahead.add(readLater(reading, next.next(), extractors, phases));
            }
            while (!ahead.isEmpty()) {
                ImportPhases.Mark waiting = ImportPhases.mark();
                Read read = await(ahead.poll());
                phases.add(Phase.WAIT, waiting);
                if (next.hasNext()) {
                    ahead.add(readLater(reading, next.next(), extractors, phases));
                }
                outcomes.add(read.failure() != null ? read.failure()
                        : withWarnings(save(read.name(), read.draft(), session), read.warnings()));
            }
        } finally {
            reading.shutdownNow();
        }
        // The partners' groups are matched on every core: the process's processor time counts them all.
        ImportPhases.Mark linking = ImportPhases.markProcess();
        List<ImportOutcome> linked = linkRepeats(outcomes);
        phases.addProcess(Phase.REPEATS, linking);
        return linked;
    }

    /**
     * Links the commitments of the statements just imported to the earlier ones of the same partners they
     * repeat. The statements are stored already: a failure here leaves them without links (find-repeats
     * makes them again), it does not undo the import. Gives the outcomes with, for each statement imported, how many
     * of its commitments repeat an earlier one.
     */
    private List<ImportOutcome> linkRepeats(List<ImportOutcome> outcomes) {
        List<Long> imported = outcomes.stream().filter(ImportOutcome.Imported.class::isInstance)
                .map(o -> ((ImportOutcome.Imported) o).statementId()).toList();
        try {
            repeats.link(imported);
            Map<Long, Long> repeating = repeats.repeatingByStatement(imported);
            return outcomes.stream().map(o -> o instanceof ImportOutcome.Imported i
                    ? i.withRepeating(repeating.getOrDefault(i.statementId(), 0L)) : o).toList();
        } catch (RuntimeException e) {
            java.util.logging.Logger.getLogger(StatementImportService.class.getName()).log(java.util.logging.Level.WARNING,
                    "The repeats of the imported statements were not linked; find-repeats links them.", e);
            return outcomes;
        }
    }

    /** How many files each reading thread may have read and analysed ahead of the one being stored. */
    private static final int READ_AHEAD_PER_THREAD = 2;

    /** A file read, analysed and made into what the store keeps with the reader's doubts, or the reason it could not be. */
    private record Read(String name, StatementDraft draft, List<ReadWarning> warnings, ImportOutcome.Failed failure) {
    }

    private static ImportOutcome withWarnings(ImportOutcome outcome, List<ReadWarning> warnings) {
        return outcome instanceof ImportOutcome.Imported imported && !warnings.isEmpty()
                ? imported.withWarnings(warnings) : outcome;
    }

    private Future<Read> readLater(ExecutorService reading, Path file, ThreadLocal<StatementExtractor> extractors,
                                   ImportPhases phases) {
        return reading.submit(() -> {
            String name = file.getFileName().toString();
            try {
                ImportPhases.Mark start = ImportPhases.mark();
                SourceText source = readers.read(file);
                start = phases.add(Phase.READ, start);
                Extraction extraction = extractors.get().extract(source);
                start = phases.add(Phase.EXTRACT, start);
                if (extraction.commitmentCount() == 0) {
                    return new Read(name, null, List.of(), noCommitments(name));
                }
                StatementDraft draft = DraftBuilder.draft(extraction);
                phases.add(Phase.DRAFT, start);
                return new Read(name, draft, source.warnings(), null);
            } catch (UnreadableStatementException e) {
                return new Read(name, null, List.of(), new ImportOutcome.Failed(e));
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
        return extraction.commitmentCount() == 0 ? noCommitments(name) : save(name, DraftBuilder.draft(extraction));
    }

    private static ImportOutcome.Failed noCommitments(String name) {
        return new ImportOutcome.Failed(name, StatementProblem.NO_COMMITMENTS,
                "no commitments were found in it (is it a joint statement?)");
    }

    /** Stores a statement as the officer reviewed it: whole, or nothing of it. */
    @Override
    public ImportOutcome save(String name, StatementDraft draft) {
        return linkRepeats(List.of(save(name, draft, null))).get(0);
    }

    /**
     * As {@link #save(String, StatementDraft)} without looking for repeats: for a fill of many statements one by
     * one (the benchmarks' synthetic workspaces), which would otherwise index the partner's commitments again at
     * each; {@link RepeatService#relinkAll()} links them afterwards when wanted.
     */
    public ImportOutcome saveWithoutRepeats(String name, StatementDraft draft) {
        return save(name, draft, null);
    }

    /** Saves on the import's session, or, when it is null, on a session of its own. */
    private ImportOutcome save(String name, StatementDraft draft, StatementImportSession session) {
        String title = draft.statement().title();
        if (draft.commitmentCount() == 0) {
            return new ImportOutcome.Failed(name, StatementProblem.NONE_TO_TRACK,
                    "it has no commitment to track, so it was not saved");
        }
        try {
            Optional<Long> id = session != null ? session.insert(draft, false) : statements.insert(draft);
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
