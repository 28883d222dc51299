package org.commitmentstracker.ui.workspace;

import javafx.scene.control.Label;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.NoticeBar;

/**
 * Across the top of the window when other accounts on this computer can read the workspace: what
 * is open, and Make private. It does not stop the officer's work. Binds to {@link WorkspaceStatusViewModel}.
 */
public final class PrivacyBar extends NoticeBar {

    public PrivacyBar(WorkspaceStatusViewModel vm, Messages messages) {
        super("privacyWarning", "privacy-warning", vm.privacyWarningProperty(), error(vm),
                button("makePrivateButton", messages.get("privacy.makePrivate"), vm::makePrivate));
    }

    private static Label error(WorkspaceStatusViewModel vm) {
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(vm.errorProperty());
        return error;
    }
}
