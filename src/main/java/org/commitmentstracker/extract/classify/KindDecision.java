package org.commitmentstracker.extract.classify;

import org.commitmentstracker.model.UnitKind;

/** The kind given to a unit, and the words of the text that decided it (the cue shown to the officer). */
public record KindDecision(UnitKind kind, String cue) {
}
