package org.commitmentstracker.importing;

/**
 * What is wrong in one row of a returned update form, as a class: in the hidden ID or version it rejects the row (the
 * other rows are still applied); in an optional cell it leaves that cell out with a warning ({@link CellWarning}).
 */
public enum RowProblem {
    /** A cell holds a formula rather than a value. */
    FORMULA,
    /** The hidden ID is empty: a row added by hand. */
    MISSING_ID,
    /** A value of the wrong kind: text or a bare number where a date belongs, text where the hidden ID is. */
    WRONG_TYPE,
    /** The hidden version is no longer the time the commitment last changed. */
    VERSION_CHANGED,
    /** A status that is not one of the drop-down list, in English or Vietnamese. */
    STATUS_NOT_IN_LIST,
    /** Written as a date, but a day that does not exist, such as 31/02/2025. */
    IMPOSSIBLE_DATE,
    /** The same hidden ID on a second row. */
    DUPLICATE_ID,
    /** A hidden ID that no commitment of this workspace has. */
    UNKNOWN_ID
}
