package org.commitmentstracker.service;

import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.CommitmentOverview;
import org.commitmentstracker.model.HistoryField;
import org.commitmentstracker.store.AgencyRepository;
import org.commitmentstracker.store.CommitmentRepository;
import org.commitmentstracker.store.Database;
import org.commitmentstracker.store.AttachmentTransfer;
import org.commitmentstracker.store.OfflineSync;
import org.commitmentstracker.store.RepeatRepository;
import org.commitmentstracker.store.WorkspaceException;
import org.commitmentstracker.store.WorkspaceSettings;

/**
 * {@link OfflineCopy} over a laptop's store: its origin is in the workspace's settings (written by the
 * checkout), its bookkeeping in the store's sync tables, and the sync itself is {@link OfflineSync}.
 */
public final class OfflineCopyService implements OfflineCopy {
    private final Database local;
    private final WorkspaceSettings settings;
    private final CommitmentRepository commitments;
    private final AgencyRepository agencies;
    private final Clock clock;
    private final Supplier<String> author;
    private final StatementDeletions deletions;
    /** How many of the server's history rows the last sync read (tests see that a quiet sync reads none). */
    int historyRowsRead;
    /** Called before each write of a sync; tests throw from it to cut a sync off anywhere. */
    Runnable step = () -> { };

    OfflineCopyService(Database local, WorkspaceSettings settings, CommitmentRepository commitments,
                       AgencyRepository agencies, Clock clock, Supplier<String> author,
                       StatementDeletions deletions) {
        this.deletions = deletions;
        this.local = local;
        this.settings = settings;
        this.commitments = commitments;
        this.agencies = agencies;
        this.clock = clock;
        this.author = author;
    }

    @Override
    public Optional<SyncOrigin> origin() {
        if (local.onServer()) {
            return Optional.empty();
        }
        return settings.get(OfflineSync.SERVER).map(server -> new SyncOrigin(server,
                settings.get(OfflineSync.USER).orElse(""), OfflineSync.partners(local),
                OfflineSync.lastSync(local).orElse(null)));
    }

    @Override
    public int pendingChanges() {
        return origin().isPresent() ? OfflineSync.pendingCount(local) : 0;
    }

    @Override
    public SyncReport sync(String password, SyncProgress progress) {
        SyncOrigin origin = origin().orElseThrow(() -> new WorkspaceException(
                "This workspace is not an offline copy of a server: there is nothing to sync."));
        try (Database server = Database.openServer(OfflineSync.connectionUrl(local, origin.serverAddress()),
                origin.user(), password)) {
            // The files first, so that no entry reaches the server before its attached file.
            AttachmentTransfer.push(local, server);
            OfflineSync.Outcome outcome = new OfflineSync(local, server, clock, step, this::deleteHere)
                    .run(progress::progressed);
            AttachmentTransfer.pull(server, local);
            relinkRepeats(server);
            historyRowsRead = outcome.historyRowsRead();
            return new SyncReport(outcome.sent(), outcome.received(), conflicts(), outcome.deletedOnServer().stream()
                    .map(d -> new SyncReport.DeletedOnServer(d.title(), d.deletedBy(), d.deletedAt(), d.unsent().stream()
                            .map(u -> new SyncReport.UnsentChange(u.ref(), u.field(), u.value())).toList(),
                            d.backup())).toList(), outcome.deletionsRefused());
        }
    }

    /**
     * A sync moves statements under new ids (one imported offline reaches the server; the copy takes the server's
     * ids), and their links to repeated commitments go with the old rows: the copy's are found again (it holds a
     * few partners), and on the server those of the copy's statements. The sync itself is done by then: a failure
     * here (a reporter's login may not write links) leaves the links to the next import or to find-repeats.
     */
    private void relinkRepeats(Database server) {
        try {
            RepeatRepository here = new RepeatRepository(local);
            new RepeatService(here, clock).relinkAll();
            new RepeatService(new RepeatRepository(server), clock).link(here.candidates().stream()
                    .map(RepeatRepository.Candidate::statementId).distinct().toList());
        } catch (RuntimeException e) {
            java.util.logging.Logger.getLogger(OfflineCopyService.class.getName()).log(java.util.logging.Level.WARNING,
                    "The repeats were not linked again after the sync; find-repeats links them.", e);
        }
    }

    /** A statement the server deleted, deleted here as the officer would: a backup first, then logged. */
    private String deleteHere(long statementId, String deletedBy) {
        try {
            return deletions.delete(statementId, deletedBy).backup();
        } catch (java.io.IOException e) {
            throw new WorkspaceException("The statement " + statementId + " was deleted on the server, but no backup "
                    + "could be made here before deleting it (" + e.getMessage() + "): nothing was deleted; free "
                    + "some space or check the backup folder, then sync again.", e);
        }
    }

    @Override
    public List<SyncConflict> conflicts() {
        Map<String, String> codes = agencies.findAll().stream()
                .collect(Collectors.toMap(a -> String.valueOf(a.id()), Agency::code));
        return OfflineSync.conflicts(local).stream().map(c -> {
            Optional<CommitmentOverview> commitment = commitments.overviewOf(c.commitmentId());
            return new SyncConflict(c.id(), c.commitmentId(),
                    commitment.map(o -> o.statementTitle() + " · " + o.ref()).orElse(String.valueOf(c.commitmentId())),
                    commitment.map(CommitmentOverview::text).orElse(""), c.field(), shown(c.base(), c.field(), codes),
                    shown(c.mine(), c.field(), codes), shown(c.theirs(), c.field(), codes), c.theirAuthor(),
                    c.theirTime());
        }).toList();
    }

    /** An owner or co-owners as agency codes (history keeps their ids); any other value as it is. */
    private static String shown(String value, HistoryField field, Map<String, String> codes) {
        if (value == null || value.isEmpty() || field != HistoryField.OWNER && field != HistoryField.CO_OWNERS) {
            return value;
        }
        return Arrays.stream(value.split(",")).map(id -> codes.getOrDefault(id.trim(), id.trim()))
                .collect(Collectors.joining(","));
    }

    @Override
    public void resolve(long conflictId, ConflictChoice choice, String mergedText) {
        OfflineSync.Conflict conflict = OfflineSync.conflicts(local).stream().filter(c -> c.id() == conflictId)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("No conflict with id " + conflictId));
        switch (choice) {
            case KEEP_MINE -> OfflineSync.settle(local, clock, conflictId, conflict.theirs(), conflict.mine(), false,
                    author.get());
            case KEEP_THEIRS -> OfflineSync.settle(local, clock, conflictId, conflict.mine(), conflict.theirs(), true,
                    author.get());
            case MERGE -> {
                if (conflict.field() != HistoryField.NOTES && conflict.field() != HistoryField.NEXT_STEP) {
                    throw new IllegalArgumentException("Only notes and next steps can be merged, not " + conflict.field());
                }
                OfflineSync.settle(local, clock, conflictId, conflict.theirs(), mergedText, false, author.get());
            }
            default -> throw new IllegalArgumentException(String.valueOf(choice));
        }
    }
}
