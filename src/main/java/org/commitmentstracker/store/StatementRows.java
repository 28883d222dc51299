package org.commitmentstracker.store;

import static org.commitmentstracker.store.jooq.Tables.COMMITMENT;
import static org.commitmentstracker.store.jooq.Tables.COMMITMENT_CO_OWNER;
import static org.commitmentstracker.store.jooq.Tables.HISTORY;
import static org.commitmentstracker.store.jooq.Tables.STATEMENT;
import static org.commitmentstracker.store.jooq.Tables.STATEMENT_PARTNER;
import static org.commitmentstracker.store.jooq.Tables.UNIT;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commitmentstracker.store.jooq.tables.records.CommitmentCoOwnerRecord;
import org.commitmentstracker.store.jooq.tables.records.CommitmentRecord;
import org.commitmentstracker.store.jooq.tables.records.HistoryRecord;
import org.commitmentstracker.store.jooq.tables.records.StatementPartnerRecord;
import org.commitmentstracker.store.jooq.tables.records.StatementRecord;
import org.commitmentstracker.store.jooq.tables.records.UnitRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;

/**
 * Statements with everything of them (partners, units, commitments, co-owners, history), read from
 * one store and written into another with the same ids: how a checkout, a publish and a sync move
 * whole statements between a server and an offline copy, on either database.
 */
final class StatementRows {
    final List<StatementRecord> statements;
    final List<StatementPartnerRecord> partners;
    final List<UnitRecord> units;
    final List<CommitmentRecord> commitments;
    final List<CommitmentCoOwnerRecord> coOwners;
    final List<HistoryRecord> history;

    private StatementRows(List<StatementRecord> statements, List<StatementPartnerRecord> partners,
                          List<UnitRecord> units, List<CommitmentRecord> commitments,
                          List<CommitmentCoOwnerRecord> coOwners, List<HistoryRecord> history) {
        this.statements = statements;
        this.partners = partners;
        this.units = units;
        this.commitments = commitments;
        this.coOwners = coOwners;
        this.history = history;
    }

    /** The statements that meet {@code condition} (on STATEMENT), with everything of them. */
    static StatementRows read(DSLContext ctx, Condition condition) {
        Select<Record1<Long>> statementIds = DSL.select(STATEMENT.ID).from(STATEMENT).where(condition);
        Select<Record1<Long>> unitIds = DSL.select(UNIT.ID).from(UNIT).where(UNIT.STATEMENT_ID.in(statementIds));
        Select<Record1<Long>> commitmentIds = DSL.select(COMMITMENT.ID).from(COMMITMENT)
                .where(COMMITMENT.UNIT_ID.in(unitIds));
        return new StatementRows(
                ctx.selectFrom(STATEMENT).where(condition).orderBy(STATEMENT.ID).fetch(),
                ctx.selectFrom(STATEMENT_PARTNER).where(STATEMENT_PARTNER.STATEMENT_ID.in(statementIds)).fetch(),
                ctx.selectFrom(UNIT).where(UNIT.STATEMENT_ID.in(statementIds)).orderBy(UNIT.ID).fetch(),
                ctx.selectFrom(COMMITMENT).where(COMMITMENT.UNIT_ID.in(unitIds)).orderBy(COMMITMENT.ID).fetch(),
                ctx.selectFrom(COMMITMENT_CO_OWNER).where(COMMITMENT_CO_OWNER.COMMITMENT_ID.in(commitmentIds)).fetch(),
                ctx.selectFrom(HISTORY).where(HISTORY.COMMITMENT_ID.in(commitmentIds)).orderBy(HISTORY.ID).fetch());
    }

    /**
     * Writes every row, ids and change ids included, into {@code ctx} (in that order, for the keys).
     *
     * @param keepHistoryIds false when history rows take the ids {@code ctx}'s store gives: an offline copy's
     *                       history ids part from the server's once both write; a change is known by its change id
     */
    void insertInto(DSLContext ctx, boolean keepHistoryIds) {
        insertInto(ctx, keepHistoryIds, id -> id);
    }

    /**
     * As {@link #insertInto(DSLContext, boolean)}, with the agencies (owners, co-owners, and their values in
     * history) numbered as {@code ctx}'s store numbers them.
     */
    void insertInto(DSLContext ctx, boolean keepHistoryIds, java.util.function.LongUnaryOperator agency) {
        inAgencies(agency);
        insert(ctx, statements);
        insert(ctx, partners);
        insert(ctx, units);
        insert(ctx, commitments);
        insert(ctx, coOwners);
        if (keepHistoryIds) {
            insert(ctx, history);
        } else {
            insertWithNewIds(ctx, history);
        }
    }

    /** Inserts history rows under ids the store gives, change ids kept. */
    static void insertWithNewIds(DSLContext ctx, List<HistoryRecord> rows) {
        for (HistoryRecord row : rows) {
            HistoryRecord copy = row.copy();
            copy.changed(true);
            copy.changed(HISTORY.ID, false);
            ctx.insertInto(HISTORY).set(copy).execute();
        }
    }

    /** Renumbers the agencies these rows name (owners, co-owners, owner and co-owner values in history). */
    private void inAgencies(java.util.function.LongUnaryOperator agency) {
        for (CommitmentRecord commitment : commitments) {
            if (commitment.getOwnerAgencyId() != null) {
                commitment.setOwnerAgencyId(agency.applyAsLong(commitment.getOwnerAgencyId()));
            }
        }
        coOwners.forEach(c -> c.setAgencyId(agency.applyAsLong(c.getAgencyId())));
        for (HistoryRecord row : history) {
            if ("OWNER".equals(row.getField()) || "CO_OWNERS".equals(row.getField())) {
                row.setOldValue(agencyList(row.getOldValue(), agency));
                row.setNewValue(agencyList(row.getNewValue(), agency));
            }
        }
    }

    private static String agencyList(String value, java.util.function.LongUnaryOperator agency) {
        if (value == null || value.isBlank()) {
            return value;
        }
        return java.util.Arrays.stream(value.split(",")).map(id -> agency.applyAsLong(Long.parseLong(id.trim())))
                .sorted().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
    }

    /** Every id of these statements' rows: statements, units, commitments. */
    java.util.Set<Long> statementIds() {
        return statements.stream().map(StatementRecord::getId).collect(java.util.stream.Collectors.toSet());
    }

    java.util.Set<Long> unitIds() {
        return units.stream().map(UnitRecord::getId).collect(java.util.stream.Collectors.toSet());
    }

    java.util.Set<Long> commitmentIds() {
        return commitments.stream().map(CommitmentRecord::getId).collect(java.util.stream.Collectors.toSet());
    }

    /**
     * Gives the rows new ids from the given first ones on (one statement), keeping what refers to what; gives each
     * commitment's new id by its old.
     */
    Map<Long, Long> renumber(long statementId, long firstUnitId, long firstCommitmentId) {
        Map<Long, Long> unitIds = new HashMap<>();
        Map<Long, Long> commitmentIds = new HashMap<>();
        long nextUnit = firstUnitId;
        for (UnitRecord unit : units) {
            unitIds.put(unit.getId(), nextUnit);
            unit.setId(nextUnit++);
            unit.setStatementId(statementId);
        }
        long nextCommitment = firstCommitmentId;
        for (CommitmentRecord commitment : commitments) {
            commitmentIds.put(commitment.getId(), nextCommitment);
            commitment.setId(nextCommitment++);
            commitment.setUnitId(unitIds.get(commitment.getUnitId()));
        }
        statements.forEach(s -> s.setId(statementId));
        partners.forEach(p -> p.setStatementId(statementId));
        coOwners.forEach(c -> c.setCommitmentId(commitmentIds.get(c.getCommitmentId())));
        history.forEach(h -> h.setCommitmentId(commitmentIds.get(h.getCommitmentId())));
        return commitmentIds;
    }

    /** Inserts the rows as they are, their ids included. */
    static <R extends TableRecord<R>> void insert(DSLContext ctx, List<R> rows) {
        if (rows.isEmpty()) {
            return;
        }
        for (R row : rows) {
            row.changed(true);
        }
        ctx.batchInsert(rows).execute();
    }

    /**
     * Removes one statement and everything of it, without a line in the deletion log: it is not deleted,
     * only moving to other ids.
     */
    static void delete(DSLContext ctx, long statementId) {
        Select<Record1<Long>> unitIds = DSL.select(UNIT.ID).from(UNIT).where(UNIT.STATEMENT_ID.eq(statementId));
        Select<Record1<Long>> commitmentIds = DSL.select(COMMITMENT.ID).from(COMMITMENT)
                .where(COMMITMENT.UNIT_ID.in(unitIds));
        ctx.deleteFrom(org.commitmentstracker.store.jooq.Tables.SYNC_CONFLICT)
                .where(org.commitmentstracker.store.jooq.Tables.SYNC_CONFLICT.COMMITMENT_ID.in(commitmentIds)).execute();
        ctx.deleteFrom(HISTORY).where(HISTORY.COMMITMENT_ID.in(commitmentIds)).execute();
        ctx.deleteFrom(COMMITMENT_CO_OWNER).where(COMMITMENT_CO_OWNER.COMMITMENT_ID.in(commitmentIds)).execute();
        ctx.deleteFrom(COMMITMENT).where(COMMITMENT.UNIT_ID.in(unitIds)).execute();
        ctx.deleteFrom(UNIT).where(UNIT.STATEMENT_ID.eq(statementId)).execute();
        ctx.deleteFrom(STATEMENT_PARTNER).where(STATEMENT_PARTNER.STATEMENT_ID.eq(statementId)).execute();
        ctx.deleteFrom(STATEMENT).where(STATEMENT.ID.eq(statementId)).execute();
    }

    /**
     * Writes one statement (the only one read) into {@code ctx} under ids the database gives, and returns
     * them: how a statement imported offline reaches the server. Its history goes with it, change ids kept.
     */
    Ids insertWithNewIds(DSLContext ctx, java.util.function.LongUnaryOperator agency) {
        inAgencies(agency);
        StatementRecord statement = statements.get(0).copy();
        statement.changed(true);
        statement.changed(STATEMENT.ID, false);
        long statementId = ctx.insertInto(STATEMENT).set(statement).returning(STATEMENT.ID).fetchOne().getId();
        for (StatementPartnerRecord partner : partners) {
            StatementPartnerRecord copy = partner.copy();
            copy.setStatementId(statementId);
            copy.setPosition(partner.getPosition());
            copy.changed(true);
            ctx.insertInto(STATEMENT_PARTNER).set(copy).execute();
        }
        Map<Long, Long> unitIds = new HashMap<>();
        for (UnitRecord unit : units) {
            UnitRecord copy = unit.copy();
            copy.setStatementId(statementId);
            copy.changed(true);
            copy.changed(UNIT.ID, false);
            unitIds.put(unit.getId(), ctx.insertInto(UNIT).set(copy).returning(UNIT.ID).fetchOne().getId());
        }
        Map<Long, Long> commitmentIds = new HashMap<>();
        for (CommitmentRecord commitment : commitments) {
            CommitmentRecord copy = commitment.copy();
            copy.setUnitId(unitIds.get(commitment.getUnitId()));
            copy.changed(true);
            copy.changed(COMMITMENT.ID, false);
            commitmentIds.put(commitment.getId(),
                    ctx.insertInto(COMMITMENT).set(copy).returning(COMMITMENT.ID).fetchOne().getId());
        }
        for (CommitmentCoOwnerRecord coOwner : coOwners) {
            ctx.insertInto(COMMITMENT_CO_OWNER, COMMITMENT_CO_OWNER.COMMITMENT_ID, COMMITMENT_CO_OWNER.AGENCY_ID)
                    .values(commitmentIds.get(coOwner.getCommitmentId()), coOwner.getAgencyId()).execute();
        }
        insertWithNewIds(ctx, history.stream().map(h -> {
            HistoryRecord copy = h.copy();
            copy.setCommitmentId(commitmentIds.get(h.getCommitmentId()));
            return copy;
        }).toList());
        return new Ids(statementId, unitIds, commitmentIds);
    }

    /** A statement's ids in another store: the statement's, and its units' and commitments' by their old ids. */
    record Ids(long statementId, Map<Long, Long> units, Map<Long, Long> commitments) {
    }

    /** The statement's unit and commitment ids on this side, by unit ordinal: to match a copy of the same text. */
    static Map<Integer, long[]> byOrdinal(DSLContext ctx, long statementId) {
        Map<Integer, long[]> ids = new HashMap<>();
        ctx.select(UNIT.ORDINAL, UNIT.ID, COMMITMENT.ID).from(UNIT).leftJoin(COMMITMENT).on(COMMITMENT.UNIT_ID.eq(UNIT.ID))
                .where(UNIT.STATEMENT_ID.eq(statementId))
                .forEach(r -> ids.put(r.value1(), new long[] {r.value2(), r.value3() == null ? -1 : r.value3()}));
        return ids;
    }
}
