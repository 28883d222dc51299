package org.commitmentstracker;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.commitmentstracker.store.Workspace;
import org.commitmentstracker.store.WorkspaceException;
import org.commitmentstracker.ui.Messages;

/** Opens the workspace, then the main window; a failure is told in words, never a stack trace. */
final class DesktopStartup {
    private DesktopStartup() {
    }

    /** Returns 0 once the window is up (the app then runs until it is closed), else an exit code. */
    static int start(Path dataFolder) {
        Locale locale = Locale.getDefault();
        App app;
        try {
            Workspace workspace = Workspace.open(dataFolder);
            app = new App(workspace, Clock.systemDefaultZone(), locale, System.getProperty("user.name", "unknown"));
            try {
                app.prepareWorkspace();
            } catch (RuntimeException e) {
                app.close();
                throw e;
            }
        } catch (WorkspaceException e) {
            System.err.println(e.getMessage());
            showError(new Messages(locale), e.getMessage());
            return 1;
        }
        try {
            Platform.startup(() -> {
                Stage stage = new Stage();
                stage.setOnHidden(event -> app.close());
                app.show(stage);
            });
            return 0;
        } catch (RuntimeException e) {
            app.close();
            System.err.println("Cannot open a window: " + e.getMessage()
                    + ". The desktop app needs a display; the command line works without one (see --help).");
            return 1;
        }
    }

    /** Shows the message in a dialog when a display is there; the message is on stderr anyway. */
    private static void showError(Messages messages, String message) {
        CountDownLatch closed = new CountDownLatch(1);
        try {
            Platform.startup(() -> {
            });
            Platform.runLater(() -> {
                Alert alert = new Alert(Alert.AlertType.ERROR, message);
                alert.setTitle(messages.get("startup.failed.title"));
                alert.setHeaderText(messages.get("startup.failed.title"));
                alert.getDialogPane().setMinWidth(520);
                alert.showAndWait();
                closed.countDown();
            });
            closed.await();
        } catch (RuntimeException e) {
            // No display: stderr has said it.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
