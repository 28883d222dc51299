package org.commitmentstracker;

import java.time.LocalDate;
import java.util.List;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.store.AgencyRepository;
import org.commitmentstracker.store.CommitmentRepository;
import org.commitmentstracker.ui.bulk.BulkChanges;

/** Bulk edit's reads and writes, on the workspace's repositories. */
final class StoreBulkChanges implements BulkChanges {
    private final CommitmentRepository commitments;
    private final AgencyRepository agencies;

    StoreBulkChanges(CommitmentRepository commitments, AgencyRepository agencies) {
        this.commitments = commitments;
        this.agencies = agencies;
    }

    @Override
    public List<Agency> agencies() {
        return agencies.findAll();
    }

    @Override
    public void apply(List<Long> ids, Status status, Long ownerAgencyId, LocalDate deadline, String author) {
        commitments.changeMany(ids, status, ownerAgencyId, deadline, author);
    }
}
