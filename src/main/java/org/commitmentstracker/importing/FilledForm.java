package org.commitmentstracker.importing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.commitmentstracker.model.Explanation;
import org.commitmentstracker.model.Status;

/**
 * What a returned update form holds, read but not yet checked against the workspace.
 *
 * @param author who filled it in, as written in the form; blank when not given
 */
record FilledForm(String fileName, String ownerCode, String author, Instant exportedAt, List<Row> rows) {

    /**
     * One row as read. {@code problem} and {@code reasons} say why it cannot be used (a formula, a
     * bad status or date, a bad link, a missing ID), both null when it can; the other fields are
     * then partial.
     *
     * @param number  the row number as the spreadsheet shows it (1-based)
     * @param version when the commitment last changed before the form was made
     * @param problem the class of the first thing wrong with the row
     * @param reasons all that is wrong with it, in words (empty when nothing is)
     * @param note    the progress note, with the evidence written as text folded in; null when none
     * @param evidenceLink the evidence when it is a web address, else null
     * @param warnings optional cells left out, the rest of the row still counts
     */
    record Row(int number, Long id, Instant version, Status status, LocalDate deadline, String note,
               String evidenceLink, RowProblem problem, List<Explanation> reasons, List<CellWarning> warnings) {
        Row {
            reasons = List.copyOf(reasons);
            warnings = List.copyOf(warnings);
        }
    }
}
