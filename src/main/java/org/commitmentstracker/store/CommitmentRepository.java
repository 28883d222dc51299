package org.commitmentstracker.store;

import static org.commitmentstracker.store.jooq.Tables.AGENCY;
import static org.commitmentstracker.store.jooq.Tables.COMMITMENT;
import static org.commitmentstracker.store.jooq.Tables.COMMITMENT_CO_OWNER;
import static org.commitmentstracker.store.jooq.Tables.HISTORY;
import static org.commitmentstracker.store.jooq.Tables.REPEAT_JUDGEMENT;
import static org.commitmentstracker.store.jooq.Tables.STATEMENT;
import static org.commitmentstracker.store.jooq.Tables.UNIT;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.Commitment;
import org.commitmentstracker.model.CommitmentOverview;
import org.commitmentstracker.model.HistoryField;
import org.commitmentstracker.model.Sector;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.store.jooq.tables.records.CommitmentRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Tracked commitments. Every change of status, owner, deadline, next step or notes is written
 * together with its history entry, in one transaction, so history and state never disagree.
 */
public final class CommitmentRepository {
    private final DSLContext dsl;
    private final Clock clock;

    public CommitmentRepository(Database database, Clock clock) {
        this(database.dsl(), clock);
    }

    /** Over a given context: inside a transaction, every call joins it. */
    private CommitmentRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Over a transaction's context, for the store's own multi-step work (a sync). */
    static CommitmentRepository in(DSLContext ctx, Clock clock) {
        return new CommitmentRepository(ctx, clock);
    }

    /** Every commitment with its statement and owner, in statement then source order. */
    public List<CommitmentOverview> overview() {
        return overview(DSL.noCondition());
    }

    /** One commitment with its statement and owner. */
    public Optional<CommitmentOverview> overviewOf(long id) {
        return overview(COMMITMENT.ID.eq(id)).stream().findFirst();
    }

    private List<CommitmentOverview> overview(Condition condition) {
        Map<Long, List<String>> partners = StatementPartners.byStatement(dsl);
        // A workspace of 100,000 commitments holds a few hundred statements and agencies: their titles and names
        // are read once, not with every row, and shared by their rows; the rows are read one by one from the
        // result set rather than as jOOQ records (the table's memory at 100k, step 6; the first rows at start,
        // read while the JIT is cold, step 12).
        Map<Long, String> titles = dsl.select(STATEMENT.ID, STATEMENT.TITLE).from(STATEMENT)
                .fetchMap(STATEMENT.ID, STATEMENT.TITLE);
        Map<Long, Agency> owners = new HashMap<>();
        dsl.select(AGENCY.ID, AGENCY.CODE, AGENCY.NAME_VI, AGENCY.NAME_EN).from(AGENCY)
                .forEach(r -> owners.put(r.value1(), new Agency(r.value1(), r.value2(), r.value3(), r.value4())));
        Map<Long, LocalDate> statementDates = new HashMap<>();
        List<CommitmentOverview> overviews = new ArrayList<>();
        // Columns by position, in the order selected.
        try (ResultSet rows = dsl.select(COMMITMENT.ID, STATEMENT.ID, STATEMENT.STATEMENT_DATE, UNIT.REF, UNIT.TEXT,
                        COMMITMENT.SECTOR, COMMITMENT.OWNER_AGENCY_ID, COMMITMENT.STATUS, COMMITMENT.DEADLINE,
                        COMMITMENT.UPDATED_AT, STATEMENT.IS_SAMPLE)
                .from(COMMITMENT)
                .join(UNIT).on(UNIT.ID.eq(COMMITMENT.UNIT_ID))
                .join(STATEMENT).on(STATEMENT.ID.eq(UNIT.STATEMENT_ID))
                .where(condition)
                .orderBy(STATEMENT.STATEMENT_DATE.desc().nullsLast(), STATEMENT.ID, UNIT.ORDINAL)
                .fetchResultSet()) {
            while (rows.next()) {
                long statementId = rows.getLong(2);
                String statementDate = rows.getString(3);
                long ownerId = rows.getLong(7);
                Agency owner = rows.wasNull() ? null : owners.get(ownerId);
                overviews.add(new CommitmentOverview(
                        rows.getLong(1),
                        statementId,
                        titles.get(statementId),
                        partners.getOrDefault(statementId, List.of()),
                        statementDates.computeIfAbsent(statementId, id -> StoreValues.date(statementDate)),
                        rows.getString(4),
                        rows.getString(5),
                        Sector.fromCode(rows.getString(6)).orElse(null),
                        owner,
                        Status.valueOf(rows.getString(8)),
                        StoreValues.date(rows.getString(9)),
                        StoreValues.instant(rows.getString(10)),
                        rows.getInt(11) == 1));
            }
        } catch (SQLException e) {
            throw new DataAccessException("reading the commitments: " + e.getMessage(), e);
        }
        return overviews;
    }

    public int count() {
        return dsl.fetchCount(COMMITMENT);
    }

    /**
     * A few figures that move whenever anything an officer sees changes: the last history entry
     * (every change of a commitment and every progress note writes one), the last word on a repeat, the
     * statements (imported or deleted) and the agencies. Cheap (indexed maxima and two small counts), for polling.
     */
    public String changeStamp() {
        var r = dsl.select(
                        DSL.field(DSL.select(DSL.max(HISTORY.ID)).from(HISTORY)),
                        DSL.field(DSL.select(DSL.max(REPEAT_JUDGEMENT.ID)).from(REPEAT_JUDGEMENT)),
                        DSL.field(DSL.select(DSL.count()).from(STATEMENT)),
                        DSL.field(DSL.select(DSL.max(STATEMENT.ID)).from(STATEMENT)),
                        DSL.field(DSL.select(DSL.count()).from(AGENCY)))
                .fetchOne();
        return r.value1() + "/" + r.value2() + "/" + r.value3() + "/" + r.value4() + "/" + r.value5();
    }

    /**
     * Whether everything that moved the change stamp from {@code since} to {@code now} is history
     * of the given commitments written by {@code author} (a window's own saves): statements and
     * agencies unchanged, and no history entry in between about another commitment or by
     * someone else. False when the stamps cannot be read.
     */
    public boolean movedOnlyBy(String since, String now, java.util.Collection<Long> commitmentIds, String author) {
        String[] a = since.split("/", 3);
        String[] b = now.split("/", 3);
        if (a.length != 3 || b.length != 3 || !a[2].equals(b[2])) {
            return false;
        }
        // The history entries and the words on repeats written in between: all about these commitments, by the author.
        return onlyBy(a[0], b[0], HISTORY.ID, HISTORY.COMMITMENT_ID, HISTORY.AUTHOR, commitmentIds, author)
                && onlyBy(a[1], b[1], REPEAT_JUDGEMENT.ID, REPEAT_JUDGEMENT.COMMITMENT_ID, REPEAT_JUDGEMENT.JUDGED_BY,
                        commitmentIds, author);
    }

    private boolean onlyBy(String since, String now, org.jooq.TableField<?, Long> id,
                           org.jooq.TableField<?, Long> commitment, org.jooq.TableField<?, String> by,
                           java.util.Collection<Long> commitmentIds, String author) {
        if (since.equals(now)) {
            return true;
        }
        if ("null".equals(now)) {
            return false;
        }
        long from = "null".equals(since) ? 0 : Long.parseLong(since);
        return dsl.fetchCount(id.getTable(), id.gt(from).and(id.le(Long.parseLong(now)))
                .and(commitment.notIn(commitmentIds).or(by.ne(author)))) == 0;
    }

    /** For each statement: how many of its commitments are completed, and how many it has. */
    public Map<Long, int[]> progressByStatement() {
        Map<Long, int[]> progress = new java.util.HashMap<>();
        dsl.select(UNIT.STATEMENT_ID, COMMITMENT.STATUS, DSL.count())
                .from(COMMITMENT).join(UNIT).on(UNIT.ID.eq(COMMITMENT.UNIT_ID))
                .groupBy(UNIT.STATEMENT_ID, COMMITMENT.STATUS)
                .forEach(r -> {
                    int[] counts = progress.computeIfAbsent(r.value1(), k -> new int[2]);
                    if (Status.COMPLETED.name().equals(r.value2())) {
                        counts[0] += r.value3();
                    }
                    counts[1] += r.value3();
                });
        return progress;
    }

    /** The ids of a statement's commitments, by the reference of their unit. */
    public Map<String, Long> idsByRef(long statementId) {
        return dsl.select(UNIT.REF, COMMITMENT.ID).from(COMMITMENT)
                .join(UNIT).on(UNIT.ID.eq(COMMITMENT.UNIT_ID))
                .where(UNIT.STATEMENT_ID.eq(statementId))
                .fetchMap(UNIT.REF, COMMITMENT.ID);
    }

    public Optional<Commitment> find(long id) {
        List<Long> coOwners = dsl.select(COMMITMENT_CO_OWNER.AGENCY_ID).from(COMMITMENT_CO_OWNER)
                .where(COMMITMENT_CO_OWNER.COMMITMENT_ID.eq(id))
                .orderBy(COMMITMENT_CO_OWNER.AGENCY_ID)
                .fetch(COMMITMENT_CO_OWNER.AGENCY_ID);
        return dsl.selectFrom(COMMITMENT).where(COMMITMENT.ID.eq(id))
                .fetchOptional(r -> toCommitment(r, coOwners));
    }

    // Each change below is compared-and-set: "From" ones are written only while the field still
    // holds the value the caller saw (else FieldChangedException, nothing written); the others
    // set the value whatever is there, yet record in the history the value they replaced.

    public void changeStatus(long id, Status status, String author, String comment) {
        change(id, HistoryField.STATUS, COMMITMENT.STATUS, status.name(), author, comment);
    }

    /** Sets the status if it is still {@code seen}; else throws {@link FieldChangedException}. */
    public boolean changeStatusFrom(long id, Status seen, Status status, String author, String comment) {
        return compareAndSet(id, HistoryField.STATUS, COMMITMENT.STATUS, seen == null ? null : seen.name(), status.name(),
                author, comment);
    }

    public void changeOwner(long id, Long agencyId, String author, String comment) {
        change(id, HistoryField.OWNER, COMMITMENT.OWNER_AGENCY_ID, agencyId, author, comment);
    }

    public boolean changeOwnerFrom(long id, Long seen, Long agencyId, String author, String comment) {
        return compareAndSet(id, HistoryField.OWNER, COMMITMENT.OWNER_AGENCY_ID, seen, agencyId, author, comment);
    }

    public void changeDeadline(long id, LocalDate deadline, String author, String comment) {
        change(id, HistoryField.DEADLINE, COMMITMENT.DEADLINE, StoreValues.date(deadline), author, comment);
    }

    public boolean changeDeadlineFrom(long id, LocalDate seen, LocalDate deadline, String author, String comment) {
        return compareAndSet(id, HistoryField.DEADLINE, COMMITMENT.DEADLINE, StoreValues.date(seen),
                StoreValues.date(deadline), author, comment);
    }

    /** Moves the commitment to another sector of cooperation and records the change. */
    public void changeSector(long id, Sector sector, String author) {
        change(id, HistoryField.SECTOR, COMMITMENT.SECTOR, sector == null ? null : sector.code(), author, null);
    }

    public boolean changeSectorFrom(long id, Sector seen, Sector sector, String author) {
        return compareAndSet(id, HistoryField.SECTOR, COMMITMENT.SECTOR, seen == null ? null : seen.code(),
                sector == null ? null : sector.code(), author, null);
    }

    public void changeNextStep(long id, String nextStep, String author) {
        change(id, HistoryField.NEXT_STEP, COMMITMENT.NEXT_STEP, nextStep, author, null);
    }

    public boolean changeNextStepFrom(long id, String seen, String nextStep, String author) {
        return compareAndSet(id, HistoryField.NEXT_STEP, COMMITMENT.NEXT_STEP, seen, nextStep, author, null);
    }

    public void changeNotes(long id, String notes, String author) {
        change(id, HistoryField.NOTES, COMMITMENT.NOTES, notes, author, null);
    }

    public boolean changeNotesFrom(long id, String seen, String notes, String author) {
        return compareAndSet(id, HistoryField.NOTES, COMMITMENT.NOTES, seen, notes, author, null);
    }

    /** Replaces the co-owners (agencies that help the owner) and records the change. */
    public void changeCoOwners(long id, List<Long> agencyIds, String author) {
        changeCoOwnersFrom(id, null, agencyIds, author);
    }

    /**
     * Replaces the co-owners if they are still {@code seen} (null: whatever they are) and records
     * the change; else throws {@link FieldChangedException}.
     */
    public void changeCoOwnersFrom(long id, List<Long> seen, List<Long> agencyIds, String author) {
        dsl.transaction(tx -> {
            DSLContext ctx = tx.dsl();
            // Takes the commitment's row lock (PostgreSQL) without changing it: two officers' co-owner changes queue.
            if (ctx.update(COMMITMENT).set(COMMITMENT.UPDATED_AT, COMMITMENT.UPDATED_AT)
                    .where(COMMITMENT.ID.eq(id)).execute() == 0) {
                throw unknown(id);
            }
            List<Long> old = ctx.select(COMMITMENT_CO_OWNER.AGENCY_ID).from(COMMITMENT_CO_OWNER)
                    .where(COMMITMENT_CO_OWNER.COMMITMENT_ID.eq(id)).orderBy(COMMITMENT_CO_OWNER.AGENCY_ID)
                    .fetch(COMMITMENT_CO_OWNER.AGENCY_ID);
            List<Long> wanted = agencyIds.stream().distinct().sorted().toList();
            if (old.equals(wanted)) {
                return;
            }
            if (seen != null && !old.equals(seen.stream().distinct().sorted().toList())) {
                throw clash(ctx, id, HistoryField.CO_OWNERS, ids(seen.stream().distinct().sorted().toList()),
                        ids(wanted), ids(old));
            }
            ctx.deleteFrom(COMMITMENT_CO_OWNER).where(COMMITMENT_CO_OWNER.COMMITMENT_ID.eq(id)).execute();
            for (long agency : wanted) {
                ctx.insertInto(COMMITMENT_CO_OWNER, COMMITMENT_CO_OWNER.COMMITMENT_ID, COMMITMENT_CO_OWNER.AGENCY_ID)
                        .values(id, agency).execute();
            }
            String now = StoreValues.instant(clock.instant());
            ctx.update(COMMITMENT).set(COMMITMENT.UPDATED_AT, now).where(COMMITMENT.ID.eq(id)).execute();
            appendHistory(ctx, id, now, author, HistoryField.CO_OWNERS, ids(old), ids(wanted), null);
        });
    }

    private static String ids(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
    }

    /**
     * Sets status, owner and/or deadline (null = leave as is) on many commitments in one
     * transaction: all of them change, each with its history entries, or none does.
     *
     * @param ownerAgencyId the new owner, or null to leave owners as they are
     */
    public void changeMany(List<Long> ids, Status status, Long ownerAgencyId, LocalDate deadline, String author) {
        dsl.transaction(tx -> {
            CommitmentRepository inTransaction = new CommitmentRepository(tx.dsl(), clock);
            for (long id : ids) {
                inTransaction.edit(id, status, ownerAgencyId, deadline, null, author);
            }
        });
    }

    /**
     * Sets status, owner and/or deadline (null = leave as is) of one commitment and adds a
     * progress note (null = none), in one transaction, each change with its history entry.
     */
    public void edit(long id, Status status, Long ownerAgencyId, LocalDate deadline, String note, String author) {
        edit(id, null, status, ownerAgencyId, deadline, note, author);
    }

    /**
     * As {@link #edit(long, Status, Long, LocalDate, String, String)}, each field changed only if
     * it still holds what {@code seen} has (null: whatever it holds); else nothing is written and
     * {@link FieldChangedException} names the first field that changed.
     */
    public void edit(long id, Commitment seen, Status status, Long ownerAgencyId, LocalDate deadline, String note,
                     String author) {
        dsl.transaction(tx -> {
            CommitmentRepository inTransaction = new CommitmentRepository(tx.dsl(), clock);
            if (status != null) {
                if (seen == null) {
                    inTransaction.changeStatus(id, status, author, null);
                } else {
                    inTransaction.changeStatusFrom(id, seen.status(), status, author, null);
                }
            }
            if (ownerAgencyId != null) {
                if (seen == null) {
                    inTransaction.changeOwner(id, ownerAgencyId, author, null);
                } else {
                    inTransaction.changeOwnerFrom(id, seen.ownerAgencyId(), ownerAgencyId, author, null);
                }
            }
            if (deadline != null) {
                if (seen == null) {
                    inTransaction.changeDeadline(id, deadline, author, null);
                } else {
                    inTransaction.changeDeadlineFrom(id, seen.deadline(), deadline, author, null);
                }
            }
            if (note != null) {
                inTransaction.addProgress(id, note, author, null, null);
            }
        });
    }

    /**
     * Applies the accepted rows of an update form in one transaction, each change with its
     * history entry signed by {@code author}: all of them land, or none.
     */
    public void applyFormUpdates(List<org.commitmentstracker.model.FormUpdate> updates, String author) {
        dsl.transaction(tx -> {
            CommitmentRepository inTransaction = new CommitmentRepository(tx.dsl(), clock);
            for (var update : updates) {
                if (update.status() != null) {
                    inTransaction.changeStatus(update.commitmentId(), update.status(), author, null);
                }
                if (update.deadline() != null) {
                    inTransaction.changeDeadline(update.commitmentId(), update.deadline(), author, null);
                }
                if (update.note() != null) {
                    inTransaction.addProgress(update.commitmentId(), update.note(), author, update.evidenceLink(), null);
                }
            }
        });
    }

    /** Whether the commitment's log already holds this progress note by this author (a form imported twice). */
    public boolean hasProgressNote(long id, String note, String author) {
        return dsl.fetchExists(HISTORY, HISTORY.COMMITMENT_ID.eq(id).and(HISTORY.FIELD.eq(HistoryField.PROGRESS.name()))
                .and(HISTORY.COMMENT.eq(note)).and(HISTORY.AUTHOR.eq(author)));
    }

    /** Adds a dated progress note to the commitment's log. */
    public void addProgress(long id, String note, String author) {
        addProgress(id, note, author, null, null);
    }

    /**
     * Adds a dated progress note with its evidence to the commitment's log.
     *
     * @param evidenceLink a link to the evidence, or null
     * @param attachment   a file already copied into the data folder (see {@link Attachments}), or null
     */
    public void addProgress(long id, String note, String author, String evidenceLink, String attachment) {
        dsl.transaction(tx -> {
            DSLContext ctx = tx.dsl();
            String now = StoreValues.instant(clock.instant());
            requireExists(ctx, id);
            // History is append-only: the evidence goes in with the note, never added later.
            ctx.insertInto(HISTORY)
                    .set(HISTORY.CHANGE_UUID, newChangeId())
                    .set(HISTORY.COMMITMENT_ID, id)
                    .set(HISTORY.CHANGED_AT, now)
                    .set(HISTORY.AUTHOR, author)
                    .set(HISTORY.FIELD, HistoryField.PROGRESS.name())
                    .set(HISTORY.COMMENT, note)
                    .set(HISTORY.EVIDENCE_LINK, evidenceLink)
                    .set(HISTORY.ATTACHMENT, attachment)
                    .execute();
            ctx.update(COMMITMENT).set(COMMITMENT.UPDATED_AT, now).where(COMMITMENT.ID.eq(id)).execute();
        });
    }

    /**
     * Sets one column, whatever it holds, and records the change with the value it replaced;
     * does nothing when the value is unchanged. Read, then compared-and-set: a change made in
     * between by another connection is read again, never recorded with a stale old value.
     */
    private <T> void change(long id, HistoryField field, Field<T> column, T value, String author, String comment) {
        for (int attempt = 1; ; attempt++) {
            T current = dsl.select(column).from(COMMITMENT).where(COMMITMENT.ID.eq(id))
                    .fetchOptional().orElseThrow(() -> unknown(id)).value1();
            try {
                compareAndSet(id, field, column, current, value, author, comment);
                return;
            } catch (FieldChangedException changedMeanwhile) {
                if (attempt == 20) {
                    throw changedMeanwhile;
                }
            }
        }
    }

    /**
     * Sets one column if it still holds {@code seen}, with its history entry, in one transaction;
     * does nothing (and returns false) when it holds {@code value} already. One UPDATE ... WHERE column IS NOT
     * DISTINCT FROM seen: on PostgreSQL a concurrent writer waits for the row and then finds it
     * changed, so no change is ever lost.
     *
     * @throws FieldChangedException when the column holds something else; nothing written
     */
    private <T> boolean compareAndSet(long id, HistoryField field, Field<T> column, T seen, T value, String author,
                                      String comment) {
        if (Objects.equals(seen, value)) {
            return false;
        }
        return dsl.transactionResult(tx -> {
            DSLContext ctx = tx.dsl();
            String now = StoreValues.instant(clock.instant());
            // Loops only when the field went away from seen and back to it between the update and the read.
            while (true) {
                if (ctx.update(COMMITMENT)
                        .set(column, value)
                        .set(COMMITMENT.UPDATED_AT, now)
                        .where(COMMITMENT.ID.eq(id).and(column.isNotDistinctFrom(seen)))
                        .execute() == 1) {
                    appendHistory(ctx, id, now, author, field, text(seen), text(value), comment);
                    return true;
                }
                T current = ctx.select(column).from(COMMITMENT).where(COMMITMENT.ID.eq(id))
                        .fetchOptional().orElseThrow(() -> unknown(id)).value1();
                if (Objects.equals(current, value)) {
                    return false;
                }
                if (!Objects.equals(current, seen)) {
                    throw clash(ctx, id, field, text(seen), text(value), text(current));
                }
            }
        });
    }

    /** The refusal of a change whose field changed since it was read, naming who changed it last and when. */
    private static FieldChangedException clash(DSLContext ctx, long id, HistoryField field, String seen, String wanted,
                                               String current) {
        var last = ctx.select(HISTORY.AUTHOR, HISTORY.CHANGED_AT).from(HISTORY)
                .where(HISTORY.COMMITMENT_ID.eq(id).and(HISTORY.FIELD.eq(field.name())))
                .orderBy(HISTORY.ID.desc()).limit(1).fetchOptional();
        return new FieldChangedException(id, field, seen, wanted, current,
                last.map(r -> r.value1()).orElse(null),
                last.map(r -> StoreValues.instant(r.value2())).orElse(null));
    }

    private static IllegalArgumentException unknown(long id) {
        return new IllegalArgumentException("No commitment with id " + id);
    }

    private static void requireExists(DSLContext ctx, long id) {
        if (!ctx.fetchExists(COMMITMENT, COMMITMENT.ID.eq(id))) {
            throw unknown(id);
        }
    }

    private static void appendHistory(DSLContext ctx, long id, String at, String author, HistoryField field,
                                      String oldValue, String newValue, String comment) {
        ctx.insertInto(HISTORY)
                .set(HISTORY.CHANGE_UUID, newChangeId())
                .set(HISTORY.COMMITMENT_ID, id)
                .set(HISTORY.CHANGED_AT, at)
                .set(HISTORY.AUTHOR, author)
                .set(HISTORY.FIELD, field.name())
                .set(HISTORY.OLD_VALUE, oldValue)
                .set(HISTORY.NEW_VALUE, newValue)
                .set(HISTORY.COMMENT, comment)
                .execute();
    }

    /** A new change's id: the same on the server and in every offline copy (see {@link OfflineSync}). */
    private static String newChangeId() {
        return java.util.UUID.randomUUID().toString();
    }

    /** Whether history holds the change with this id. */
    boolean hasChange(String changeId) {
        return dsl.fetchExists(HISTORY, HISTORY.CHANGE_UUID.eq(changeId));
    }

    /**
     * The field's value as history writes it (a status code, an agency id, an ISO date, text, co-owner
     * ids joined by commas); empty when there is no such commitment.
     */
    Optional<String> valueOf(long id, HistoryField field) {
        if (!dsl.fetchExists(COMMITMENT, COMMITMENT.ID.eq(id))) {
            return Optional.empty();
        }
        if (field == HistoryField.CO_OWNERS) {
            return Optional.of(ids(dsl.select(COMMITMENT_CO_OWNER.AGENCY_ID).from(COMMITMENT_CO_OWNER)
                    .where(COMMITMENT_CO_OWNER.COMMITMENT_ID.eq(id)).orderBy(COMMITMENT_CO_OWNER.AGENCY_ID)
                    .fetch(COMMITMENT_CO_OWNER.AGENCY_ID)));
        }
        Field<?> column = column(field);
        return Optional.of(Optional.ofNullable(text(dsl.select(column).from(COMMITMENT).where(COMMITMENT.ID.eq(id))
                .fetchOne(column))).orElse(NONE));
    }

    /** What {@link #valueOf} gives for an empty field, so that "no commitment" and "no value" differ. */
    static final String NONE = "";

    /**
     * Writes a change made elsewhere (on the server, or in an offline copy) as it was made: its change id,
     * time, author and values. With {@code setValue} the field takes {@code value}; without, it is left as
     * it is (a conflict keeps this copy's value). Progress entries only add to the log.
     */
    void record(ChangeRow row, boolean setValue, String value) {
        if (setValue && row.field() != HistoryField.PROGRESS) {
            setValue(row.commitmentId(), row.field(), value);
        }
        dsl.insertInto(HISTORY)
                .set(HISTORY.CHANGE_UUID, row.changeId())
                .set(HISTORY.COMMITMENT_ID, row.commitmentId())
                .set(HISTORY.CHANGED_AT, row.changedAt())
                .set(HISTORY.AUTHOR, row.author())
                .set(HISTORY.FIELD, row.field().name())
                .set(HISTORY.OLD_VALUE, row.oldValue())
                .set(HISTORY.NEW_VALUE, row.newValue())
                .set(HISTORY.COMMENT, row.comment())
                .set(HISTORY.EVIDENCE_LINK, row.evidenceLink())
                .set(HISTORY.ATTACHMENT, row.attachment())
                .execute();
    }

    /**
     * Settles a field by the officer's choice in a conflict: the field takes {@code value} and history
     * records the change from {@code from} (the value it replaces in the officer's view), with a new change id.
     *
     * @return the new change's id
     */
    String settle(long id, HistoryField field, String from, String value, String author) {
        String changeId = newChangeId();
        record(new ChangeRow(changeId, id, StoreValues.instant(clock.instant()), author, field, from, value, null,
                null, null), true, value);
        return changeId;
    }

    /** Sets the field to a value the server holds, without history: the change that made it is in history already. */
    void adopt(long id, HistoryField field, String value) {
        if (!Objects.equals(valueOf(id, field).orElse(NONE), value == null ? NONE : value)) {
            setValue(id, field, value);
        }
    }

    /** Sets the field from its value as history writes it, without history (the caller writes it). */
    private void setValue(long id, HistoryField field, String value) {
        String now = StoreValues.instant(clock.instant());
        if (field == HistoryField.CO_OWNERS) {
            dsl.deleteFrom(COMMITMENT_CO_OWNER).where(COMMITMENT_CO_OWNER.COMMITMENT_ID.eq(id)).execute();
            if (value != null && !value.isBlank()) {
                for (String agency : value.split(",")) {
                    dsl.insertInto(COMMITMENT_CO_OWNER, COMMITMENT_CO_OWNER.COMMITMENT_ID, COMMITMENT_CO_OWNER.AGENCY_ID)
                            .values(id, Long.parseLong(agency.trim())).execute();
                }
            }
        } else if (field == HistoryField.OWNER) {
            dsl.update(COMMITMENT).set(COMMITMENT.OWNER_AGENCY_ID, value == null || value.isEmpty() ? null
                    : Long.valueOf(value)).where(COMMITMENT.ID.eq(id)).execute();
        } else {
            @SuppressWarnings("unchecked")
            Field<String> column = (Field<String>) column(field);
            String stored = value == null || value.isEmpty() ? null : value;
            if (field == HistoryField.STATUS && stored == null) {
                return;
            }
            dsl.update(COMMITMENT).set(column, stored).where(COMMITMENT.ID.eq(id)).execute();
        }
        dsl.update(COMMITMENT).set(COMMITMENT.UPDATED_AT, now).where(COMMITMENT.ID.eq(id)).execute();
    }

    private static Field<?> column(HistoryField field) {
        return switch (field) {
            case STATUS -> COMMITMENT.STATUS;
            case OWNER -> COMMITMENT.OWNER_AGENCY_ID;
            case DEADLINE -> COMMITMENT.DEADLINE;
            case NOTES -> COMMITMENT.NOTES;
            case NEXT_STEP -> COMMITMENT.NEXT_STEP;
            case SECTOR -> COMMITMENT.SECTOR;
            case CO_OWNERS, PROGRESS -> throw new IllegalArgumentException(field + " is not one column");
        };
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static Commitment toCommitment(CommitmentRecord r, List<Long> coOwners) {
        return new Commitment(r.getId(), r.getUnitId(), Sector.fromCode(r.getSector()).orElse(null),
                r.getOwnerAgencyId(), coOwners, Status.valueOf(r.getStatus()), StoreValues.date(r.getDeadline()),
                r.getActor(), r.getTarget(), r.getNextStep(), r.getNotes(),
                StoreValues.instant(r.getCreatedAt()), StoreValues.instant(r.getUpdatedAt()));
    }
}
