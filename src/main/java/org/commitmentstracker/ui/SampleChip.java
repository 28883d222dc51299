package org.commitmentstracker.ui;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/** "Sample" beside what came with the sample workspace (style in app.css), saying why in a tooltip. */
public final class SampleChip extends Label {
    public SampleChip(Messages messages) {
        super(messages.get("sample.chip"));
        getStyleClass().add("sample-chip");
        setMinWidth(USE_PREF_SIZE);
        Tooltip tooltip = new Tooltip(messages.get("sample.tooltip"));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(380);
        setTooltip(tooltip);
    }
}
