package org.commitmentstracker.ui.workspace;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.commitmentstracker.ui.DialogWidth;
import org.commitmentstracker.ui.Dialogs;
import org.commitmentstracker.ui.Messages;

/** File &gt; Take offline: a folder, all or some partners, the copy's progress, then Open the copy. Binds to {@link TakeOfflineViewModel}. */
public final class TakeOfflineDialog extends Dialog<ButtonType> {

    public TakeOfflineDialog(Window owner, TakeOfflineViewModel vm, Messages messages, Dialogs dialogs) {
        initOwner(owner);
        setTitle(messages.get("offline.title"));
        setHeaderText(messages.get("offline.header"));
        getDialogPane().setId("takeOfflineDialog");
        ButtonType make = new ButtonType(messages.get("offline.button"), ButtonBar.ButtonData.OK_DONE);
        ButtonType open = new ButtonType(messages.get("offline.open"), ButtonBar.ButtonData.YES);
        getDialogPane().getButtonTypes().setAll(make, open, ButtonType.CLOSE);

        TextField folder = new TextField();
        folder.setId("offlineFolder");
        // Typed or chosen: the officer may paste a path as well as browse for it.
        folder.setText(vm.folderProperty().get() == null ? "" : vm.folderProperty().get().toString());
        folder.textProperty().addListener((o, was, typed) -> vm.folderProperty().set(typedFolder(typed)));
        vm.folderProperty().addListener((o, was, chosen) -> {
            if (chosen != null && !chosen.equals(typedFolder(folder.getText()))) {
                folder.setText(chosen.toString());
            }
        });
        Button choose = new Button(messages.get("offline.choose"));
        choose.setId("offlineChoose");
        choose.setOnAction(e -> dialogs.within(getDialogPane().getScene().getWindow())
                .chooseFolder(messages.get("offline.title"), vm.folderProperty().get())
                .ifPresent(vm.folderProperty()::set));
        Label folderLabel = new Label(messages.get("offline.folder"));
        folderLabel.setMinWidth(Label.USE_PREF_SIZE);
        HBox folderRow = new HBox(8, folderLabel, folder, choose);
        folderRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(folder, Priority.ALWAYS);

        ToggleGroup scope = new ToggleGroup();
        RadioButton everything = new RadioButton(messages.get("offline.everything"));
        everything.setId("offlineEverything");
        RadioButton some = new RadioButton(messages.get("offline.somePartners"));
        some.setId("offlineSomePartners");
        everything.setToggleGroup(scope);
        some.setToggleGroup(scope);
        everything.setSelected(vm.everythingProperty().get());
        some.setSelected(!vm.everythingProperty().get());
        everything.selectedProperty().addListener((o, was, is) -> vm.everythingProperty().set(is));
        ListView<TakeOfflineViewModel.Partner> partners = new ListView<>(vm.partners());
        partners.setId("offlinePartners");
        partners.setPrefHeight(150);
        partners.setCellFactory(CheckBoxListCell.forListView(TakeOfflineViewModel.Partner::chosen,
                new javafx.util.StringConverter<>() {
                    @Override
                    public String toString(TakeOfflineViewModel.Partner partner) {
                        return partner == null ? "" : partner.shown();
                    }

                    @Override
                    public TakeOfflineViewModel.Partner fromString(String s) {
                        return null;
                    }
                }));
        partners.disableProperty().bind(vm.everythingProperty());

        ProgressBar progress = new ProgressBar();
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.busyProperty());
        progress.managedProperty().bind(vm.busyProperty());
        Label message = new Label();
        message.setId("offlineMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.managedProperty().bind(vm.messageProperty().isNotEmpty());
        Label error = new Label();
        error.setId("offlineError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.managedProperty().bind(vm.errorProperty().isNotEmpty());
        VBox form = new VBox(8, folderRow, everything, some, partners);
        form.disableProperty().bind(vm.busyProperty().or(vm.madeProperty().isNotNull()));
        getDialogPane().setContent(new VBox(10, form, progress, message, error));
        DialogWidth.set(getDialogPane(), 620);

        Button makeButton = (Button) getDialogPane().lookupButton(make);
        makeButton.setId("offlineMakeButton");
        makeButton.disableProperty().bind(vm.busyProperty().or(vm.madeProperty().isNotNull()));
        makeButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.takeOffline();
        });
        Button openButton = (Button) getDialogPane().lookupButton(open);
        openButton.setId("offlineOpenButton");
        openButton.disableProperty().bind(vm.madeProperty().isNull());
        openButton.setOnAction(e -> vm.openCopy());
        Button close = (Button) getDialogPane().lookupButton(ButtonType.CLOSE);
        close.setText(messages.get("report.close"));
        close.disableProperty().bind(vm.busyProperty());
    }

    /** The folder a typed path names; null while it is empty or no path at all. */
    private static java.nio.file.Path typedFolder(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return java.nio.file.Path.of(typed.strip());
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }
}
