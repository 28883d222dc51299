package org.commitmentstracker.service;

import java.util.List;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.Commitment;
import org.commitmentstracker.model.CommitmentOverview;
import org.commitmentstracker.model.HistoryEntry;

/** Everything the detail pane shows for one commitment, read in one go off the UI thread. */
public record CommitmentDetails(CommitmentOverview overview, Commitment commitment, List<HistoryEntry> history,
                                List<Agency> agencies) {
}
