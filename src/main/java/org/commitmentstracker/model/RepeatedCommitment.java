package org.commitmentstracker.model;

import java.time.LocalDate;

/**
 * An earlier commitment (of an earlier statement of the same partner) that a commitment repeats, as the
 * detail pane shows it: "Also in: statement ¶ref — status then and now".
 *
 * @param statusThen the earlier commitment's status when the later statement was signed (or imported, when
 *                   it has no date), rebuilt from history
 * @param statusNow  its status today
 * @param text        the earlier commitment's words, for the officer to compare
 * @param judgedBy    who last gave their word on the pair (null: nobody): that it is the same undertaking when
 *                    the two are linked, that it is not when they are not
 */
public record RepeatedCommitment(long earlierId, long statementId, String statementTitle, LocalDate statementDate,
                                 String ref, String text, Status statusThen, Status statusNow,
                                 String judgedBy) {
}
