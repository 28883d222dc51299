package org.commitmentstracker.ui.importing;

import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.commitmentstracker.ui.Dialogs;
import org.commitmentstracker.ui.Messages;

/** The review screen in its own window over the main one; it cannot be closed while it saves. */
public final class ImportReviewWindow {
    private ImportReviewWindow() {
    }

    /**
     * Opens the review over {@code owner}, on as much of the screen as the owner has: on a
     * laptop every line counts.
     *
     * @param dialogs asks the officer's questions, over the review
     */
    public static Stage open(Window owner, ImportReviewViewModel vm, Messages messages, Dialogs dialogs) {
        ImportReviewView view = new ImportReviewView(vm, messages, dialogs);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("review.title"));
        Scene scene = new Scene(view, Math.max(900, owner.getScene().getWidth()),
                Math.max(600, owner.getScene().getHeight()));
        stage.setX(owner.getX());
        stage.setY(owner.getY());
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        view.closeButton().setOnAction(e -> stage.hide());
        // Closing mid-save would leave the officer unsure what landed: stop first, then close.
        stage.setOnCloseRequest(e -> {
            if (vm.busyProperty().get()) {
                vm.stop();
                e.consume();
            }
        });
        stage.show();
        return stage;
    }
}
