package org.commitmentstracker.ui.settings;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.commitmentstracker.ui.DialogWidth;
import org.commitmentstracker.ui.Dialogs;
import org.commitmentstracker.ui.FxDialogs;
import org.commitmentstracker.ui.LabelConverter;
import org.commitmentstracker.ui.Messages;

/** The Settings screen as a dialog: Enter saves, Escape cancels. Binds to {@link SettingsViewModel}. */
public final class SettingsDialog extends Dialog<ButtonType> {

    private final Dialogs dialogs;

    /** With JavaFX's own folder chooser. */
    public SettingsDialog(Window owner, SettingsViewModel vm, Messages messages) {
        this(owner, vm, messages, new FxDialogs(owner, messages));
    }

    /** @param dialogs asks for the folders (shown over this dialog) */
    public SettingsDialog(Window owner, SettingsViewModel vm, Messages messages, Dialogs dialogs) {
        this.dialogs = dialogs;
        initOwner(owner);
        setTitle(messages.get("settings.title"));
        setHeaderText(messages.get("settings.header"));
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().setId("settingsDialog");

        ComboBox<String> language = new ComboBox<>();
        language.setId("settingsLanguage");
        language.getItems().setAll(vm.languages());
        language.setConverter(new LabelConverter<>(vm::languageLabel));
        language.valueProperty().bindBidirectional(vm.languageProperty());
        TextField author = new TextField();
        author.setId("settingsAuthor");
        author.textProperty().bindBidirectional(vm.authorProperty());
        author.setPrefColumnCount(28);
        Label dataNote = new Label();
        dataNote.getStyleClass().add("muted-text");
        dataNote.setWrapText(true);
        dataNote.setMaxWidth(470);
        dataNote.setMinHeight(Label.USE_PREF_SIZE);
        dataNote.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(vm::dataFolderNote,
                vm.dataFolderProperty()));
        Node dataFolder = folderRow("settingsDataFolder", vm.dataFolderProperty(), messages,
                messages.get("settings.dataFolder"), vm.dataFolderProperty()::set);
        Node backupFolder = folderRow("settingsBackupFolder", vm.backupFolderProperty(), messages,
                messages.get("settings.backupFolder"), vm.backupFolderProperty()::set);
        Label error = new Label();
        error.setId("settingsError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        addRow(grid, 0, messages.get("settings.language"), language);
        addRow(grid, 1, messages.get("settings.author"), author);
        addRow(grid, 2, messages.get("settings.dataFolder"), new VBox(4, dataFolder, dataNote));
        addRow(grid, 3, messages.get("settings.backupFolder"), backupFolder);
        getDialogPane().setContent(new VBox(10, grid, error));
        DialogWidth.set(getDialogPane(), 680);

        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.setText(messages.get("settings.save"));
        ok.disableProperty().bind(vm.validBinding().not());
        ((Button) getDialogPane().lookupButton(ButtonType.CANCEL)).setText(messages.get("settings.cancel"));
        // OK saves first; the dialog closes only once the settings are kept.
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.save();
        });
        vm.savedProperty().addListener((o, was, is) -> {
            if (is) {
                setResult(ButtonType.OK);
                close();
            }
        });
        setOnShown(e -> author.requestFocus());
    }

    private Node folderRow(String id, javafx.beans.value.ObservableValue<Path> folder, Messages messages, String title,
                           Consumer<Path> choose) {
        TextField path = new TextField();
        path.setId(id);
        path.setEditable(false);
        path.setAccessibleText(title);
        path.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> folder.getValue() == null ? "" : folder.getValue().toString(), folder));
        Button change = new Button(messages.get("settings.choose"));
        change.setId(id + "Choose");
        change.setAccessibleText(title + ": " + messages.get("settings.choose"));
        change.setOnAction(e -> {
            dialogs.within(getOwner()).chooseFolder(title, folder.getValue()).ifPresent(choose);
        });
        HBox row = new HBox(6, path, change);
        HBox.setHgrow(path, Priority.ALWAYS);
        return row;
    }

    private static void addRow(GridPane grid, int row, String label, Node field) {
        Label l = new Label(label);
        l.setLabelFor(field);
        l.setMinWidth(Label.USE_PREF_SIZE);
        field.setAccessibleText(label);
        grid.addRow(row, l, field);
        GridPane.setHgrow(field, Priority.ALWAYS);
    }
}
