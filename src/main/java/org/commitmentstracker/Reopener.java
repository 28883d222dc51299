package org.commitmentstracker;

import java.nio.file.Path;
import javafx.stage.Stage;

/**
 * How the window moves to another workspace, or to the same one once a backup replaced its
 * store: opening (store and file work) off the UI thread, showing on it.
 */
interface Reopener {
    /** Opens the workspace in {@code folder}; throws a WorkspaceException naming what is wrong. Not on the UI thread. */
    App open(Path folder);

    /** Shows an opened app in the stage. UI thread. */
    void show(App app, Stage stage);
}
