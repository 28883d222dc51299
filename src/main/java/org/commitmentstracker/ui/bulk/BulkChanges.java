package org.commitmentstracker.ui.bulk;

import java.time.LocalDate;
import java.util.List;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.Status;

/** What bulk editing reads and writes; the app gives it the store's repositories. */
public interface BulkChanges {
    List<Agency> agencies();

    /** Changes every commitment or none; a null value leaves that field as it is. */
    void apply(List<Long> ids, Status status, Long ownerAgencyId, LocalDate deadline, String author);
}
