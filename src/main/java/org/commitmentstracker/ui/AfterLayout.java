package org.commitmentstracker.ui;

import javafx.scene.Scene;

/** Work to do once a scene has been laid out: a node just added can then take the focus, a paint be timed. */
public final class AfterLayout {
    private AfterLayout() {
    }

    /** Runs {@code action} once, after the scene's next layout pass (on the FX thread, within that pulse). FX thread. */
    public static void once(Scene scene, Runnable action) {
        // The scene's listeners are a copy-on-write list: one may remove itself while they run.
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
