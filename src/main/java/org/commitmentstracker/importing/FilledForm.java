package org.commitmentstracker.importing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.commitmentstracker.model.Status;

/**
 * What a returned update form holds, read but not yet checked against the workspace.
 *
 * @param author who filled it in, as written in the form; blank when not given
 */
record FilledForm(String fileName, String ownerCode, String author, Instant exportedAt, List<Row> rows) {

    /**
     * One row as read. {@code problem} says why it cannot be used (a formula, a bad status or
     * date, a bad link, a missing ID); the other fields are then partial.
     *
     * @param number  the row number as the spreadsheet shows it (1-based)
     * @param version when the commitment last changed before the form was made
     */
    record Row(int number, Long id, Instant version, Status status, LocalDate deadline, String note,
               String evidenceLink, String problem) {
    }
}
