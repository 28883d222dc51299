package org.commitmentstracker.store;

import static org.commitmentstracker.store.jooq.Tables.COMMITMENT;
import static org.commitmentstracker.store.jooq.Tables.COMMITMENT_REPEAT;
import static org.commitmentstracker.store.jooq.Tables.HISTORY;
import static org.commitmentstracker.store.jooq.Tables.REPEAT_JUDGEMENT;
import static org.commitmentstracker.store.jooq.Tables.STATEMENT;
import static org.commitmentstracker.store.jooq.Tables.STATEMENT_PARTNER;
import static org.commitmentstracker.store.jooq.Tables.UNIT;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commitmentstracker.model.HistoryField;
import org.commitmentstracker.model.RepeatedCommitment;
import org.commitmentstracker.model.Status;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The links from a commitment to the earlier commitments of the same partner it repeats (table
 * {@code commitment_repeat}, V11), what finding them reads, and the officers' word on them (table
 * {@code repeat_judgement}, V12): the last word said about a pair decides it, whatever the rule finds. A link
 * goes with either commitment.
 */
public final class RepeatRepository {
    private final DSLContext dsl;

    public RepeatRepository(Database database) {
        this.dsl = database.dsl();
    }

    /**
     * A commitment as the search for repeats compares it: its text, its statement's language, partners,
     * date and time of import.
     */
    public record Candidate(long commitmentId, long statementId, List<String> partners, String language,
                            LocalDate statementDate, Instant importedAt, String text) {
        /**
         * Whether this commitment's statement comes before {@code later}'s: dated before it when both are
         * dated, else imported before it.
         */
        public boolean before(Candidate later) {
            if (statementId == later.statementId) {
                return false;
            }
            if (statementDate != null && later.statementDate != null && !statementDate.equals(later.statementDate)) {
                return statementDate.isBefore(later.statementDate);
            }
            int imported = importedAt.compareTo(later.importedAt);
            return imported != 0 ? imported < 0 : statementId < later.statementId;
        }
    }

    /** Every commitment of the workspace, with its statement's partners, language and dates. */
    public List<Candidate> candidates() {
        return candidates(DSL.noCondition());
    }

    /** The commitments of the statements that have one of {@code partners}. */
    public List<Candidate> candidatesOf(Collection<String> partners) {
        return candidates(STATEMENT.ID.in(DSL.select(STATEMENT_PARTNER.STATEMENT_ID).from(STATEMENT_PARTNER)
                .where(STATEMENT_PARTNER.PARTNER.in(partners))));
    }

    /** The commitments of the statements that share a partner with {@code commitmentId}'s (itself among them). */
    public List<Candidate> candidatesAlongside(long commitmentId) {
        Long statementId = dsl.select(UNIT.STATEMENT_ID).from(COMMITMENT).join(UNIT).on(UNIT.ID.eq(COMMITMENT.UNIT_ID))
                .where(COMMITMENT.ID.eq(commitmentId)).fetchOne(UNIT.STATEMENT_ID);
        if (statementId == null) {
            return List.of();
        }
        Set<String> partners = partnersOf(List.of(statementId));
        return partners.isEmpty() ? List.of() : candidatesOf(partners);
    }

    /** The partners of these statements. */
    public Set<String> partnersOf(Collection<Long> statementIds) {
        return new HashSet<>(dsl.selectDistinct(STATEMENT_PARTNER.PARTNER).from(STATEMENT_PARTNER)
                .where(STATEMENT_PARTNER.STATEMENT_ID.in(statementIds)).fetch(STATEMENT_PARTNER.PARTNER));
    }

    private List<Candidate> candidates(Condition which) {
        Map<Long, List<String>> partners = StatementPartners.byStatement(dsl);
        return dsl.select(COMMITMENT.ID, STATEMENT.ID, STATEMENT.LANGUAGE, STATEMENT.STATEMENT_DATE,
                        STATEMENT.IMPORTED_AT, UNIT.TEXT)
                .from(COMMITMENT).join(UNIT).on(UNIT.ID.eq(COMMITMENT.UNIT_ID))
                .join(STATEMENT).on(STATEMENT.ID.eq(UNIT.STATEMENT_ID))
                .where(which)
                .orderBy(COMMITMENT.ID)
                .fetch(r -> new Candidate(r.value1(), r.value2(), partners.getOrDefault(r.value2(), List.of()),
                        r.value3(), StoreValues.date(r.value4()), StoreValues.instant(r.value5()), r.value6()));
    }

    /** Links {later, earlier}, each given to {@code link} as it is found (finding them may take a while). */
    @FunctionalInterface
    public interface LinkSource {
        void each(java.util.function.Consumer<long[]> link);
    }

    /**
     * Replaces the links of the given later commitments by {@code links} (each {later, earlier}), in one
     * transaction.
     */
    public void replace(Collection<Long> laterIds, LinkSource links) {
        dsl.transaction(tx -> {
            DSLContext ctx = tx.dsl();
            List<List<Long>> batches = IdBatches.of(laterIds);
            for (List<Long> batch : batches) {
                ctx.deleteFrom(COMMITMENT_REPEAT).where(COMMITMENT_REPEAT.COMMITMENT_ID.in(batch)).execute();
            }
            insert(ctx, links);
            batches.forEach(batch -> keepToJudgements(ctx, batch));
        });
    }

    /** Replaces every link of the workspace by {@code links}, in one transaction. */
    public void replaceAll(LinkSource links) {
        dsl.transaction(tx -> {
            tx.dsl().deleteFrom(COMMITMENT_REPEAT).execute();
            insert(tx.dsl(), links);
            keepToJudgements(tx.dsl(), null);
        });
    }

    /**
     * Records an officer's word that {@code laterId} repeats {@code earlierId} ({@code same}) or does not, and
     * links or unlinks the two accordingly, in one transaction.
     */
    public void judge(long laterId, long earlierId, boolean same, String author, Instant at) {
        dsl.transaction(tx -> {
            DSLContext ctx = tx.dsl();
            ctx.insertInto(REPEAT_JUDGEMENT)
                    .set(REPEAT_JUDGEMENT.CHANGE_UUID, java.util.UUID.randomUUID().toString())
                    .set(REPEAT_JUDGEMENT.COMMITMENT_ID, laterId)
                    .set(REPEAT_JUDGEMENT.EARLIER_ID, earlierId)
                    .set(REPEAT_JUDGEMENT.SAME, same ? 1 : 0)
                    .set(REPEAT_JUDGEMENT.JUDGED_BY, author)
                    .set(REPEAT_JUDGEMENT.JUDGED_AT, StoreValues.instant(at))
                    .execute();
            keepToJudgements(ctx, List.of(laterId));
        });
    }

    /** The earlier commitments an officer said {@code laterId} does not repeat (their last word on the pair). */
    public Set<Long> judgedNotSame(long laterId) {
        var j = REPEAT_JUDGEMENT.as("j");
        return new HashSet<>(dsl.select(j.EARLIER_ID).from(j)
                .where(j.COMMITMENT_ID.eq(laterId), j.SAME.eq(0), lastWord(j)).fetch(j.EARLIER_ID));
    }

    /**
     * Makes the links of the later commitments {@code laterIds} (all when null) agree with the officers' last word
     * on each pair: a pair said to be the same is linked, one said not to be is not.
     */
    static void keepToJudgements(DSLContext ctx, List<Long> laterIds) {
        // Most workspaces have few words or none: the many links of a relink are not each looked up.
        if (laterIds != null && laterIds.isEmpty() || !ctx.fetchExists(REPEAT_JUDGEMENT)) {
            return;
        }
        var j = REPEAT_JUDGEMENT.as("j");
        Condition scope = laterIds == null ? DSL.noCondition() : j.COMMITMENT_ID.in(laterIds);
        Condition linked = DSL.exists(DSL.selectOne().from(COMMITMENT_REPEAT)
                .where(COMMITMENT_REPEAT.COMMITMENT_ID.eq(j.COMMITMENT_ID), COMMITMENT_REPEAT.EARLIER_ID.eq(j.EARLIER_ID)));
        // Only the links of commitments with a "not the same" are read (by the links' key), then each is checked.
        ctx.deleteFrom(COMMITMENT_REPEAT)
                .where(COMMITMENT_REPEAT.COMMITMENT_ID.in(DSL.select(j.COMMITMENT_ID).from(j).where(scope, j.SAME.eq(0))))
                .and(DSL.exists(DSL.selectOne().from(j).where(j.SAME.eq(0),
                        j.COMMITMENT_ID.eq(COMMITMENT_REPEAT.COMMITMENT_ID), j.EARLIER_ID.eq(COMMITMENT_REPEAT.EARLIER_ID),
                        lastWord(j))))
                .execute();
        ctx.insertInto(COMMITMENT_REPEAT, COMMITMENT_REPEAT.COMMITMENT_ID, COMMITMENT_REPEAT.EARLIER_ID)
                .select(DSL.selectDistinct(j.COMMITMENT_ID, j.EARLIER_ID).from(j)
                        .where(scope, j.SAME.eq(1), lastWord(j), DSL.not(linked)))
                .execute();
    }

    /** Whether {@code j} is the last word said about its pair: said last, or with the higher id at the same instant. */
    private static Condition lastWord(org.commitmentstracker.store.jooq.tables.RepeatJudgement j) {
        var k = REPEAT_JUDGEMENT.as("k");
        return DSL.notExists(DSL.selectOne().from(k).where(k.COMMITMENT_ID.eq(j.COMMITMENT_ID),
                k.EARLIER_ID.eq(j.EARLIER_ID),
                k.JUDGED_AT.gt(j.JUDGED_AT).or(k.JUDGED_AT.eq(j.JUDGED_AT).and(k.ID.gt(j.ID)))));
    }

    /** Links written per batch. */
    private static final int LINKS_PER_BATCH = 1_000;

    /** Writes the links in batches as they come: the links not yet found are looked for meanwhile. */
    private static void insert(DSLContext ctx, LinkSource links) {
        List<long[]> pending = new ArrayList<>(LINKS_PER_BATCH);
        links.each(link -> {
            pending.add(link);
            if (pending.size() == LINKS_PER_BATCH) {
                write(ctx, pending);
                pending.clear();
            }
        });
        write(ctx, pending);
    }

    private static void write(DSLContext ctx, List<long[]> links) {
        if (links.isEmpty()) {
            return;
        }
        var batch = ctx.batch(ctx.insertInto(COMMITMENT_REPEAT, COMMITMENT_REPEAT.COMMITMENT_ID,
                COMMITMENT_REPEAT.EARLIER_ID).values((Long) null, null));
        links.forEach(link -> batch.bind(link[0], link[1]));
        batch.execute();
    }

    /** For each commitment that repeats earlier ones, their ids, smallest first. */
    public Map<Long, List<Long>> all() {
        Map<Long, List<Long>> links = new LinkedHashMap<>();
        dsl.select(COMMITMENT_REPEAT.COMMITMENT_ID, COMMITMENT_REPEAT.EARLIER_ID).from(COMMITMENT_REPEAT)
                .orderBy(COMMITMENT_REPEAT.COMMITMENT_ID, COMMITMENT_REPEAT.EARLIER_ID)
                .forEach(r -> links.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return links;
    }

    /** The ids of the commitments that repeat an earlier one. */
    public Set<Long> repeating() {
        return new HashSet<>(dsl.selectDistinct(COMMITMENT_REPEAT.COMMITMENT_ID).from(COMMITMENT_REPEAT)
                .fetch(COMMITMENT_REPEAT.COMMITMENT_ID));
    }

    /** For each of these statements that has some, how many of its commitments repeat an earlier one. */
    public Map<Long, Long> repeatingByStatement(Collection<Long> statementIds) {
        Map<Long, Long> counts = new java.util.HashMap<>();
        for (List<Long> batch : IdBatches.of(statementIds)) {
            dsl.select(UNIT.STATEMENT_ID, DSL.countDistinct(COMMITMENT_REPEAT.COMMITMENT_ID)).from(COMMITMENT_REPEAT)
                    .join(COMMITMENT).on(COMMITMENT.ID.eq(COMMITMENT_REPEAT.COMMITMENT_ID))
                    .join(UNIT).on(UNIT.ID.eq(COMMITMENT.UNIT_ID))
                    .where(UNIT.STATEMENT_ID.in(batch))
                    .groupBy(UNIT.STATEMENT_ID)
                    .forEach(r -> counts.put(r.value1(), r.value2().longValue()));
        }
        return counts;
    }

    /** How many links there are. */
    public int count() {
        return dsl.fetchCount(COMMITMENT_REPEAT);
    }

    /**
     * The earlier commitments {@code commitmentId} repeats, oldest statement first, each with its status when
     * the later statement was signed (the end of its date; its import when it has none) and now.
     */
    public List<RepeatedCommitment> earlierOf(long commitmentId) {
        return described(commitmentId, COMMITMENT.ID.in(DSL.select(COMMITMENT_REPEAT.EARLIER_ID).from(COMMITMENT_REPEAT)
                .where(COMMITMENT_REPEAT.COMMITMENT_ID.eq(commitmentId))));
    }

    /** These earlier commitments as {@link #earlierOf} describes them for {@code commitmentId}, oldest statement first. */
    public List<RepeatedCommitment> described(long commitmentId, Collection<Long> earlierIds) {
        return earlierIds.isEmpty() ? List.of() : described(commitmentId, COMMITMENT.ID.in(earlierIds));
    }

    private List<RepeatedCommitment> described(long commitmentId, Condition earlier) {
        var later = dsl.select(STATEMENT.STATEMENT_DATE, STATEMENT.IMPORTED_AT).from(COMMITMENT)
                .join(UNIT).on(UNIT.ID.eq(COMMITMENT.UNIT_ID)).join(STATEMENT).on(STATEMENT.ID.eq(UNIT.STATEMENT_ID))
                .where(COMMITMENT.ID.eq(commitmentId)).fetchOne();
        if (later == null) {
            return List.of();
        }
        LocalDate signed = StoreValues.date(later.value1());
        String then = signed != null
                ? StoreValues.instant(signed.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())
                : later.value2();
        Map<Long, String> judgedBy = judgedBy(commitmentId);
        return dsl.select(COMMITMENT.ID, STATEMENT.ID, STATEMENT.TITLE, STATEMENT.STATEMENT_DATE, UNIT.REF,
                        COMMITMENT.STATUS, UNIT.TEXT)
                .from(COMMITMENT)
                .join(UNIT).on(UNIT.ID.eq(COMMITMENT.UNIT_ID)).join(STATEMENT).on(STATEMENT.ID.eq(UNIT.STATEMENT_ID))
                .where(earlier)
                .orderBy(STATEMENT.STATEMENT_DATE.asc().nullsLast(), STATEMENT.ID, COMMITMENT.ID)
                .fetch(r -> {
                    Status now = Status.valueOf(r.value6());
                    return new RepeatedCommitment(r.value1(), r.value2(), r.value3(), StoreValues.date(r.value4()),
                            r.value5(), r.value7(), statusAt(r.value1(), then, now), now, judgedBy.get(r.value1()));
                });
    }

    /** For each earlier commitment an officer gave their word on with {@code laterId}, who gave the last. */
    private Map<Long, String> judgedBy(long laterId) {
        var j = REPEAT_JUDGEMENT.as("j");
        Map<Long, String> by = new java.util.HashMap<>();
        dsl.select(j.EARLIER_ID, j.JUDGED_BY).from(j).where(j.COMMITMENT_ID.eq(laterId), lastWord(j))
                .forEach(r -> by.put(r.value1(), r.value2()));
        return by;
    }

    /** The commitment's status at {@code instant} (stored text), from its history of status changes. */
    private Status statusAt(long commitmentId, String instant, Status now) {
        var changes = dsl.select(HISTORY.CHANGED_AT, HISTORY.OLD_VALUE, HISTORY.NEW_VALUE).from(HISTORY)
                .where(HISTORY.COMMITMENT_ID.eq(commitmentId).and(HISTORY.FIELD.eq(HistoryField.STATUS.name())))
                .orderBy(HISTORY.CHANGED_AT, HISTORY.ID).fetch();
        String status = changes.isEmpty() ? now.name() : changes.get(0).value2();
        for (var change : changes) {
            if (change.value1().compareTo(instant) < 0) {
                status = change.value3();
            }
        }
        return status == null ? now : Status.valueOf(status);
    }
}
