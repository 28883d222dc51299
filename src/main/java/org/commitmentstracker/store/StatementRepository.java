package org.commitmentstracker.store;

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
import org.commitmentstracker.model.ImportPhases;
import org.commitmentstracker.model.Statement;
import org.commitmentstracker.model.StatementDeletion;
import org.commitmentstracker.model.StatementDraft;
import org.commitmentstracker.model.StatementUnit;
import org.commitmentstracker.model.UnitKind;
import org.commitmentstracker.store.jooq.tables.records.StatementRecord;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.impl.DSL;

/** Statements with their units and commitments. A statement is stored whole or not at all. */
public final class StatementRepository {
    private final Database database;
    private final DSLContext dsl;
    private final Clock clock;

    public StatementRepository(Database database, Clock clock) {
        this.database = database;
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
        try (StatementImportSession session = openImport(new ImportPhases())) {
            return session.insert(draft, sample);
        }
    }

    /**
     * For an import of many statements: one connection and the prepared inserts, kept until the
     * session is closed. Each statement is still stored whole or not at all.
     *
     * @param phases where the time of each part of storing is added
     */
    public StatementImportSession openImport(ImportPhases phases) {
        return new StatementImportSession(database, clock, phases);
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
