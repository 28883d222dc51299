package org.commitmentstracker.extract.segment;

/** How a paragraph of a statement is marked at its start. */
public enum MarkerType {
    /** "12." or "12)" */
    NUMBER,
    /** "IV." — a section */
    ROMAN,
    /** "a)", "(b)", "c." */
    LETTER,
    /** "-", "–", "•", "*" ... */
    BULLET,
    /** a plain paragraph */
    NONE
}
