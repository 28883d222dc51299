package org.commitmentstracker.service;

import java.time.LocalDate;
import org.commitmentstracker.model.Status;

/**
 * What the detail pane reads and writes: {@link CommitmentService}, or a test double. An
 * interface so the ViewModel is tested without a store.
 */
public interface CommitmentEditor {
    CommitmentDetails load(long commitmentId);

    // Every change names the value the caller saw (what load gave): it is written only if the
    // field still holds it; else EditClashException says what it holds now and nothing is written.
    // To keep one's value anyway, change again from the value the clash named. Each returns
    // whether it wrote (false: the field already held the new value, as someone else set it too).

    /** @throws EditClashException when the status is no longer {@code seen} */
    boolean changeStatus(long id, Status seen, Status status, String author);

    /** @throws EditClashException when the owner is no longer {@code seen} */
    boolean changeOwner(long id, Long seen, Long agencyId, String author);

    /** @throws EditClashException when the deadline is no longer {@code seen} */
    boolean changeDeadline(long id, LocalDate seen, LocalDate deadline, String author);

    /** @throws EditClashException when the next step is no longer {@code seen} */
    boolean changeNextStep(long id, String seen, String nextStep, String author);

    /**
     * Moves the commitment to another sector of cooperation (recorded in its history).
     *
     * @throws EditClashException when the sector is no longer {@code seen}
     */
    boolean changeSector(long id, org.commitmentstracker.model.Sector seen, org.commitmentstracker.model.Sector sector,
                      String author);

    /** @throws EditClashException when the co-owners are no longer {@code seen} */
    void changeCoOwners(long id, java.util.List<Long> seen, java.util.List<Long> agencyIds, String author);

    /** @throws EditClashException when the notes are no longer {@code seen} */
    boolean changeNotes(long id, String seen, String notes, String author);

    /**
     * Adds a progress note; its evidence link and attached file (copied into the workspace) may be null.
     *
     * @throws java.io.IOException with a sentence naming the file when it cannot be attached; nothing is added then
     */
    void addProgress(long id, String note, String author, String evidenceLink, java.nio.file.Path attachment)
            throws java.io.IOException;

    /**
     * The earlier commitments of the same partner this one may repeat, not linked to it, for the officer to
     * judge (looked for when asked; it takes a moment with many commitments).
     */
    java.util.List<org.commitmentstracker.model.RepeatedCommitment> possibleRepeatsOf(long commitmentId);

    /**
     * Records the officer's word that {@code id} repeats the earlier commitment {@code earlierId} ({@code same}:
     * linked) or does not (unlinked); finding repeats again keeps to it.
     */
    void judgeRepeat(long id, long earlierId, boolean same, String author);

    /** The file behind an attachment's path from the log. */
    java.nio.file.Path attachmentFile(String attachment);
}
