package org.commitmentstracker;

import java.lang.management.ManagementFactory;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.scene.Scene;

/**
 * For the cold-start benchmark: prints one line to stderr when the main window is first
 * painted with its commitments loaded, measured from the JVM's start.
 */
final class StartupTiming {
    static final String LINE = "timing: first window painted with ";

    private StartupTiming() {
    }

    /** Prints how long after the JVM's start a phase of the start-up ended, when timing is on. */
    static void mark(String phase) {
        if (Boolean.getBoolean(App.TIMING_PROPERTY)) {
            System.err.println("timing: " + phase + " after " + sinceJvmStart() + " ms");
        }
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /**
     * Prints the line at the first pulse after both the table's rows and the dashboard's figures are in: the window
     * opens on either, and its first screen is painted with its data then.
     */
    static void reportFirstPaint(ObservableBooleanValue tableLoading, ObservableBooleanValue dashboardLoaded,
                                 ObservableList<?> rows, ObservableValue<Scene> scene) {
        boolean[] reported = {false};
        Runnable check = () -> {
            if (!tableLoading.get() && dashboardLoaded.get() && !reported[0] && scene.getValue() != null) {
                reported[0] = true;
                org.commitmentstracker.ui.AfterLayout.once(scene.getValue(), () ->
                        System.err.println(LINE + rows.size() + " commitments after " + sinceJvmStart() + " ms"));
            }
        };
        tableLoading.addListener((o, was, is) -> check.run());
        dashboardLoaded.addListener((o, was, is) -> check.run());
        // Both may be in before the window appears (the first window waits a moment for them).
        scene.addListener((o, was, is) -> check.run());
    }
}
