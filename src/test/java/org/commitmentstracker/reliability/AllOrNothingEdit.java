package org.commitmentstracker.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import org.commitmentstracker.model.Status;
import org.commitmentstracker.store.StoreFixture;

/**
 * An officer's edit of one commitment's status (a status row and a history entry, in one
 * transaction), and checks that the store holds all of it or none of it.
 */
final class AllOrNothingEdit {
    private final StoreFixture store;
    private final long commitment;
    private final int historyBefore;

    AllOrNothingEdit(StoreFixture store, long commitment) {
        this.store = store;
        this.commitment = commitment;
        this.historyBefore = store.history.count();
    }

    void apply() {
        store.commitments.changeStatus(commitment, Status.IN_PROGRESS, "lan", null);
    }

    void assertNothingApplied() {
        assertThat(store.commitments.find(commitment).orElseThrow().status()).isEqualTo(Status.NOT_STARTED);
        assertThat(store.history.count()).isEqualTo(historyBefore);
    }

    void assertApplied() {
        assertThat(store.commitments.find(commitment).orElseThrow().status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(store.history.count()).isEqualTo(historyBefore + 1);
    }
}
