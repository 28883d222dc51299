package org.commitmentstracker.store;

import static org.commitmentstracker.store.jooq.Tables.AGENCY;
import static org.commitmentstracker.store.jooq.Tables.COMMITMENT;
import static org.commitmentstracker.store.jooq.Tables.HISTORY;
import static org.commitmentstracker.store.jooq.Tables.STATEMENT;
import static org.commitmentstracker.store.jooq.Tables.STATEMENT_PARTNER;
import static org.commitmentstracker.store.jooq.Tables.SYNC_CONFLICT;
import static org.commitmentstracker.store.jooq.Tables.SYNC_SEEN;
import static org.commitmentstracker.store.jooq.Tables.SYNC_STATEMENT;
import static org.commitmentstracker.store.jooq.Tables.UNIT;

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

    private final Database local;
    private final Database server;
    private final Clock clock;
    private final Runnable step;

    /**
     * @param step called before each write to either side and before each commit; a test throws from it to
     *             cut the sync off there (otherwise it does nothing)
     */
    public OfflineSync(Database local, Database server, Clock clock, Runnable step) {
        this.local = local;
        this.server = server;
        this.clock = clock;
        this.step = step;
    }

    /** What one run did: changes sent and received; the conflicts left are in {@link #conflicts}. */
    public record Outcome(int sent, int received) {
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
        int received = receivedStatements + receiveChanges(done, progress);
        new WorkspaceSettings(local).put(LAST_SYNC, StoreValues.instant(clock.instant()));
        return new Outcome(sent, received);
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
                + dsl.fetchCount(HISTORY, unseen());
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
            StatementRows.delete(ctx, localId);
            clearTheWay(ctx, theirs);
            theirs.insertInto(ctx, false, agencyIds(server.dsl(), ctx));
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
    private static void clearTheWay(DSLContext ctx, StatementRows incoming) {
        Set<Long> inTheWay = new HashSet<>(ctx.select(STATEMENT.ID).from(STATEMENT)
                .where(STATEMENT.ID.in(incoming.statementIds())).fetch(STATEMENT.ID));
        inTheWay.addAll(ctx.select(UNIT.STATEMENT_ID).from(UNIT).where(UNIT.ID.in(incoming.unitIds()))
                .fetch(UNIT.STATEMENT_ID));
        inTheWay.addAll(ctx.select(UNIT.STATEMENT_ID).from(COMMITMENT).join(UNIT).on(UNIT.ID.eq(COMMITMENT.UNIT_ID))
                .where(COMMITMENT.ID.in(incoming.commitmentIds())).fetch(UNIT.STATEMENT_ID));
        for (long statementId : inTheWay) {
            StatementRows rows = StatementRows.read(ctx, STATEMENT.ID.eq(statementId));
            StatementRows.delete(ctx, statementId);
            rows.renumber(above(ctx, STATEMENT.ID, incoming.statementIds()), above(ctx, UNIT.ID, incoming.unitIds()),
                    above(ctx, COMMITMENT.ID, incoming.commitmentIds()));
            rows.insertInto(ctx, true);
        }
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

    /** The server's changes of this copy's commitments that this copy has not seen, oldest first. */
    private int receiveChanges(int doneBefore, BiConsumer<Integer, Integer> progress) {
        Set<Long> commitments = new HashSet<>(local.dsl().select(COMMITMENT.ID).from(COMMITMENT).fetch(COMMITMENT.ID));
        Set<String> known = new HashSet<>(local.dsl().select(SYNC_SEEN.CHANGE_UUID).from(SYNC_SEEN)
                .fetch(SYNC_SEEN.CHANGE_UUID));
        known.addAll(local.dsl().select(HISTORY.CHANGE_UUID).from(HISTORY).fetch(HISTORY.CHANGE_UUID));
        List<Long> unseen = new ArrayList<>();
        server.dsl().select(HISTORY.ID, HISTORY.CHANGE_UUID, HISTORY.COMMITMENT_ID).from(HISTORY).orderBy(HISTORY.ID)
                .forEach(r -> {
                    if (commitments.contains(r.value3()) && !known.contains(r.value2())) {
                        unseen.add(r.value1());
                    }
                });
        int received = 0;
        for (int from = 0; from < unseen.size(); from += 500) {
            List<Long> chunk = unseen.subList(from, Math.min(unseen.size(), from + 500));
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
