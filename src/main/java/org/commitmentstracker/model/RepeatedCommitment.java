package org.commitmentstracker.model;

import java.time.LocalDate;

/**
 * An earlier commitment (of an earlier statement of the same partner) that a commitment repeats, as the
 * detail pane shows it: "Also in: statement ¶ref — status then and now".
 *
 * @param statusThen the earlier commitment's status when the later statement was signed (or imported, when
 *                   it has no date), rebuilt from history
 * @param statusNow  its status today
 * @param confirmedBy who said the two are the same undertaking, when an officer linked them (null: found by the rule,
 *                    or not linked)
 */
public record RepeatedCommitment(long earlierId, long statementId, String statementTitle, LocalDate statementDate,
                                 String ref, Status statusThen, Status statusNow, String confirmedBy) {
}
