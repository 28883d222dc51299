package org.commitmentstracker.model;

/** A unit to be stored, with the commitment it carries ({@code null} unless it is one). */
public record UnitDraft(StatementUnit unit, CommitmentDraft commitment) {
}
