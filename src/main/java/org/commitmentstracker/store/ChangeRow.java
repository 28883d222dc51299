package org.commitmentstracker.store;

import org.commitmentstracker.model.HistoryField;

/**
 * One history row as a sync carries it between a server and an offline copy: its change id is the
 * same on both sides (the row's own id is not). Values are as history stores them.
 */
public record ChangeRow(String changeId, long commitmentId, String changedAt, String author, HistoryField field,
                        String oldValue, String newValue, String comment, String evidenceLink, String attachment) {
}
