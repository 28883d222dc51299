package org.commitmentstracker.ui.commitments;

import java.time.LocalDate;
import org.commitmentstracker.model.CommitmentOverview;
import org.commitmentstracker.model.Status;

/**
 * A commitment as the table shows it, already put into words in the user's language, with
 * the record it was made from (which the filters test).
 */
public record CommitmentRow(
        CommitmentOverview source,
        long commitmentId,
        String statement,
        String partners,
        String ref,
        String text,
        String owner,
        Status status,
        String statusLabel,
        LocalDate deadline,
        String deadlineLabel,
        DeadlineState deadlineState,
        String statementDate,
        String sector) {

    /** What the statement column shows: the partners and the statement's date. */
    public String statementLabel() {
        String label = partners.isEmpty() ? statement : partners;
        return statementDate.isEmpty() ? label : label + " · " + statementDate;
    }
}
