package org.commitmentstracker.model;

/** What a history entry records a change of. PROGRESS is a dated progress note. */
public enum HistoryField {
    STATUS,
    OWNER,
    CO_OWNERS,
    DEADLINE,
    NOTES,
    NEXT_STEP,
    PROGRESS,
    /** The sector of cooperation (its code), changed at the desk. */
    SECTOR
}
