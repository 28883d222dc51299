package org.commitmentstracker.service;

import java.time.LocalDate;
import org.commitmentstracker.model.Status;

/**
 * What one edit of a commitment sets; a null part leaves that field as it is.
 *
 * @param ownerCode the new owner's agency code, e.g. MOIT
 * @param note      a progress note to add to the log
 */
public record CommitmentEdit(Status status, String ownerCode, LocalDate deadline, String note) {

    public boolean isEmpty() {
        return status == null && ownerCode == null && deadline == null && note == null;
    }
}
