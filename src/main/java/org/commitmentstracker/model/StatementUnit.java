package org.commitmentstracker.model;

/**
 * A paragraph, bullet or heading of a statement, in source order.
 *
 * @param ref     the statement's own number or bullet path ("16", "3.b"), or a running one
 * @param section the heading the unit stands under, if any
 * @param cue     why the unit got its kind (the words that decided it), if known
 */
public record StatementUnit(
        Long id,
        int ordinal,
        String ref,
        UnitKind kind,
        String section,
        String text,
        String cue) {
}
