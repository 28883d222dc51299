package org.commitmentstracker.service;

import java.util.List;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.Commitment;
import org.commitmentstracker.model.CommitmentOverview;
import org.commitmentstracker.model.HistoryEntry;
import org.commitmentstracker.model.RepeatedCommitment;

/**
 * Everything the detail pane shows for one commitment, read in one go off the UI thread.
 *
 * @param alsoIn the earlier commitments (of earlier statements of the same partner) this one repeats
 */
public record CommitmentDetails(CommitmentOverview overview, Commitment commitment, List<HistoryEntry> history,
                                List<Agency> agencies, List<RepeatedCommitment> alsoIn) {
    public CommitmentDetails {
        alsoIn = List.copyOf(alsoIn);
    }

    /** A commitment that repeats none. */
    public CommitmentDetails(CommitmentOverview overview, Commitment commitment, List<HistoryEntry> history,
                             List<Agency> agencies) {
        this(overview, commitment, history, agencies, List.of());
    }
}
