package org.commitmentstracker.model;

import java.time.LocalDate;

/**
 * What one row of a filled update form asks to change; null fields change nothing.
 *
 * @param note         a progress note to add, or null
 * @param evidenceLink the note's evidence link, or null
 */
public record FormUpdate(long commitmentId, Status status, LocalDate deadline, String note, String evidenceLink) {
    public boolean isEmpty() {
        return status == null && deadline == null && note == null;
    }
}
