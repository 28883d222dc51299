package org.commitmentstracker.store;

import static org.commitmentstracker.store.jooq.Tables.COMMITMENT;
import static org.commitmentstracker.store.jooq.Tables.REPEAT_JUDGEMENT;
import static org.commitmentstracker.store.jooq.Tables.SYNC_STATEMENT;
import static org.commitmentstracker.store.jooq.Tables.UNIT;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commitmentstracker.store.jooq.tables.records.RepeatJudgementRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The officers' word on repeats in an offline copy ({@code repeat_judgement}): kept when a statement imported
 * offline moves under other ids, and exchanged with the server at each sync, each word once (by its
 * {@code change_uuid}), on the commitments both sides number alike (those of the statements the server has).
 */
final class SyncedJudgements {
    private SyncedJudgements() {
    }

    /** The words on pairs with one of these commitments, read before the commitments move (which deletes them). */
    static List<RepeatJudgementRecord> touching(DSLContext ctx, Collection<Long> commitmentIds) {
        List<RepeatJudgementRecord> words = new ArrayList<>();
        for (List<Long> part : IdBatches.of(commitmentIds)) {
            words.addAll(ctx.selectFrom(REPEAT_JUDGEMENT)
                    .where(REPEAT_JUDGEMENT.COMMITMENT_ID.in(part).or(REPEAT_JUDGEMENT.EARLIER_ID.in(part))).fetch());
        }
        return words.stream().distinct().toList();
    }

    /**
     * Writes the words back with their commitments' new ids ({@code moved}; an id not in it stayed), each once;
     * the pairs' links follow the words.
     */
    static void putBack(DSLContext ctx, List<RepeatJudgementRecord> words, Map<Long, Long> moved) {
        Set<Long> later = new HashSet<>();
        for (RepeatJudgementRecord word : words) {
            long commitmentId = moved.getOrDefault(word.getCommitmentId(), word.getCommitmentId());
            long earlierId = moved.getOrDefault(word.getEarlierId(), word.getEarlierId());
            if (ctx.fetchCount(COMMITMENT, COMMITMENT.ID.in(commitmentId, earlierId)) < 2
                    || ctx.fetchExists(REPEAT_JUDGEMENT, REPEAT_JUDGEMENT.CHANGE_UUID.eq(word.getChangeUuid()))) {
                continue;
            }
            insert(ctx, word, commitmentId, earlierId);
            later.add(commitmentId);
        }
        RepeatRepository.keepToJudgements(ctx, new ArrayList<>(later));
    }

    /**
     * Sends the copy's words the server does not have and takes the server's the copy does not, on the
     * commitments of the statements both have; gives how many words moved either way.
     */
    static int exchange(DSLContext local, DSLContext server) {
        if (!local.fetchExists(REPEAT_JUDGEMENT) && !server.fetchExists(REPEAT_JUDGEMENT)) {
            return 0;
        }
        List<Long> shared = local.select(COMMITMENT.ID).from(COMMITMENT).join(UNIT).on(UNIT.ID.eq(COMMITMENT.UNIT_ID))
                .where(UNIT.STATEMENT_ID.in(DSL.select(SYNC_STATEMENT.STATEMENT_ID).from(SYNC_STATEMENT)))
                .fetch(COMMITMENT.ID);
        Set<Long> sharedIds = new HashSet<>(shared);
        List<RepeatJudgementRecord> mine = wordsOn(local, sharedIds);
        List<RepeatJudgementRecord> theirs = wordsOn(server, sharedIds);
        List<RepeatJudgementRecord> toSend = notAmong(mine, theirs);
        List<RepeatJudgementRecord> toTake = notAmong(theirs, mine);
        // Taken first: a login that may not write on the server still receives.
        local.transaction(tx -> putBack(tx.dsl(), toTake, Map.of()));
        server.transaction(tx -> putBack(tx.dsl(), toSend, Map.of()));
        return toSend.size() + toTake.size();
    }

    private static void insert(DSLContext ctx, RepeatJudgementRecord word, long commitmentId, long earlierId) {
        ctx.insertInto(REPEAT_JUDGEMENT)
                .set(REPEAT_JUDGEMENT.CHANGE_UUID, word.getChangeUuid())
                .set(REPEAT_JUDGEMENT.COMMITMENT_ID, commitmentId)
                .set(REPEAT_JUDGEMENT.EARLIER_ID, earlierId)
                .set(REPEAT_JUDGEMENT.SAME, word.getSame())
                .set(REPEAT_JUDGEMENT.JUDGED_BY, word.getJudgedBy())
                .set(REPEAT_JUDGEMENT.JUDGED_AT, word.getJudgedAt())
                .execute();
    }

    /**
     * The words on pairs both of whose commitments are among {@code ids}. Officers type them one by one: a few
     * thousand at most, read whole.
     */
    private static List<RepeatJudgementRecord> wordsOn(DSLContext ctx, Set<Long> ids) {
        return ctx.selectFrom(REPEAT_JUDGEMENT).orderBy(REPEAT_JUDGEMENT.ID).fetch().stream()
                .filter(w -> ids.contains(w.getCommitmentId()) && ids.contains(w.getEarlierId())).toList();
    }

    /** The words of {@code words} that {@code others} does not have (by change id). */
    private static List<RepeatJudgementRecord> notAmong(List<RepeatJudgementRecord> words,
                                                        List<RepeatJudgementRecord> others) {
        Set<String> known = new HashSet<>();
        others.forEach(w -> known.add(w.getChangeUuid()));
        return words.stream().filter(w -> !known.contains(w.getChangeUuid())).toList();
    }
}
