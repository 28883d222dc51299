package org.commitmentstracker.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Ids in batches small enough for one {@code IN (…)} list on both databases (SQLite binds at most 32,766 values). */
final class IdBatches {
    static final int SIZE = 500;

    private IdBatches() {
    }

    /** {@code ids} in their order, {@link #SIZE} at a time. */
    static List<List<Long>> of(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> batches = new ArrayList<>();
        for (int from = 0; from < all.size(); from += SIZE) {
            batches.add(all.subList(from, Math.min(all.size(), from + SIZE)));
        }
        return batches;
    }
}
