package org.commitmentstracker.store;

import static org.commitmentstracker.store.jooq.Tables.AGENCY;
import static org.commitmentstracker.store.jooq.Tables.COMMITMENT;
import static org.commitmentstracker.store.jooq.Tables.COMMITMENT_CO_OWNER;
import static org.commitmentstracker.store.jooq.Tables.HISTORY;
import static org.commitmentstracker.store.jooq.Tables.STATEMENT;
import static org.commitmentstracker.store.jooq.Tables.UNIT;

import java.time.Clock;
import java.time.LocalDate;
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
        // A workspace of 100,000 commitments holds a few hundred statements and agencies: each
        // title and agency is made once and shared by its rows, and the rows are read one by
        // one rather than as a whole result first (the table's memory at 100k, step 6).
        Map<Long, String> titles = new HashMap<>();
        Map<Long, Agency> owners = new HashMap<>();
        try (var rows = dsl.select(COMMITMENT.ID, STATEMENT.ID, STATEMENT.TITLE,
                        STATEMENT.STATEMENT_DATE, UNIT.REF, UNIT.TEXT, COMMITMENT.SECTOR, AGENCY.ID, AGENCY.CODE,
                        AGENCY.NAME_VI, AGENCY.NAME_EN, COMMITMENT.STATUS, COMMITMENT.DEADLINE, COMMITMENT.UPDATED_AT,
                        STATEMENT.IS_SAMPLE)
                .from(COMMITMENT)
                .join(UNIT).on(UNIT.ID.eq(COMMITMENT.UNIT_ID))
                .join(STATEMENT).on(STATEMENT.ID.eq(UNIT.STATEMENT_ID))
                .leftJoin(AGENCY).on(AGENCY.ID.eq(COMMITMENT.OWNER_AGENCY_ID))
                .where(condition)
                .orderBy(STATEMENT.STATEMENT_DATE.desc().nullsLast(), STATEMENT.ID, UNIT.ORDINAL)
                .stream()) {
            return rows.map(r -> new CommitmentOverview(
                        r.get(COMMITMENT.ID),
                        r.get(STATEMENT.ID),
                        titles.computeIfAbsent(r.get(STATEMENT.ID), id -> r.get(STATEMENT.TITLE)),
                        partners.getOrDefault(r.get(STATEMENT.ID), List.of()),
                        StoreValues.date(r.get(STATEMENT.STATEMENT_DATE)),
                        r.get(UNIT.REF),
                        r.get(UNIT.TEXT),
                        Sector.fromCode(r.get(COMMITMENT.SECTOR)).orElse(null),
                        r.get(AGENCY.ID) == null ? null : owners.computeIfAbsent(r.get(AGENCY.ID),
                                id -> new Agency(id, r.get(AGENCY.CODE), r.get(AGENCY.NAME_VI), r.get(AGENCY.NAME_EN))),
                        Status.valueOf(r.get(COMMITMENT.STATUS)),
                        StoreValues.date(r.get(COMMITMENT.DEADLINE)),
                        StoreValues.instant(r.get(COMMITMENT.UPDATED_AT)),
                        r.get(STATEMENT.IS_SAMPLE) == 1))
                    .toList();
        }
    }

    public int count() {
        return dsl.fetchCount(COMMITMENT);
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

    public void changeStatus(long id, Status status, String author, String comment) {
        change(id, HistoryField.STATUS, COMMITMENT.STATUS, status.name(), author, comment);
    }

    public void changeOwner(long id, Long agencyId, String author, String comment) {
        change(id, HistoryField.OWNER, COMMITMENT.OWNER_AGENCY_ID, agencyId, author, comment);
    }

    public void changeDeadline(long id, LocalDate deadline, String author, String comment) {
        change(id, HistoryField.DEADLINE, COMMITMENT.DEADLINE, StoreValues.date(deadline), author, comment);
    }

    /** Moves the commitment to another sector of cooperation and records the change. */
    public void changeSector(long id, Sector sector, String author) {
        change(id, HistoryField.SECTOR, COMMITMENT.SECTOR, sector == null ? null : sector.code(), author, null);
    }

    public void changeNextStep(long id, String nextStep, String author) {
        change(id, HistoryField.NEXT_STEP, COMMITMENT.NEXT_STEP, nextStep, author, null);
    }

    public void changeNotes(long id, String notes, String author) {
        change(id, HistoryField.NOTES, COMMITMENT.NOTES, notes, author, null);
    }

    /** Replaces the co-owners (agencies that help the owner) and records the change. */
    public void changeCoOwners(long id, List<Long> agencyIds, String author) {
        dsl.transaction(tx -> {
            DSLContext ctx = tx.dsl();
            requireExists(ctx, id);
            List<Long> old = ctx.select(COMMITMENT_CO_OWNER.AGENCY_ID).from(COMMITMENT_CO_OWNER)
                    .where(COMMITMENT_CO_OWNER.COMMITMENT_ID.eq(id)).orderBy(COMMITMENT_CO_OWNER.AGENCY_ID)
                    .fetch(COMMITMENT_CO_OWNER.AGENCY_ID);
            List<Long> wanted = agencyIds.stream().distinct().sorted().toList();
            if (old.equals(wanted)) {
                return;
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
        dsl.transaction(tx -> {
            CommitmentRepository inTransaction = new CommitmentRepository(tx.dsl(), clock);
            if (status != null) {
                inTransaction.changeStatus(id, status, author, null);
            }
            if (ownerAgencyId != null) {
                inTransaction.changeOwner(id, ownerAgencyId, author, null);
            }
            if (deadline != null) {
                inTransaction.changeDeadline(id, deadline, author, null);
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

    /** Sets one column and records the change; does nothing when the value is unchanged. */
    private <T> void change(long id, HistoryField field, Field<T> column, T value, String author, String comment) {
        dsl.transaction(tx -> {
            DSLContext ctx = tx.dsl();
            requireExists(ctx, id);
            T old = ctx.select(column).from(COMMITMENT).where(COMMITMENT.ID.eq(id)).fetchOne(column);
            if (Objects.equals(old, value)) {
                return;
            }
            String now = StoreValues.instant(clock.instant());
            ctx.update(COMMITMENT)
                    .set(column, value)
                    .set(COMMITMENT.UPDATED_AT, now)
                    .where(COMMITMENT.ID.eq(id))
                    .execute();
            appendHistory(ctx, id, now, author, field, text(old), text(value), comment);
        });
    }

    private static void requireExists(DSLContext ctx, long id) {
        if (!ctx.fetchExists(COMMITMENT, COMMITMENT.ID.eq(id))) {
            throw new IllegalArgumentException("No commitment with id " + id);
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
