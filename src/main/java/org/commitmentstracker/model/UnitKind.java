package org.commitmentstracker.model;

/** The class of a unit of a statement, as defined by the labelling rubric. */
public enum UnitKind {
    COMMITMENT,
    POSITION,
    CONTEXT,
    HEADING,
    NOISE
}
