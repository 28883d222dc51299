package org.commitmentstracker.store;

import static org.commitmentstracker.store.jooq.Tables.HISTORY;

import java.util.List;
import org.commitmentstracker.model.HistoryEntry;
import org.commitmentstracker.model.HistoryField;
import org.commitmentstracker.store.jooq.tables.records.HistoryRecord;
import org.jooq.DSLContext;

/** Reads the append-only history that {@link CommitmentRepository} writes. */
public final class HistoryRepository {
    private final DSLContext dsl;

    public HistoryRepository(Database database) {
        this.dsl = database.dsl();
    }

    /** The commitment's history, oldest first. */
    public List<HistoryEntry> forCommitment(long commitmentId) {
        return dsl.selectFrom(HISTORY)
                .where(HISTORY.COMMITMENT_ID.eq(commitmentId))
                .orderBy(HISTORY.CHANGED_AT, HISTORY.ID)
                .fetch(HistoryRepository::toEntry);
    }

    /** How many history entries each commitment has (a commitment without any is absent). */
    public java.util.Map<Long, Integer> countsByCommitment() {
        return dsl.select(HISTORY.COMMITMENT_ID, org.jooq.impl.DSL.count()).from(HISTORY)
                .groupBy(HISTORY.COMMITMENT_ID).fetchMap(r -> r.value1(), r -> r.value2());
    }

    public int count() {
        return dsl.fetchCount(HISTORY);
    }

    private static HistoryEntry toEntry(HistoryRecord r) {
        return new HistoryEntry(r.getId(), r.getCommitmentId(), StoreValues.instant(r.getChangedAt()), r.getAuthor(),
                HistoryField.valueOf(r.getField()), r.getOldValue(), r.getNewValue(), r.getComment(),
                r.getEvidenceLink(), r.getAttachment());
    }
}
