package org.commitmentstracker.store;

import static org.commitmentstracker.store.jooq.Tables.AGENCY;
import static org.commitmentstracker.store.jooq.Tables.COMMITMENT;
import static org.commitmentstracker.store.jooq.Tables.COMMITMENT_CO_OWNER;
import static org.commitmentstracker.store.jooq.Tables.DELETED_STATEMENT;
import static org.commitmentstracker.store.jooq.Tables.HISTORY;
import static org.commitmentstracker.store.jooq.Tables.STATEMENT;
import static org.commitmentstracker.store.jooq.Tables.STATEMENT_PARTNER;
import static org.commitmentstracker.store.jooq.Tables.UNIT;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commitmentstracker.model.CommitmentDraft;
import org.commitmentstracker.model.ImportPhases;
import org.commitmentstracker.model.ImportPhases.Phase;
import org.commitmentstracker.model.Statement;
import org.commitmentstracker.model.StatementDeletion;
import org.commitmentstracker.model.StatementDraft;
import org.commitmentstracker.model.StatementUnit;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.model.UnitDraft;
import org.commitmentstracker.model.UnitKind;
import org.commitmentstracker.store.jooq.tables.records.StatementRecord;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.impl.DSL;

/** Statements with their units and commitments. A statement is stored whole or not at all. */
public final class StatementRepository {
    private final DSLContext dsl;
    private final Clock clock;

    public StatementRepository(Database database, Clock clock) {
        this.dsl = database.dsl();
        this.clock = clock;
    }

    /**
     * Stores the statement, its units and its commitments in one transaction. The content hash
     * is computed here from the original text; the draft's own hash is not used.
     *
     * @return the new statement's id, or empty when a statement with the same content hash is
     *         already stored (nothing is added then)
     */
    public Optional<Long> insert(StatementDraft draft) {
        return insert(draft, false);
    }

    /** As {@link #insert(StatementDraft)}; {@code sample} marks a statement of the sample workspace. */
    public Optional<Long> insert(StatementDraft draft, boolean sample) {
        return insert(draft, sample, new ImportPhases());
    }

    /** As {@link #insert(StatementDraft, boolean)}, adding the time of each part to {@code phases}. */
    public Optional<Long> insert(StatementDraft draft, boolean sample, ImportPhases phases) {
        long[] mark = {System.nanoTime()};
        Optional<Long> inserted = dsl.transactionResult(tx -> {
            DSLContext ctx = tx.dsl();
            Statement s = draft.statement();
            String hash = ContentHash.of(s.originalText());
            if (ctx.fetchExists(STATEMENT, STATEMENT.CONTENT_HASH.eq(hash))) {
                mark[0] = phases.add(Phase.DUPLICATE_CHECK, mark[0]);
                return Optional.<Long>empty();
            }
            mark[0] = phases.add(Phase.DUPLICATE_CHECK, mark[0]);
            String now = StoreValues.instant(clock.instant());
            long statementId = ctx.insertInto(STATEMENT)
                    .set(STATEMENT.TITLE, s.title())
                    .set(STATEMENT.STATEMENT_DATE, StoreValues.date(s.date()))
                    .set(STATEMENT.PLACE, s.place())
                    .set(STATEMENT.LANGUAGE, s.language())
                    .set(STATEMENT.SOURCE, s.source())
                    .set(STATEMENT.RELATIONSHIP, s.relationship())
                    .set(STATEMENT.CONTENT_HASH, hash)
                    .set(STATEMENT.ORIGINAL_TEXT, s.originalText())
                    .set(STATEMENT.IMPORTED_AT, now)
                    .set(STATEMENT.IS_SAMPLE, sample ? 1 : 0)
                    .returning(STATEMENT.ID)
                    .fetchOne(STATEMENT.ID);
            for (int i = 0; i < s.partners().size(); i++) {
                ctx.insertInto(STATEMENT_PARTNER, STATEMENT_PARTNER.STATEMENT_ID, STATEMENT_PARTNER.POSITION,
                        STATEMENT_PARTNER.PARTNER).values(statementId, i, s.partners().get(i)).execute();
            }
            Map<String, Long> agencyIds = ctx.select(AGENCY.CODE, AGENCY.ID).from(AGENCY)
                    .fetchMap(AGENCY.CODE, AGENCY.ID);
            mark[0] = phases.add(Phase.STATEMENT, mark[0]);
            insertUnits(ctx, statementId, draft.units());
            Map<Integer, Long> unitIds = ctx.select(UNIT.ORDINAL, UNIT.ID).from(UNIT)
                    .where(UNIT.STATEMENT_ID.eq(statementId))
                    .fetchMap(UNIT.ORDINAL, UNIT.ID);
            mark[0] = phases.add(Phase.UNITS, mark[0]);
            insertCommitments(ctx, draft.units(), unitIds, agencyIds, now);
            mark[0] = phases.add(Phase.COMMITMENTS, mark[0]);
            return Optional.of(statementId);
        });
        phases.add(Phase.COMMIT, mark[0]);
        return inserted;
    }

    // The rows go in as one batch per table: a single prepared insert bound once per row. An
    // insert prepared per row cost ten times the row itself, as SQLite compiles the full-text
    // triggers into every statement it prepares.
    private static void insertUnits(DSLContext ctx, long statementId, List<UnitDraft> units) {
        BatchBindStep batch = ctx.batch(ctx.insertInto(UNIT, UNIT.STATEMENT_ID, UNIT.ORDINAL, UNIT.REF, UNIT.KIND,
                UNIT.SECTION, UNIT.TEXT, UNIT.CUE).values((Long) null, null, null, null, null, null, null));
        for (UnitDraft draft : units) {
            StatementUnit unit = draft.unit();
            batch.bind(statementId, unit.ordinal(), unit.ref(), unit.kind().name(), unit.section(), unit.text(),
                    unit.cue());
        }
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    private static void insertCommitments(DSLContext ctx, List<UnitDraft> units, Map<Integer, Long> unitIds,
                                          Map<String, Long> agencyIds, String now) {
        BatchBindStep batch = ctx.batch(ctx.insertInto(COMMITMENT, COMMITMENT.UNIT_ID, COMMITMENT.SECTOR,
                COMMITMENT.OWNER_AGENCY_ID, COMMITMENT.STATUS, COMMITMENT.DEADLINE, COMMITMENT.ACTOR,
                COMMITMENT.TARGET, COMMITMENT.CREATED_AT, COMMITMENT.UPDATED_AT)
                .values((Long) null, null, null, null, null, null, null, null, null));
        for (UnitDraft unit : units) {
            CommitmentDraft c = unit.commitment();
            if (c == null) {
                continue;
            }
            batch.bind(unitIds.get(unit.unit().ordinal()), c.sector() == null ? null : c.sector().code(),
                    c.ownerCode() == null ? null : agencyIds.get(c.ownerCode()), Status.NOT_STARTED.name(),
                    StoreValues.date(c.deadline()), c.actor(), c.target(), now, now);
        }
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    public boolean existsByHash(String contentHash) {
        return dsl.fetchExists(STATEMENT, STATEMENT.CONTENT_HASH.eq(contentHash));
    }

    public int count() {
        return dsl.fetchCount(STATEMENT);
    }

    /** The ids of the sample workspace's statements still stored. */
    public Set<Long> sampleIds() {
        return new HashSet<>(dsl.select(STATEMENT.ID).from(STATEMENT).where(STATEMENT.IS_SAMPLE.eq(1))
                .fetch(STATEMENT.ID));
    }

    /** How many statements are not the sample's. */
    public int countReal() {
        return dsl.fetchCount(STATEMENT, STATEMENT.IS_SAMPLE.eq(0));
    }

    /** What deleting the statement would take with it; empty when there is no such statement. */
    public Optional<StatementDeletion.Extent> extent(long id) {
        return dsl.selectFrom(STATEMENT).where(STATEMENT.ID.eq(id)).fetchOptional()
                .map(r -> new StatementDeletion.Extent(id, r.getTitle(), r.getIsSample() == 1,
                        dsl.fetchCount(COMMITMENT, COMMITMENT.UNIT_ID.in(unitsOf(id))),
                        dsl.fetchCount(HISTORY, HISTORY.COMMITMENT_ID.in(commitmentsOf(id)))));
    }

    /** The ids of the statement's commitments (their attachments are filed under these). */
    public List<Long> commitmentIds(long statementId) {
        return dsl.select(COMMITMENT.ID).from(COMMITMENT).where(COMMITMENT.UNIT_ID.in(unitsOf(statementId)))
                .orderBy(COMMITMENT.ID).fetch(COMMITMENT.ID);
    }

    /**
     * Deletes the statement and everything of it (partners, units, commitments, co-owners,
     * history with its progress notes and attachment records, search rows) in one transaction,
     * and writes a line to the deletion log in the same transaction.
     *
     * @param backup the backup made just before, or null
     * @return the log line, or empty when there was no such statement (nothing is changed then)
     */
    public Optional<StatementDeletion> delete(long id, String deletedBy, String backup) {
        return dsl.transactionResult(tx -> {
            DSLContext ctx = tx.dsl();
            StatementRecord statement = ctx.selectFrom(STATEMENT).where(STATEMENT.ID.eq(id)).fetchOne();
            if (statement == null) {
                return Optional.<StatementDeletion>empty();
            }
            List<String> partners = ctx.select(STATEMENT_PARTNER.PARTNER).from(STATEMENT_PARTNER)
                    .where(STATEMENT_PARTNER.STATEMENT_ID.eq(id)).orderBy(STATEMENT_PARTNER.POSITION)
                    .fetch(STATEMENT_PARTNER.PARTNER);
            int history = ctx.deleteFrom(HISTORY).where(HISTORY.COMMITMENT_ID.in(commitmentsOf(id))).execute();
            ctx.deleteFrom(COMMITMENT_CO_OWNER).where(COMMITMENT_CO_OWNER.COMMITMENT_ID.in(commitmentsOf(id)))
                    .execute();
            // The full-text rows go with their commitments (trigger commitment_search_delete).
            int commitments = ctx.deleteFrom(COMMITMENT).where(COMMITMENT.UNIT_ID.in(unitsOf(id))).execute();
            ctx.deleteFrom(UNIT).where(UNIT.STATEMENT_ID.eq(id)).execute();
            ctx.deleteFrom(STATEMENT_PARTNER).where(STATEMENT_PARTNER.STATEMENT_ID.eq(id)).execute();
            ctx.deleteFrom(STATEMENT).where(STATEMENT.ID.eq(id)).execute();
            StatementDeletion deletion = new StatementDeletion(id, statement.getTitle(), partners,
                    StoreValues.date(statement.getStatementDate()), statement.getIsSample() == 1, commitments,
                    history, clock.instant(), deletedBy, backup);
            ctx.insertInto(DELETED_STATEMENT)
                    .set(DELETED_STATEMENT.STATEMENT_ID, id)
                    .set(DELETED_STATEMENT.TITLE, deletion.title())
                    .set(DELETED_STATEMENT.PARTNERS, String.join("; ", partners))
                    .set(DELETED_STATEMENT.STATEMENT_DATE, statement.getStatementDate())
                    .set(DELETED_STATEMENT.WAS_SAMPLE, statement.getIsSample())
                    .set(DELETED_STATEMENT.COMMITMENTS, commitments)
                    .set(DELETED_STATEMENT.HISTORY_ENTRIES, history)
                    .set(DELETED_STATEMENT.DELETED_AT, StoreValues.instant(deletion.deletedAt()))
                    .set(DELETED_STATEMENT.DELETED_BY, deletedBy)
                    .set(DELETED_STATEMENT.BACKUP, backup)
                    .execute();
            return Optional.of(deletion);
        });
    }

    /** The deletion log, oldest first. */
    public List<StatementDeletion> deletions() {
        return dsl.selectFrom(DELETED_STATEMENT).orderBy(DELETED_STATEMENT.ID)
                .fetch(r -> new StatementDeletion(r.getStatementId(), r.getTitle(),
                        r.getPartners().isEmpty() ? List.of() : List.of(r.getPartners().split("; ")),
                        StoreValues.date(r.getStatementDate()), r.getWasSample() == 1, r.getCommitments(),
                        r.getHistoryEntries(), StoreValues.instant(r.getDeletedAt()), r.getDeletedBy(),
                        r.getBackup()));
    }

    private static Select<Record1<Long>> unitsOf(long statementId) {
        return DSL.select(UNIT.ID).from(UNIT).where(UNIT.STATEMENT_ID.eq(statementId));
    }

    private static Select<Record1<Long>> commitmentsOf(long statementId) {
        return DSL.select(COMMITMENT.ID).from(COMMITMENT).where(COMMITMENT.UNIT_ID.in(unitsOf(statementId)));
    }

    /** All statements, newest first, without their original text. */
    public List<Statement> findAll() {
        Map<Long, List<String>> partners = StatementPartners.byStatement(dsl);
        return dsl.selectFrom(STATEMENT)
                .orderBy(STATEMENT.STATEMENT_DATE.desc().nullsLast(), STATEMENT.ID.desc())
                .fetch(r -> toStatement(r, partners.getOrDefault(r.getId(), List.of()), false));
    }

    public Optional<Statement> find(long id) {
        return dsl.selectFrom(STATEMENT).where(STATEMENT.ID.eq(id))
                .fetchOptional(r -> toStatement(r, partnersOf(id), true));
    }

    public List<StatementUnit> units(long statementId) {
        return dsl.selectFrom(UNIT).where(UNIT.STATEMENT_ID.eq(statementId)).orderBy(UNIT.ORDINAL)
                .fetch(r -> new StatementUnit(r.getId(), r.getOrdinal(), r.getRef(),
                        UnitKind.valueOf(r.getKind()), r.getSection(), r.getText(), r.getCue()));
    }

    private List<String> partnersOf(long statementId) {
        return dsl.select(STATEMENT_PARTNER.PARTNER).from(STATEMENT_PARTNER)
                .where(STATEMENT_PARTNER.STATEMENT_ID.eq(statementId))
                .orderBy(STATEMENT_PARTNER.POSITION)
                .fetch(STATEMENT_PARTNER.PARTNER);
    }

    private static Statement toStatement(StatementRecord r, List<String> partners, boolean withText) {
        return new Statement(r.getId(), r.getTitle(), partners, StoreValues.date(r.getStatementDate()),
                r.getPlace(), r.getLanguage(), r.getSource(), r.getRelationship(), r.getContentHash(),
                withText ? r.getOriginalText() : null, StoreValues.instant(r.getImportedAt()));
    }
}
