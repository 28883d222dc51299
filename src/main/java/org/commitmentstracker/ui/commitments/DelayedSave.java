package org.commitmentstracker.ui.commitments;

import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableValue;
import javafx.util.Duration;

/**
 * Remembers the layout a moment after a divider or a column edge stops moving, rather than at
 * every pixel of the drag.
 */
public final class DelayedSave {
    private final PauseTransition pause = new PauseTransition(Duration.millis(400));

    public DelayedSave(TableLayoutViewModel layout) {
        pause.setOnFinished(e -> layout.save());
    }

    /** Saves again a moment after {@code value} last changed. */
    public void watch(ObservableValue<?> value) {
        value.addListener((o, was, is) -> pause.playFromStart());
    }
}
