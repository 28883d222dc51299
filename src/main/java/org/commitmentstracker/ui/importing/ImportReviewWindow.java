package org.commitmentstracker.ui.importing;

import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.commitmentstracker.ui.Messages;

/** The review screen in its own window over the main one; it cannot be closed while it saves. */
public final class ImportReviewWindow {
    private ImportReviewWindow() {
    }

    public static Stage open(Window owner, ImportReviewViewModel vm, Messages messages) {
        ImportReviewView view = new ImportReviewView(vm, messages);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("review.title"));
        Scene scene = new Scene(view, Math.max(900, owner.getWidth() - 60), Math.max(600, owner.getHeight() - 60));
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
