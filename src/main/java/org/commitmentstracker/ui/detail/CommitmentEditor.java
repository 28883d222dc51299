package org.commitmentstracker.ui.detail;

import java.time.LocalDate;
import org.commitmentstracker.model.Status;

/**
 * What the detail pane reads and writes; the app gives it the store's repositories. An
 * interface so the ViewModel is tested without a store.
 */
public interface CommitmentEditor {
    CommitmentDetails load(long commitmentId);

    void changeStatus(long id, Status status, String author);

    void changeOwner(long id, Long agencyId, String author);

    void changeDeadline(long id, LocalDate deadline, String author);

    void changeNextStep(long id, String nextStep, String author);

    void changeCoOwners(long id, java.util.List<Long> agencyIds, String author);

    void changeNotes(long id, String notes, String author);

    void addProgress(long id, String note, String author);
}
