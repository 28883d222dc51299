package org.commitmentstracker.importing;

/** Why a returned update form could not be read at all, as a class; nothing of such a form is applied. */
public enum FormProblem {
    /** No such file. */
    NOT_FOUND,
    /** The system failed to read it. */
    READ_ERROR,
    /** Nothing in it. */
    EMPTY,
    /** Larger than any update form. */
    TOO_LARGE,
    /** Not an Excel workbook: text, a picture, a PDF, a Word document. */
    NOT_A_WORKBOOK,
    /** Locked with a password. */
    PASSWORD_PROTECTED,
    /** Its end is missing: copied or downloaded only in part. */
    TRUNCATED,
    /** A workbook that is not valid inside. */
    DAMAGED,
    /** A ZIP that would expand far beyond what a form holds. */
    ZIP_BOMB,
    /** XML that declares a DOCTYPE or entities, which no workbook does: an attack. */
    XML_ENTITY,
    /** A workbook, but not one that Commitments Tracker exported. */
    NOT_AN_UPDATE_FORM,
    /** An update form whose hidden sheet (owner, date of export) was edited. */
    HIDDEN_DETAILS_CHANGED,
    /** An update form whose column headings were changed, moved or deleted. */
    WRONG_COLUMNS
}
