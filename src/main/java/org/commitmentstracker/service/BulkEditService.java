package org.commitmentstracker.service;

import java.time.LocalDate;
import java.util.List;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.store.CommitmentRepository;

/**
 * One status, owner or deadline given to many commitments at once, each change signed in their history.
 * A bulk edit says "these all become X" whatever each held (the officer did not look at each value),
 * so it does not refuse a value changed meanwhile by someone else; yet each row is read and
 * compared-and-set, so the history records the value it really replaced and no change goes unrecorded.
 */
public final class BulkEditService implements BulkChanges {
    private final CommitmentRepository commitments;
    private final AgencyService agencies;

    BulkEditService(CommitmentRepository commitments, AgencyService agencies) {
        this.commitments = commitments;
        this.agencies = agencies;
    }

    @Override
    public List<Agency> agencies() {
        return agencies.agencies();
    }

    @Override
    public void apply(List<Long> ids, Status status, Long ownerAgencyId, LocalDate deadline, String author) {
        commitments.changeMany(ids, status, ownerAgencyId, deadline, author);
    }
}
