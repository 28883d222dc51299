package org.commitmentstracker.ui.importing;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.commitmentstracker.ui.Dialogs;
import org.commitmentstracker.ui.Messages;

/**
 * The foot of the review: progress while reading or saving, what happened and what went wrong,
 * and Stop (while busy), Close and Save. Esc stops while busy and closes otherwise; Enter saves.
 */
final class ReviewActionBar extends HBox {
    private final Button close = new Button();

    /** @param dialogs asks before saving deadlines already past */
    ReviewActionBar(ImportReviewViewModel vm, Messages messages, java.util.function.Supplier<Dialogs> dialogs) {
        super(10);
        ProgressBar progress = new ProgressBar();
        progress.setId("reviewProgress");
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.busyProperty());
        progress.setPrefWidth(160);
        progress.managedProperty().bind(progress.visibleProperty());
        Label message = new Label();
        message.setId("reviewMessage");
        message.textProperty().bind(vm.messageProperty());
        message.setWrapText(true);
        Label error = new Label();
        error.setId("reviewError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        VBox words = new VBox(2, message, error);
        HBox.setHgrow(words, Priority.ALWAYS);
        Button stop = new Button(messages.get("review.stop"));
        stop.setId("reviewStop");
        stop.setCancelButton(true);
        stop.visibleProperty().bind(vm.busyProperty());
        stop.managedProperty().bind(stop.visibleProperty());
        stop.setOnAction(e -> vm.stop());
        close.setText(messages.get("review.close"));
        close.setId("reviewClose");
        close.disableProperty().bind(vm.busyProperty());
        close.cancelButtonProperty().bind(vm.busyProperty().not());
        Button save = new Button();
        save.setId("reviewSave");
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        save.textProperty().bind(Bindings.createStringBinding(vm::saveLabel, vm.statements()));
        save.disableProperty().bind(vm.canSaveBinding().not());
        save.setOnAction(e -> vm.save(dialogs.get()));
        // The Save button is disabled once all is saved: keep the keyboard in the window on Close.
        vm.busyProperty().addListener((o, was, is) -> {
            if (was && !is && save.isDisabled()) {
                close.requestFocus();
            }
        });
        getChildren().setAll(progress, words, stop, close, save);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(8, 10, 10, 10));
        getStyleClass().add("review-actions");
    }

    /** The Close button, for the window to act on. */
    Button closeButton() {
        return close;
    }
}
