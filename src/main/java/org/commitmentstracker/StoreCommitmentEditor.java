package org.commitmentstracker;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.store.AgencyRepository;
import org.commitmentstracker.store.Attachments;
import org.commitmentstracker.store.CommitmentRepository;
import org.commitmentstracker.store.HistoryRepository;
import org.commitmentstracker.ui.detail.CommitmentDetails;
import org.commitmentstracker.ui.detail.CommitmentEditor;

/** The detail pane's reads and writes, on the workspace's repositories. */
public final class StoreCommitmentEditor implements CommitmentEditor {
    private final CommitmentRepository commitments;
    private final HistoryRepository history;
    private final AgencyRepository agencies;
    private final Attachments attachments;

    public StoreCommitmentEditor(CommitmentRepository commitments, HistoryRepository history, AgencyRepository agencies,
                          Attachments attachments) {
        this.commitments = commitments;
        this.history = history;
        this.agencies = agencies;
        this.attachments = attachments;
    }

    @Override
    public CommitmentDetails load(long id) {
        return new CommitmentDetails(
                commitments.overviewOf(id).orElseThrow(() -> new IllegalStateException("commitment " + id + " is gone")),
                commitments.find(id).orElseThrow(), history.forCommitment(id), agencies.findAll());
    }

    @Override
    public void changeStatus(long id, Status status, String author) {
        commitments.changeStatus(id, status, author, null);
    }

    @Override
    public void changeOwner(long id, Long agencyId, String author) {
        commitments.changeOwner(id, agencyId, author, null);
    }

    @Override
    public void changeDeadline(long id, LocalDate deadline, String author) {
        commitments.changeDeadline(id, deadline, author, null);
    }

    @Override
    public void changeNextStep(long id, String nextStep, String author) {
        commitments.changeNextStep(id, nextStep, author);
    }

    @Override
    public void changeCoOwners(long id, java.util.List<Long> agencyIds, String author) {
        commitments.changeCoOwners(id, agencyIds, author);
    }

    @Override
    public void changeNotes(long id, String notes, String author) {
        commitments.changeNotes(id, notes, author);
    }

    @Override
    public void addProgress(long id, String note, String author, String evidenceLink, Path attachment)
            throws IOException {
        String copied = attachment == null ? null : attachments.copyIn(id, attachment);
        try {
            commitments.addProgress(id, note, author, evidenceLink, copied);
        } catch (RuntimeException e) {
            if (copied != null) {
                attachments.discard(copied);
            }
            throw e;
        }
    }

    @Override
    public Path attachmentFile(String attachment) {
        return attachments.resolve(attachment);
    }
}
