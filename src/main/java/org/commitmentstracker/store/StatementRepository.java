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
            for (UnitDraft unitDraft : draft.units()) {
                long unitId = insertUnit(ctx, statementId, unitDraft.unit());
                if (unitDraft.commitment() != null) {
                    insertCommitment(ctx, unitId, unitDraft.commitment(), agencyIds, now);
                }
            }
            return Optional.of(statementId);
        });
    }

    private static long insertUnit(DSLContext ctx, long statementId, StatementUnit unit) {
        return ctx.insertInto(UNIT)
                .set(UNIT.STATEMENT_ID, statementId)
                .set(UNIT.ORDINAL, unit.ordinal())
                .set(UNIT.REF, unit.ref())
                .set(UNIT.KIND, unit.kind().name())
                .set(UNIT.SECTION, unit.section())
                .set(UNIT.TEXT, unit.text())
                .set(UNIT.CUE, unit.cue())
                .returning(UNIT.ID)
                .fetchOne(UNIT.ID);
    }

    private static void insertCommitment(DSLContext ctx, long unitId, CommitmentDraft c,
                                         Map<String, Long> agencyIds, String now) {
        ctx.insertInto(COMMITMENT)
                .set(COMMITMENT.UNIT_ID, unitId)
                .set(COMMITMENT.SECTOR, c.sector() == null ? null : c.sector().code())
                .set(COMMITMENT.OWNER_AGENCY_ID, c.ownerCode() == null ? null : agencyIds.get(c.ownerCode()))
                .set(COMMITMENT.STATUS, Status.NOT_STARTED.name())
                .set(COMMITMENT.DEADLINE, StoreValues.date(c.deadline()))
                .set(COMMITMENT.ACTOR, c.actor())
                .set(COMMITMENT.TARGET, c.target())
                .set(COMMITMENT.CREATED_AT, now)
                .set(COMMITMENT.UPDATED_AT, now)
                .execute();
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
