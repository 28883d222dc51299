package org.commitmentstracker.ui.backup;

import org.commitmentstracker.service.BackupActions;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.commitmentstracker.ui.Dialogs;
import org.commitmentstracker.ui.FxDialogs;
import org.commitmentstracker.ui.Messages;

/** Pick a backup (newest first, or any file) and restore it, after being told what would be lost. */
public final class RestoreDialog extends Dialog<ButtonType> {

    /** With JavaFX's own file chooser. */
    public RestoreDialog(Window owner, BackupViewModel vm, Messages messages) {
        this(owner, vm, messages, new FxDialogs(owner, messages));
    }

    /** @param dialogs asks for another backup file (shown over this dialog) */
    public RestoreDialog(Window owner, BackupViewModel vm, Messages messages, Dialogs dialogs) {
        initOwner(owner);
        setTitle(messages.get("backup.restore.title"));
        setHeaderText(messages.get("backup.restore.header"));
        getDialogPane().setId("restoreDialog");
        ButtonType restore = new ButtonType(messages.get("backup.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType other = new ButtonType(messages.get("backup.other"), ButtonBar.ButtonData.LEFT);
        getDialogPane().getButtonTypes().setAll(other, restore,
                new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));

        ListView<BackupActions.Choice> list = new ListView<>(vm.backups());
        list.setId("backupList");
        list.setPrefHeight(220);
        list.setPlaceholder(new Label(messages.get("backup.none")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(BackupActions.Choice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : vm.label(item) + "   " + item.file().getFileName());
            }
        });
        vm.chosenProperty().addListener((o, a, b) -> list.getSelectionModel().select(b));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.chosenProperty().set(b));
        Label warning = new Label();
        warning.setWrapText(true);
        warning.setMinHeight(Label.USE_PREF_SIZE);
        warning.textProperty().bind(Bindings.createStringBinding(() -> vm.warning(vm.chosenProperty().get()),
                vm.chosenProperty()));
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        getDialogPane().setContent(new VBox(8, list, warning, error));
        getDialogPane().setPrefWidth(560);

        Button restoreButton = (Button) getDialogPane().lookupButton(restore);
        restoreButton.setId("restoreButton");
        restoreButton.disableProperty().bind(vm.chosenProperty().isNull().or(vm.busyProperty()));
        restoreButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.restore(vm.chosenProperty().get().file());
        });
        Button otherButton = (Button) getDialogPane().lookupButton(other);
        otherButton.setId("restoreOtherFileButton");
        otherButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            dialogs.within(getDialogPane().getScene().getWindow())
                    .chooseFileToOpen(messages.get("backup.restore.title"), null).ifPresent(vm::restore);
        });
        vm.restoredProperty().addListener((o, was, is) -> {
            if (is) {
                setResult(ButtonType.OK);
                close();
            }
        });
        vm.loadBackups();
    }
}
