package org.commitmentstracker.ui;

import javafx.scene.control.Label;
import org.commitmentstracker.model.UnitKind;

/** A unit's kind as a coloured chip (colours in app.css). */
public final class KindChip extends Label {
    public void show(UnitKind kind, String label) {
        setText(label);
        getStyleClass().setAll("status-chip", "kind-" + kind.name().toLowerCase());
    }
}
