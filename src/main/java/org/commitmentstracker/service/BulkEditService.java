package org.commitmentstracker.service;

import java.time.LocalDate;
import java.util.List;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.store.CommitmentRepository;

/** One status, owner or deadline given to many commitments at once, each change signed in their history. */
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
