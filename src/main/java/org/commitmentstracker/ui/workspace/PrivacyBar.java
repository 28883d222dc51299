package org.commitmentstracker.ui.workspace;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.commitmentstracker.ui.Messages;

/**
 * Across the top of the window when other accounts on this computer can read the workspace: what
 * is open, and Make private. It does not stop the officer's work. Binds to {@link WorkspaceStatusViewModel}.
 */
public final class PrivacyBar extends HBox {

    public PrivacyBar(WorkspaceStatusViewModel vm, Messages messages) {
        super(10);
        setId("privacyWarning");
        getStyleClass().add("privacy-warning");
        setAlignment(Pos.CENTER_LEFT);
        Label text = new Label();
        text.setId("privacyWarningText");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        text.textProperty().bind(vm.privacyWarningProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(vm.errorProperty());
        Button makePrivate = new Button(messages.get("privacy.makePrivate"));
        makePrivate.setId("makePrivateButton");
        makePrivate.setMinWidth(USE_PREF_SIZE);
        makePrivate.setOnAction(e -> vm.makePrivate());
        getChildren().addAll(text, error, makePrivate);
        managedProperty().bind(vm.privacyWarningProperty().isNotEmpty());
        visibleProperty().bind(managedProperty());
    }
}
