package org.commitmentstracker.store;

import static org.commitmentstracker.store.jooq.Tables.AGENCY;
import static org.commitmentstracker.store.jooq.Tables.COMMITMENT;
import static org.commitmentstracker.store.jooq.Tables.STATEMENT;
import static org.commitmentstracker.store.jooq.Tables.STATEMENT_PARTNER;
import static org.commitmentstracker.store.jooq.Tables.UNIT;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commitmentstracker.model.CommitmentDraft;
import org.commitmentstracker.model.Statement;
import org.commitmentstracker.model.StatementDraft;
import org.commitmentstracker.model.StatementUnit;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.model.UnitDraft;
import org.commitmentstracker.model.UnitKind;
import org.commitmentstracker.store.jooq.tables.records.StatementRecord;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

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
        return dsl.transactionResult(tx -> {
            DSLContext ctx = tx.dsl();
            Statement s = draft.statement();
            String hash = ContentHash.of(s.originalText());
            if (ctx.fetchExists(STATEMENT, STATEMENT.CONTENT_HASH.eq(hash))) {
                return Optional.<Long>empty();
            }
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
                    .returning(STATEMENT.ID)
                    .fetchOne(STATEMENT.ID);
            for (int i = 0; i < s.partners().size(); i++) {
                ctx.insertInto(STATEMENT_PARTNER, STATEMENT_PARTNER.STATEMENT_ID, STATEMENT_PARTNER.POSITION,
                        STATEMENT_PARTNER.PARTNER).values(statementId, i, s.partners().get(i)).execute();
            }
            Map<String, Long> agencyIds = ctx.select(AGENCY.CODE, AGENCY.ID).from(AGENCY)
                    .fetchMap(AGENCY.CODE, AGENCY.ID);
            insertUnits(ctx, statementId, draft.units());
            Map<Integer, Long> unitIds = ctx.select(UNIT.ORDINAL, UNIT.ID).from(UNIT)
                    .where(UNIT.STATEMENT_ID.eq(statementId))
                    .fetchMap(UNIT.ORDINAL, UNIT.ID);
            insertCommitments(ctx, draft.units(), unitIds, agencyIds, now);
            return Optional.of(statementId);
        });
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
