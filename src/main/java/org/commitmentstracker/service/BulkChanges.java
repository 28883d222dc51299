package org.commitmentstracker.service;

import java.time.LocalDate;
import java.util.List;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.Status;

/** What bulk editing reads and writes: {@link BulkEditService}, or a test double. */
public interface BulkChanges {
    List<Agency> agencies();

    /** Changes every commitment or none; a null value leaves that field as it is. */
    void apply(List<Long> ids, Status status, Long ownerAgencyId, LocalDate deadline, String author);
}
