package org.commitmentstracker.model;

import java.time.Instant;

/**
 * One append-only record of a change to a commitment, or a progress note.
 *
 * @param evidenceLink a progress note's link to its evidence, or null
 * @param attachment   a progress note's attached file, relative to the data folder ("/" separated), or null
 */
public record HistoryEntry(
        long id,
        long commitmentId,
        Instant changedAt,
        String author,
        HistoryField field,
        String oldValue,
        String newValue,
        String comment,
        String evidenceLink,
        String attachment) {
}
