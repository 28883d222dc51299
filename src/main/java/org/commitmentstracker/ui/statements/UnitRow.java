package org.commitmentstracker.ui.statements;

import org.commitmentstracker.model.UnitKind;

/** A unit of the opened statement, with its kind in words and why it got it. */
public record UnitRow(String ref, UnitKind kind, String kindLabel, String text, String cue) {
}
