package org.commitmentstracker.service;

import java.time.LocalDate;
import org.commitmentstracker.model.Status;

/**
 * What the detail pane reads and writes: {@link CommitmentService}, or a test double. An
 * interface so the ViewModel is tested without a store.
 */
public interface CommitmentEditor {
    CommitmentDetails load(long commitmentId);

    void changeStatus(long id, Status status, String author);

    void changeOwner(long id, Long agencyId, String author);

    void changeDeadline(long id, LocalDate deadline, String author);

    void changeNextStep(long id, String nextStep, String author);

    /** Moves the commitment to another sector of cooperation (recorded in its history). */
    void changeSector(long id, org.commitmentstracker.model.Sector sector, String author);

    void changeCoOwners(long id, java.util.List<Long> agencyIds, String author);

    void changeNotes(long id, String notes, String author);

    /**
     * Adds a progress note; its evidence link and attached file (copied into the workspace) may be null.
     *
     * @throws java.io.IOException with a sentence naming the file when it cannot be attached; nothing is added then
     */
    void addProgress(long id, String note, String author, String evidenceLink, java.nio.file.Path attachment)
            throws java.io.IOException;

    /** The file behind an attachment's path from the log. */
    java.nio.file.Path attachmentFile(String attachment);
}
