package org.commitmentstracker.store;

import static org.commitmentstracker.store.jooq.Tables.AGENCY;
import static org.commitmentstracker.store.jooq.Tables.COMMITMENT;
import static org.commitmentstracker.store.jooq.Tables.DELETED_STATEMENT;
import static org.commitmentstracker.store.jooq.Tables.HISTORY;
import static org.commitmentstracker.store.jooq.Tables.STATEMENT;
import static org.commitmentstracker.store.jooq.Tables.STATEMENT_PARTNER;
import static org.commitmentstracker.store.jooq.Tables.SYNC_CONFLICT;
import static org.commitmentstracker.store.jooq.Tables.SYNC_SEEN;
import static org.commitmentstracker.store.jooq.Tables.SYNC_STATEMENT;
import static org.commitmentstracker.store.jooq.Tables.UNIT;
import static org.commitmentstracker.store.jooq.Tables.WORKSPACE_SETTING;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.commitmentstracker.model.HistoryField;
import org.commitmentstracker.store.jooq.tables.records.AgencyRecord;
import org.commitmentstracker.store.jooq.tables.records.HistoryRecord;
import org.commitmentstracker.store.jooq.tables.records.SyncConflictRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The sync of an offline copy with its server. It sends the copy's changes (history rows whose change
 * id the copy has not yet seen on the server), then takes the server's (history rows whose change id the
 * copy has not seen). A change of a field applies on the server when the server's value is still the
 * change's old value; otherwise it is a conflict, kept on both sides in the copy's {@code sync_conflict}.
 *
 * <p>Cut off anywhere, it is safe to run again: each change goes to the server in one server
 * transaction that first looks for its change id (unique there), and the copy's bookkeeping
 * ({@code sync_seen}, {@code sync_statement}, {@code sync_conflict}) is written in the same local
 * transaction as what it records. A statement imported offline goes by its content hash (unique on
 * the server), and takes the server's ids in the copy.
 */
public final class OfflineSync {
    /** Workspace settings of an offline copy: its origin. */
    public static final String SERVER = "sync.server";
    public static final String USER = "sync.user";
    /** The server's connection options (TLS), never a password; apart from the address the origin shows. */
    public static final String SERVER_OPTIONS = "sync.server_options";
    public static final String PARTNERS = "sync.partners";
    public static final String LAST_SYNC = "sync.last_sync";
    /**
     * The server's history ids up to this one are all in this copy (received, or out of its scope): a sync
     * reads only the server's rows above it. See {@link #watermark}.
     */
    static final String WATERMARK = "sync.history_watermark";
    /** The id in this copy's deletion log up to which the laptop's deletions have gone to the server (or were refused). */
    static final String DELETIONS_SENT = "sync.deletions_sent";
    /** A statement deleted on the server and here by a sync, waiting to be told in the next report: key prefix. */
    static final String DROPPED = "sync.dropped.";
    /** A deletion of this laptop the server refused, waiting to be told in the next report: key prefix. */
    static final String REFUSED = "sync.refused.";

    /** Deletes a statement of this copy as the app does (a backup first); gives the backup's path or null. */
    @FunctionalInterface
    public interface LocalDeletion {
        String delete(long statementId, String deletedBy);
    }

    private final Database local;
    private final Database server;
    private final Clock clock;
    private final Runnable step;
    private final LocalDeletion localDeletion;
    private int historyRowsRead;

    /** As the other constructor, deleting statements without a backup first. */
    public OfflineSync(Database local, Database server, Clock clock, Runnable step) {
        this(local, server, clock, step, (id, by) -> {
            new StatementRepository(local, clock).delete(id, by, null);
            return null;
        });
    }

    /**
     * @param step called before each write to either side and before each commit; a test throws from it to
     *             cut the sync off there (otherwise it does nothing)
     */
    public OfflineSync(Database local, Database server, Clock clock, Runnable step, LocalDeletion localDeletion) {
        this.local = local;
        this.server = server;
        this.clock = clock;
        this.step = step;
        this.localDeletion = localDeletion;
    }

    /**
     * What one run did: changes sent and received; the conflicts left are in {@link #conflicts}.
     *
     * @param deletedOnServer statements the server had deleted, deleted here too by this run (or by an earlier
     *                        one cut off before it could tell), with this copy's changes that were not sent
     * @param deletionsRefused titles of statements deleted on this laptop that the login may not delete on
     *                         the server: they came back from it
     * @param historyRowsRead  the server's history rows this run read to find its changes
     */
    public record Outcome(int sent, int received, List<Dropped> deletedOnServer, List<String> deletionsRefused,
                          int historyRowsRead) {
    }

    /**
     * A statement deleted on the server, and so here.
     *
     * @param unsent this copy's changes of its commitments the server never received, kept in {@code backup}
     *               (the backup made here before deleting)
     */
    public record Dropped(String title, String deletedBy, String deletedAt, List<Unsent> unsent, String backup) {
    }

    /** A change not sent: the commitment's paragraph ref, the field, the new value (a progress note's text). */
    public record Unsent(String ref, HistoryField field, String value) {
    }

    /** A conflict as the copy keeps it (values as history writes them). */
    public record Conflict(long id, long commitmentId, HistoryField field, String base, String mine, String theirs,
                           String theirAuthor, java.time.Instant theirTime) {
    }

    /**
     * Sends, then receives; {@code progress} gets (done, total) as it goes.
     *
     * @throws WorkspaceException naming the server when it cannot be reached or refuses, mid-way included
     */
    public Outcome run(BiConsumer<Integer, Integer> progress) {
        try {
            return sendAndReceive(progress);
        } catch (org.jooq.exception.DataAccessException e) {
            throw new WorkspaceException("The sync with " + server.serverAddress() + " stopped ("
                    + StoreFileCheck.rootMessage(e) + "): run it again when the server can be reached; "
                    + "nothing is applied twice.", e);
        }
    }

    /** When an offline copy last received the server's changes (its checkout at first); empty for other workspaces. */
    public static Optional<java.time.Instant> lastSync(Database local) {
        return new WorkspaceSettings(local).get(LAST_SYNC).map(StoreValues::instant);
    }

    private Outcome sendAndReceive(BiConsumer<Integer, Integer> progress) {
        // Deletions first: a change of a commitment the server deleted is told as dropped, not sent.
        receiveDeletions();
        sendDeletions();
        int sent = 0;
        List<Long> offline = local.dsl().select(STATEMENT.ID).from(STATEMENT)
                .where(STATEMENT.ID.notIn(DSL.select(SYNC_STATEMENT.STATEMENT_ID).from(SYNC_STATEMENT)))
                .orderBy(STATEMENT.ID).fetch(STATEMENT.ID);
        List<HistoryRecord> pending = pending(local.dsl());
        int total = offline.size() + pending.size();
        int done = 0;
        for (long statementId : offline) {
            sendStatement(statementId);
            sent++;
            progress.accept(++done, total);
        }
        for (HistoryRecord change : pending(local.dsl())) {
            if (send(change)) {
                sent++;
            }
            progress.accept(++done, Math.max(total, done));
        }
        int receivedStatements = receiveStatements();
        long[] watermark = new long[1];
        int received = receivedStatements + receiveChanges(done, progress, watermark);
        exchangeJudgements();
        List<Dropped> dropped = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        local.dsl().transaction(tx -> {
            step.run();
            DSLContext ctx = tx.dsl();
            dropped.addAll(droppedToTell(ctx));
            refused.addAll(ctx.select(WORKSPACE_SETTING.VALUE).from(WORKSPACE_SETTING)
                    .where(WORKSPACE_SETTING.KEY.startsWith(REFUSED)).orderBy(WORKSPACE_SETTING.KEY)
                    .fetch(WORKSPACE_SETTING.VALUE));
            ctx.deleteFrom(WORKSPACE_SETTING).where(WORKSPACE_SETTING.KEY.startsWith(DROPPED)
                    .or(WORKSPACE_SETTING.KEY.startsWith(REFUSED))).execute();
            WorkspaceSettings settings = new WorkspaceSettings(ctx);
            settings.put(WATERMARK, String.valueOf(watermark[0]));
            settings.put(LAST_SYNC, StoreValues.instant(clock.instant()));
        });
        return new Outcome(sent, received, dropped, refused, historyRowsRead);
    }

    /**
     * The officers' word on repeats, both ways. A login that may not write them on the server (a reporter's) keeps
     * its own here: they are offered again at the next sync.
     */
    private void exchangeJudgements() {
        step.run();
        try {
            SyncedJudgements.exchange(local.dsl(), server.dsl());
        } catch (RuntimeException e) {
            if (!notPermitted(e)) {
                throw e;
            }
        }
    }

    /** Whether the server refused the login the write (PostgreSQL's 42501), as told by the driver or by us. */
    private static boolean notPermitted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ServerFailureException failure && failure.kind() == ServerFailureException.Kind.NOT_PERMITTED
                    || t instanceof java.sql.SQLException sql && "42501".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The address to connect to for a sync: the server's, with the options it was taken with (never a password). */
    public static String connectionUrl(Database local, String serverAddress) {
        String options = new WorkspaceSettings(local).get(SERVER_OPTIONS).orElse("");
        return options.isEmpty() ? serverAddress : serverAddress + "?" + options;
    }

    /** How many changes of this copy the server has not received: statements imported offline and history rows. */
    public static int pendingCount(Database local) {
        DSLContext dsl = local.dsl();
        return dsl.fetchCount(STATEMENT, STATEMENT.ID.notIn(DSL.select(SYNC_STATEMENT.STATEMENT_ID).from(SYNC_STATEMENT)))
                + dsl.fetchCount(HISTORY, unseen()) + localDeletions(dsl).size();
    }

    private static Condition unseen() {
        return HISTORY.CHANGE_UUID.notIn(DSL.select(SYNC_SEEN.CHANGE_UUID).from(SYNC_SEEN));
    }

    private static List<HistoryRecord> pending(DSLContext dsl) {
        return dsl.selectFrom(HISTORY).where(unseen()).orderBy(HISTORY.ID).fetch();
    }

    // ---- sending -------------------------------------------------------------------------------------

    /** A statement imported offline: to the server by its content hash, then under the server's ids here. */
    private void sendStatement(long localId) {
        StatementRows mine = StatementRows.read(local.dsl(), STATEMENT.ID.eq(localId));
        String hash = mine.statements.get(0).getContentHash();
        long serverId = server.dsl().transactionResult(tx -> {
            step.run();
            Long existing = tx.dsl().select(STATEMENT.ID).from(STATEMENT).where(STATEMENT.CONTENT_HASH.eq(hash))
                    .fetchOne(STATEMENT.ID);
            if (existing != null) {
                return existing;
            }
            long id = mine.insertWithNewIds(tx.dsl(), agencyIds(local.dsl(), tx.dsl())).statementId();
            step.run();
            return id;
        });
        StatementRows theirs = StatementRows.read(server.dsl(), STATEMENT.ID.eq(serverId));
        Map<Integer, long[]> theirIds = StatementRows.byOrdinal(server.dsl(), serverId);
        Map<Long, Long> commitments = new HashMap<>();
        StatementRows.byOrdinal(local.dsl(), localId).forEach((ordinal, ids) -> {
            long[] their = theirIds.get(ordinal);
            if (ids[1] >= 0 && their != null && their[1] >= 0) {
                commitments.put(ids[1], their[1]);
            }
        });
        local.dsl().transaction(tx -> {
            step.run();
            DSLContext ctx = tx.dsl();
            // The officers' word on repeats goes with the commitments to their new ids.
            var words = SyncedJudgements.touching(ctx, mine.commitmentIds());
            StatementRows.delete(ctx, localId);
            Map<Long, Long> moved = new HashMap<>(clearTheWay(ctx, theirs));
            theirs.insertInto(ctx, false, agencyIds(server.dsl(), ctx));
            moved.putAll(commitments);
            SyncedJudgements.putBack(ctx, words, moved);
            ctx.insertInto(SYNC_STATEMENT, SYNC_STATEMENT.STATEMENT_ID).values(serverId).onConflictDoNothing().execute();
            Set<String> theirChanges = new HashSet<>();
            for (HistoryRecord row : theirs.history) {
                theirChanges.add(row.getChangeUuid());
                markSeen(ctx, row.getChangeUuid());
            }
            // This copy's changes the server does not have yet (the same text imported there too) stay to send.
            List<HistoryRecord> toSend = new ArrayList<>();
            for (HistoryRecord row : mine.history) {
                Long commitment = commitments.get(row.getCommitmentId());
                if (!theirChanges.contains(row.getChangeUuid()) && commitment != null) {
                    HistoryRecord copy = row.copy();
                    copy.setCommitmentId(commitment);
                    toSend.add(copy);
                }
            }
            StatementRows.insertWithNewIds(ctx, toSend);
            step.run();
        });
    }

    /**
     * Moves statements imported offline (not yet sent) off the ids the server's rows are about to take here:
     * the server gave those ids without knowing this copy's own.
     */
    private static Map<Long, Long> clearTheWay(DSLContext ctx, StatementRows incoming) {
        Set<Long> inTheWay = new HashSet<>(ctx.select(STATEMENT.ID).from(STATEMENT)
                .where(STATEMENT.ID.in(incoming.statementIds())).fetch(STATEMENT.ID));
        inTheWay.addAll(ctx.select(UNIT.STATEMENT_ID).from(UNIT).where(UNIT.ID.in(incoming.unitIds()))
                .fetch(UNIT.STATEMENT_ID));
        inTheWay.addAll(ctx.select(UNIT.STATEMENT_ID).from(COMMITMENT).join(UNIT).on(UNIT.ID.eq(COMMITMENT.UNIT_ID))
                .where(COMMITMENT.ID.in(incoming.commitmentIds())).fetch(UNIT.STATEMENT_ID));
        // Each statement's commitments, by their old ids, with their new ones.
        Map<Long, Long> moved = new HashMap<>();
        for (long statementId : inTheWay) {
            StatementRows rows = StatementRows.read(ctx, STATEMENT.ID.eq(statementId));
            var words = SyncedJudgements.touching(ctx, rows.commitmentIds());
            StatementRows.delete(ctx, statementId);
            Map<Long, Long> renumbered = rows.renumber(above(ctx, STATEMENT.ID, incoming.statementIds()),
                    above(ctx, UNIT.ID, incoming.unitIds()), above(ctx, COMMITMENT.ID, incoming.commitmentIds()));
            rows.insertInto(ctx, true);
            moved.putAll(renumbered);
            SyncedJudgements.putBack(ctx, words, moved);
        }
        return moved;
    }

    private static long above(DSLContext ctx, org.jooq.TableField<?, Long> id, Set<Long> incoming) {
        Long max = ctx.select(DSL.max(id)).from(id.getTable()).fetchOne(0, Long.class);
        long incomingMax = incoming.stream().mapToLong(Long::longValue).max().orElse(0);
        return Math.max(max == null ? 0 : max, incomingMax) + 1;
    }

    private enum Sent { SENT, AGREED, ALREADY, GONE, CONFLICT }

    /** One change of this copy; true when the server took it. */
    private boolean send(HistoryRecord row) {
        ChangeRow change = changeRow(row);
        boolean openConflict = local.dsl().fetchExists(SYNC_CONFLICT, SYNC_CONFLICT.COMMITMENT_ID
                .eq(change.commitmentId()).and(SYNC_CONFLICT.FIELD.eq(change.field().name())));
        String[] theirs = new String[3];
        Sent outcome = server.dsl().transactionResult(tx -> {
            step.run();
            CommitmentRepository there = CommitmentRepository.in(tx.dsl(), clock);
            if (there.hasChange(change.changeId())) {
                return Sent.ALREADY;
            }
            ChangeRow sent = inAgenciesOf(local.dsl(), tx.dsl(), change);
            Optional<String> current = sent.field() == HistoryField.PROGRESS
                    ? (tx.dsl().fetchExists(COMMITMENT, COMMITMENT.ID.eq(sent.commitmentId())) ? Optional.of("")
                    : Optional.empty()) : there.valueOf(sent.commitmentId(), sent.field());
            if (current.isEmpty()) {
                return Sent.GONE;
            }
            if (sent.field() != HistoryField.PROGRESS) {
                if (same(current.get(), sent.newValue())) {
                    return Sent.AGREED;
                }
                if (openConflict || !same(current.get(), sent.oldValue())) {
                    theirs[0] = current.get();
                    tx.dsl().select(HISTORY.AUTHOR, HISTORY.CHANGED_AT).from(HISTORY)
                            .where(HISTORY.COMMITMENT_ID.eq(sent.commitmentId())
                                    .and(HISTORY.FIELD.eq(sent.field().name())))
                            .orderBy(HISTORY.ID.desc()).limit(1).fetchOptional()
                            .ifPresent(r -> {
                                theirs[1] = r.value1();
                                theirs[2] = r.value2();
                            });
                    return Sent.CONFLICT;
                }
            }
            there.record(sent, true, sent.newValue());
            step.run();
            return Sent.SENT;
        });
        local.dsl().transaction(tx -> {
            step.run();
            DSLContext ctx = tx.dsl();
            markSeen(ctx, change.changeId());
            if (outcome == Sent.CONFLICT) {
                keepConflict(ctx, change.commitmentId(), change.field(), change.oldValue(),
                        agencies(theirs[0], change.field(), server.dsl(), ctx), theirs[1], theirs[2]);
            } else if (outcome != Sent.GONE && change.field() != HistoryField.PROGRESS
                    && !ctx.fetchExists(HISTORY, unseen().and(HISTORY.ID.gt(row.getId()))
                            .and(HISTORY.COMMITMENT_ID.eq(change.commitmentId()))
                            .and(HISTORY.FIELD.eq(change.field().name())))) {
                // The server's value is now this change's: so is this copy's (it may have been the same text's).
                CommitmentRepository.in(ctx, clock).adopt(change.commitmentId(), change.field(), change.newValue());
            }
            step.run();
        });
        return outcome == Sent.SENT;
    }

    /** Records (or brings up to date) the conflict on one field: this copy's value now, and the server's. */
    private void keepConflict(DSLContext ctx, long commitmentId, HistoryField field, String base, String theirs,
                              String author, String time) {
        String mine = CommitmentRepository.in(ctx, clock).valueOf(commitmentId, field).orElse(null);
        SyncConflictRecord existing = ctx.selectFrom(SYNC_CONFLICT).where(SYNC_CONFLICT.COMMITMENT_ID
                .eq(commitmentId).and(SYNC_CONFLICT.FIELD.eq(field.name()))).fetchOne();
        if (existing == null) {
            ctx.insertInto(SYNC_CONFLICT)
                    .set(SYNC_CONFLICT.COMMITMENT_ID, commitmentId)
                    .set(SYNC_CONFLICT.FIELD, field.name())
                    .set(SYNC_CONFLICT.BASE_VALUE, base)
                    .set(SYNC_CONFLICT.MINE, mine)
                    .set(SYNC_CONFLICT.THEIRS, theirs)
                    .set(SYNC_CONFLICT.THEIR_AUTHOR, author)
                    .set(SYNC_CONFLICT.THEIR_TIME, time)
                    .execute();
        } else {
            ctx.update(SYNC_CONFLICT).set(SYNC_CONFLICT.MINE, mine).set(SYNC_CONFLICT.THEIRS, theirs)
                    .set(SYNC_CONFLICT.THEIR_AUTHOR, author).set(SYNC_CONFLICT.THEIR_TIME, time)
                    .where(SYNC_CONFLICT.ID.eq(existing.getId())).execute();
        }
    }

    // ---- receiving -----------------------------------------------------------------------------------

    /** Statements imported on the server (in this copy's partners) that this copy does not have yet. */
    private int receiveStatements() {
        Set<Long> known = new HashSet<>(local.dsl().select(SYNC_STATEMENT.STATEMENT_ID).from(SYNC_STATEMENT)
                .fetch(SYNC_STATEMENT.STATEMENT_ID));
        List<String> partners = partners(local);
        int received = 0;
        for (long id : server.dsl().select(STATEMENT.ID).from(STATEMENT).where(scope(partners)).orderBy(STATEMENT.ID)
                .fetch(STATEMENT.ID)) {
            if (known.contains(id)) {
                continue;
            }
            StatementRows theirs = StatementRows.read(server.dsl(), STATEMENT.ID.eq(id));
            local.dsl().transaction(tx -> {
                step.run();
                DSLContext ctx = tx.dsl();
                clearTheWay(ctx, theirs);
                theirs.insertInto(ctx, false, agencyIds(server.dsl(), ctx));
                ctx.insertInto(SYNC_STATEMENT, SYNC_STATEMENT.STATEMENT_ID).values(id).execute();
                theirs.history.forEach(h -> markSeen(ctx, h.getChangeUuid()));
                step.run();
            });
            received++;
        }
        return received;
    }

    /**
     * The server's changes of this copy's commitments that this copy has not seen, oldest first. Only the
     * server's rows above the watermark are read (the change-id check still skips what this copy has);
     * {@code watermark[0]} gets the new one, which the caller keeps once everything below it is applied here.
     */
    private int receiveChanges(int doneBefore, BiConsumer<Integer, Integer> progress, long[] watermark) {
        Set<Long> commitments = new HashSet<>(local.dsl().select(COMMITMENT.ID).from(COMMITMENT).fetch(COMMITMENT.ID));
        Set<String> known = new HashSet<>(local.dsl().select(SYNC_SEEN.CHANGE_UUID).from(SYNC_SEEN)
                .fetch(SYNC_SEEN.CHANGE_UUID));
        known.addAll(local.dsl().select(HISTORY.CHANGE_UUID).from(HISTORY).fetch(HISTORY.CHANGE_UUID));
        long after = new WorkspaceSettings(local).get(WATERMARK).map(Long::parseLong).orElse(0L);
        List<Long> unseen = new ArrayList<>();
        watermark[0] = server.dsl().transactionResult(tx -> {
            PostgresServer.readSnapshot(tx.dsl(), server);
            boolean settled = settled(tx.dsl(), server);
            long highest = after;
            for (var r : tx.dsl().select(HISTORY.ID, HISTORY.CHANGE_UUID, HISTORY.COMMITMENT_ID).from(HISTORY)
                    .where(HISTORY.ID.gt(after)).orderBy(HISTORY.ID).fetch()) {
                historyRowsRead++;
                highest = Math.max(highest, r.value1());
                if (commitments.contains(r.value3()) && !known.contains(r.value2())) {
                    unseen.add(r.value1());
                }
            }
            return settled ? highest : after;
        });
        int received = 0;
        for (List<Long> chunk : IdBatches.of(unseen)) {
            for (HistoryRecord row : server.dsl().selectFrom(HISTORY).where(HISTORY.ID.in(chunk)).orderBy(HISTORY.ID)
                    .fetch()) {
                receive(changeRow(row));
                received++;
                progress.accept(doneBefore + received, doneBefore + unseen.size());
            }
        }
        return received;
    }

    private void receive(ChangeRow theirs) {
        String theirCurrent = theirs.field() == HistoryField.PROGRESS ? null
                : CommitmentRepository.in(server.dsl(), clock).valueOf(theirs.commitmentId(), theirs.field()).orElse(null);
        local.dsl().transaction(tx -> {
            step.run();
            DSLContext ctx = tx.dsl();
            ChangeRow change = inAgenciesOf(server.dsl(), ctx, theirs);
            String current = agencies(theirCurrent, change.field(), server.dsl(), ctx);
            CommitmentRepository here = CommitmentRepository.in(ctx, clock);
            if (!here.hasChange(change.changeId())) {
                Condition sameField = HISTORY.COMMITMENT_ID.eq(change.commitmentId())
                        .and(HISTORY.FIELD.eq(change.field().name()));
                boolean mineToKeep = change.field() != HistoryField.PROGRESS
                        && (ctx.fetchExists(SYNC_CONFLICT, SYNC_CONFLICT.COMMITMENT_ID.eq(change.commitmentId())
                                .and(SYNC_CONFLICT.FIELD.eq(change.field().name())))
                            // changed here while this sync ran: not sent yet, and not to be overwritten
                            || ctx.fetchExists(HISTORY, unseen().and(sameField)));
                if (mineToKeep) {
                    // This copy's value stays until the officer chooses; the choice shows the server's newest.
                    here.record(change, false, null);
                    keepConflict(ctx, change.commitmentId(), change.field(), change.oldValue(), current,
                            change.author(), change.changedAt());
                } else {
                    // The server's value now, not the change's: a later change may already have replaced it.
                    here.record(change, current != null, current);
                }
            }
            markSeen(ctx, change.changeId());
            step.run();
        });
    }

    /**
     * The watermark a read in this snapshot may keep: the highest history id it saw, or {@code previous}.
     *
     * <p>Ids are taken when a row is inserted but a row shows only when its transaction commits, so a
     * transaction still running when the snapshot was taken may commit later a row with an id below the
     * highest one seen. Only such a transaction can: one that starts after the snapshot takes its ids after
     * every id the snapshot shows. So the watermark moves up only when the snapshot saw no transaction of
     * this database writing ({@link #settled}); otherwise it stays where the last settled read left it, below
     * every id of a transaction that was running then, and the next sync reads again from there (the change
     * ids skip what was received already). On a busy server that reads a few rows again, never misses one.
     */
    static long watermark(DSLContext ctx, Database server, long previous) {
        if (!settled(ctx, server)) {
            return previous;
        }
        Long max = ctx.select(DSL.max(HISTORY.ID)).from(HISTORY).fetchOne(0, Long.class);
        return Math.max(previous, max == null ? 0 : max);
    }

    /**
     * True when no transaction that may write this database was running at the current (repeatable-read)
     * snapshot. Transaction ids are the cluster's: one known to run in another database does not count.
     */
    private static boolean settled(DSLContext ctx, Database server) {
        if (!server.onServer()) {
            return true;
        }
        return ctx.fetchOne("SELECT count(*) FROM pg_snapshot_xip(pg_current_snapshot()) x WHERE NOT EXISTS ("
                + "SELECT 1 FROM pg_stat_activity a WHERE a.datname IS DISTINCT FROM current_database() "
                + "AND a.backend_xid::text::bigint = x::text::bigint % 4294967296)").get(0, Long.class) == 0;
    }

    // ---- deletions -----------------------------------------------------------------------------------

    /**
     * Statements the server no longer has (deleted there by an administrator): deleted here as the app
     * deletes (a backup first). This copy's changes of them that were not sent are written down first, in
     * the same place the next report is told from, so they are told even when the sync is cut off after
     * the deletion; they stay in the backup. Run again, a statement already gone here is only forgotten.
     */
    private void receiveDeletions() {
        Set<Long> known = new java.util.TreeSet<>(local.dsl().select(SYNC_STATEMENT.STATEMENT_ID).from(SYNC_STATEMENT)
                .fetch(SYNC_STATEMENT.STATEMENT_ID));
        if (known.isEmpty()) {
            return;
        }
        known.removeAll(server.dsl().select(STATEMENT.ID).from(STATEMENT).where(STATEMENT.ID.in(known))
                .fetch(STATEMENT.ID));
        for (long id : known) {
            var log = server.dsl().selectFrom(DELETED_STATEMENT).where(DELETED_STATEMENT.STATEMENT_ID.eq(id))
                    .orderBy(DELETED_STATEMENT.ID.desc()).limit(1).fetchOne();
            String by = log == null ? "?" : log.getDeletedBy();
            String at = log == null ? "" : log.getDeletedAt();
            var title = local.dsl().select(STATEMENT.TITLE).from(STATEMENT).where(STATEMENT.ID.eq(id))
                    .fetchOne(STATEMENT.TITLE);
            if (title != null) {
                List<String> unsent = local.dsl().select(UNIT.REF, HISTORY.FIELD, HISTORY.NEW_VALUE, HISTORY.COMMENT)
                        .from(HISTORY).join(COMMITMENT).on(COMMITMENT.ID.eq(HISTORY.COMMITMENT_ID))
                        .join(UNIT).on(UNIT.ID.eq(COMMITMENT.UNIT_ID))
                        .where(UNIT.STATEMENT_ID.eq(id).and(unseen())).orderBy(HISTORY.ID)
                        .fetch(r -> String.join("\u001d", r.value1(), r.value2(),
                                r.value3() != null ? r.value3() : r.value4() == null ? "" : r.value4()));
                local.dsl().transaction(tx -> {
                    step.run();
                    new WorkspaceSettings(tx.dsl()).put(DROPPED + id, String.join("\u001f",
                            List.of(title, by, at, String.join("\u001e", unsent))));
                    step.run();
                });
                localDeletion.delete(id, by);
            }
            local.dsl().transaction(tx -> {
                step.run();
                tx.dsl().deleteFrom(SYNC_STATEMENT).where(SYNC_STATEMENT.STATEMENT_ID.eq(id)).execute();
                step.run();
            });
        }
    }

    /** The server's deletions written down by {@link #receiveDeletions}, with the backup made here before each. */
    private static List<Dropped> droppedToTell(DSLContext ctx) {
        List<Dropped> dropped = new ArrayList<>();
        for (var r : ctx.selectFrom(WORKSPACE_SETTING).where(WORKSPACE_SETTING.KEY.startsWith(DROPPED))
                .orderBy(WORKSPACE_SETTING.KEY).fetch()) {
            long id = Long.parseLong(r.getKey().substring(DROPPED.length()));
            String[] parts = r.getValue().split("\u001f", -1);
            String backup = ctx.select(DELETED_STATEMENT.BACKUP).from(DELETED_STATEMENT)
                    .where(DELETED_STATEMENT.STATEMENT_ID.eq(id)).orderBy(DELETED_STATEMENT.ID.desc()).limit(1)
                    .fetchOptional(DELETED_STATEMENT.BACKUP).orElse(null);
            dropped.add(new Dropped(parts[0], parts[1], parts[2],
                    parts[3].isEmpty() ? List.of() : java.util.Arrays.stream(parts[3].split("\u001e")).map(u -> {
                        String[] change = u.split("\u001d", -1);
                        return new Unsent(change[0], HistoryField.valueOf(change[1]), change[2]);
                    }).toList(), backup));
        }
        return dropped;
    }

    /** This copy's deletion log rows not yet passed on: (log id, statement id, deleted by), oldest first. */
    private static List<org.jooq.Record3<Long, Long, String>> localDeletions(DSLContext dsl) {
        long after = new WorkspaceSettings(dsl).get(DELETIONS_SENT).map(Long::parseLong).orElse(0L);
        return dsl.select(DELETED_STATEMENT.ID, DELETED_STATEMENT.STATEMENT_ID, DELETED_STATEMENT.DELETED_BY)
                .from(DELETED_STATEMENT).where(DELETED_STATEMENT.ID.gt(after)
                        .and(DELETED_STATEMENT.STATEMENT_ID.in(DSL.select(SYNC_STATEMENT.STATEMENT_ID)
                                .from(SYNC_STATEMENT))))
                .orderBy(DELETED_STATEMENT.ID).fetch();
    }

    /**
     * Statements deleted on this laptop: deleted on the server when the login may delete statements
     * (tracker_admin). Otherwise the server keeps them and so does this copy again: the deletion is refused
     * (told in the report) and the statement comes back at this very sync with the server's state. Keeping it
     * deleted here only would leave the copy silently apart from the team's workspace, its server changes
     * unseen, with nothing to tell the officer later; the deletion here was backed up and logged as usual.
     * Run again after a cut-off, a statement already gone from the server is only forgotten here.
     */
    private void sendDeletions() {
        var deletions = localDeletions(local.dsl());
        if (deletions.isEmpty()) {
            return;
        }
        boolean mayDelete = server.dsl().connectionResult(c -> !server.onServer()
                || PostgresRoles.rolesOf(c).contains(PostgresRoles.ADMIN));
        for (var deletion : deletions) {
            long statementId = deletion.value2();
            boolean onServer = server.dsl().fetchExists(STATEMENT, STATEMENT.ID.eq(statementId));
            if (onServer && mayDelete) {
                step.run();
                new StatementRepository(server, clock).delete(statementId, deletion.value3(), null);
            }
            local.dsl().transaction(tx -> {
                step.run();
                if (onServer && !mayDelete) {
                    // Told in the report of the run that gets through, even when this one is cut off.
                    new WorkspaceSettings(tx.dsl()).put(REFUSED + String.format("%019d", deletion.value1()),
                            tx.dsl().select(DELETED_STATEMENT.TITLE).from(DELETED_STATEMENT)
                                    .where(DELETED_STATEMENT.ID.eq(deletion.value1())).fetchOne(DELETED_STATEMENT.TITLE));
                }
                tx.dsl().deleteFrom(SYNC_STATEMENT).where(SYNC_STATEMENT.STATEMENT_ID.eq(statementId)).execute();
                new WorkspaceSettings(tx.dsl()).put(DELETIONS_SENT, String.valueOf(deletion.value1()));
                step.run();
            });
        }
    }

    // ---- agencies ------------------------------------------------------------------------------------

    /**
     * The change with its owner and co-owner values (agency ids) as the other side numbers them: an agency
     * is the same one on both sides by its code. One added on one side only is added on the other.
     */
    private static ChangeRow inAgenciesOf(DSLContext from, DSLContext to, ChangeRow change) {
        if (change.field() != HistoryField.OWNER && change.field() != HistoryField.CO_OWNERS) {
            return change;
        }
        return new ChangeRow(change.changeId(), change.commitmentId(), change.changedAt(), change.author(),
                change.field(), agencies(change.oldValue(), change.field(), from, to),
                agencies(change.newValue(), change.field(), from, to), change.comment(), change.evidenceLink(),
                change.attachment());
    }

    /** An agency's id in {@code to} from its id in {@code from} (by code; added to {@code to} when missing). */
    private static java.util.function.LongUnaryOperator agencyIds(DSLContext from, DSLContext to) {
        return id -> Long.parseLong(agencies(String.valueOf(id), HistoryField.OWNER, from, to));
    }

    private static String agencies(String value, HistoryField field, DSLContext from, DSLContext to) {
        if (value == null || value.isEmpty() || field != HistoryField.OWNER && field != HistoryField.CO_OWNERS) {
            return value;
        }
        List<Long> ids = new ArrayList<>();
        for (String id : value.split(",")) {
            AgencyRecord agency = from.selectFrom(AGENCY).where(AGENCY.ID.eq(Long.valueOf(id.trim()))).fetchOne();
            if (agency == null) {
                ids.add(Long.valueOf(id.trim()));
                continue;
            }
            Long there = to.select(AGENCY.ID).from(AGENCY).where(AGENCY.CODE.eq(agency.getCode())).fetchOne(AGENCY.ID);
            if (there == null) {
                there = to.insertInto(AGENCY).set(AGENCY.CODE, agency.getCode()).set(AGENCY.NAME_VI, agency.getNameVi())
                        .set(AGENCY.NAME_EN, agency.getNameEn()).returning(AGENCY.ID).fetchOne().getId();
            }
            ids.add(there);
        }
        return ids.stream().sorted().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
    }

    // ---- conflicts -----------------------------------------------------------------------------------

    /** The conflicts left in this copy, oldest first. */
    public static List<Conflict> conflicts(Database local) {
        return local.dsl().selectFrom(SYNC_CONFLICT).orderBy(SYNC_CONFLICT.ID)
                .fetch(r -> new Conflict(r.getId(), r.getCommitmentId(), HistoryField.valueOf(r.getField()),
                        r.getBaseValue(), r.getMine(), r.getTheirs(), r.getTheirAuthor(),
                        r.getTheirTime() == null ? null : StoreValues.instant(r.getTheirTime())));
    }

    /**
     * Settles a conflict in one local transaction: the field takes {@code value}, history records the
     * change from {@code from}, and the conflict is gone.
     *
     * @param onServerAlready true when {@code value} is the server's (nothing to send); otherwise the change
     *                        goes to the server at the next sync, which applies it if the server's value is
     *                        still {@code from}
     */
    public static void settle(Database local, Clock clock, long conflictId, String from, String value,
                              boolean onServerAlready, String author) {
        local.dsl().transaction(tx -> {
            DSLContext ctx = tx.dsl();
            SyncConflictRecord conflict = ctx.selectFrom(SYNC_CONFLICT).where(SYNC_CONFLICT.ID.eq(conflictId)).fetchOne();
            if (conflict == null) {
                throw new IllegalArgumentException("No conflict with id " + conflictId);
            }
            String changeId = CommitmentRepository.in(ctx, clock).settle(conflict.getCommitmentId(),
                    HistoryField.valueOf(conflict.getField()), from, value, author);
            if (onServerAlready) {
                markSeen(ctx, changeId);
            }
            ctx.deleteFrom(SYNC_CONFLICT).where(SYNC_CONFLICT.ID.eq(conflictId)).execute();
        });
    }

    // ---- shared --------------------------------------------------------------------------------------

    /** The partners an offline copy holds; empty when it holds the whole workspace. */
    public static List<String> partners(Database local) {
        return new WorkspaceSettings(local).get(PARTNERS).filter(p -> !p.isEmpty())
                .map(p -> List.of(p.split("\n"))).orElse(List.of());
    }

    /** The statements of the given partners (any of them), or all when none is given. */
    static Condition scope(List<String> partners) {
        if (partners.isEmpty()) {
            return DSL.noCondition();
        }
        return STATEMENT.ID.in(DSL.select(STATEMENT_PARTNER.STATEMENT_ID).from(STATEMENT_PARTNER)
                .where(DSL.lower(STATEMENT_PARTNER.PARTNER).in(partners.stream()
                        .map(p -> p.toLowerCase(java.util.Locale.ROOT)).toList())));
    }

    static void markSeen(DSLContext ctx, String changeId) {
        ctx.insertInto(SYNC_SEEN, SYNC_SEEN.CHANGE_UUID).values(changeId).onConflictDoNothing().execute();
    }

    private static ChangeRow changeRow(HistoryRecord r) {
        return new ChangeRow(r.getChangeUuid(), r.getCommitmentId(), r.getChangedAt(), r.getAuthor(),
                HistoryField.valueOf(r.getField()), r.getOldValue(), r.getNewValue(), r.getComment(),
                r.getEvidenceLink(), r.getAttachment());
    }

    private static boolean same(String a, String b) {
        return Objects.equals(a == null ? "" : a, b == null ? "" : b);
    }
}
