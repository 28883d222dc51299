package org.commitmentstracker.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextInputDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link Dialogs} as JavaFX's own alerts and choosers, owned by a window. FX thread only. */
public final class FxDialogs implements Dialogs {
    /** Titled start-up messages are wide enough for a file path without wrapping every word. */
    private static final double TITLED_MIN_WIDTH = 520;
    private static final double QUESTION_MIN_WIDTH = 560;

    private final Supplier<Window> owner;
    private final Supplier<Messages> words;

    /**
     * @param owner the window the dialogs belong to, asked each time (null: none, as before any window)
     * @param words the UI's words now (the language can change while the window lives): titles and
     *              buttons JavaFX would otherwise show in English
     */
    public FxDialogs(Supplier<Window> owner, Supplier<Messages> words) {
        this.owner = owner;
        this.words = words;
    }

    /** Dialogs that belong to no window: before the main window is up (start-up). */
    public FxDialogs(Messages words) {
        this(() -> null, () -> words);
    }

    /** Dialogs owned by {@code owner} (may be null). */
    public FxDialogs(Window owner, Messages words) {
        this(() -> owner, () -> words);
    }

    @Override
    public Dialogs within(Window other) {
        return new FxDialogs(() -> other, words);
    }

    @Override
    public void showError(String text) {
        alert(Alert.AlertType.ERROR, text).show();
    }

    @Override
    public void showWarning(String text) {
        alert(Alert.AlertType.WARNING, text).show();
    }

    @Override
    public void showInformation(String text) {
        alert(Alert.AlertType.INFORMATION, text).show();
    }

    @Override
    public void showErrorAndWait(String title, String text) {
        Alert alert = alert(Alert.AlertType.ERROR, text);
        if (title != null) {
            alert.setTitle(title);
            alert.setHeaderText(title);
            alert.getDialogPane().setMinWidth(TITLED_MIN_WIDTH);
        }
        alert.showAndWait();
    }

    @Override
    public void showInformationAndWait(String title, String header, String text) {
        Alert alert = alert(Alert.AlertType.INFORMATION, text);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.showAndWait();
    }

    @Override
    public void showProgressInformation(String title, ObservableValue<String> text) {
        Alert alert = alert(Alert.AlertType.INFORMATION, "");
        alert.getDialogPane().setId("progressNotice");
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.contentTextProperty().bind(text);
        // The text grows when the work ends (the calendar export says how to open its file): the notice grows with it
        // instead of cutting it short with "…".
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.getDialogPane().setMinWidth(QUESTION_MIN_WIDTH);
        text.addListener((o, was, is) -> javafx.application.Platform.runLater(() -> {
            Window shown = alert.getDialogPane().getScene() == null ? null : alert.getDialogPane().getScene().getWindow();
            if (shown != null) {
                shown.sizeToScene();
            }
        }));
        alert.show();
    }

    @Override
    public boolean confirm(String title, String header, String text, String yes, String no) {
        ButtonType yesButton = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        ButtonType noButton = new ButtonType(no, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, text, yesButton, noButton);
        alert.getDialogPane().setId("confirmDialog");
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setMinWidth(QUESTION_MIN_WIDTH);
        // A question guards something that cannot be taken back (delete, restore, save past dates):
        // Enter answers "no", and "yes" takes a deliberate click or its mnemonic.
        ((Button) alert.getDialogPane().lookupButton(yesButton)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(noButton)).setDefaultButton(true);
        return alert.showAndWait().filter(yesButton::equals).isPresent();
    }

    @Override
    public Optional<String> askText(String title, String header, String label, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial == null ? "" : initial);
        dialog.getDialogPane().setId("askTextDialog");
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.setContentText(label);
        translateButtons(dialog.getDialogPane());
        return dialog.showAndWait();
    }

    @Override
    public Optional<String> askPassword(String title, String header, String label) {
        javafx.scene.control.Dialog<String> dialog = new javafx.scene.control.Dialog<>();
        dialog.getDialogPane().setId("askPasswordDialog");
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        javafx.scene.control.PasswordField field = new javafx.scene.control.PasswordField();
        field.setId("askPasswordField");
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(10, new javafx.scene.control.Label(label), field);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        javafx.scene.layout.HBox.setHgrow(field, javafx.scene.layout.Priority.ALWAYS);
        dialog.getDialogPane().setContent(row);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        translateButtons(dialog.getDialogPane());
        dialog.setResultConverter(button -> button == ButtonType.OK ? field.getText() : null);
        javafx.application.Platform.runLater(field::requestFocus);
        return dialog.showAndWait();
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, FileFilter filter) {
        List<File> files = fileChooser(title, filter).showOpenMultipleDialog(owner.get());
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, FileFilter filter) {
        return path(fileChooser(title, filter).showOpenDialog(owner.get()));
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (initial != null && initial.toFile().isDirectory()) {
            chooser.setInitialDirectory(initial.toFile());
        }
        return path(chooser.showDialog(owner.get()));
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName, FileFilter filter) {
        FileChooser chooser = fileChooser(title, filter);
        chooser.setInitialFileName(initialName);
        return path(chooser.showSaveDialog(owner.get()));
    }

    /** An alert with the title of its kind in the UI's language, no header, and its buttons in that language. */
    private Alert alert(Alert.AlertType type, String text) {
        Alert alert = new Alert(type, text);
        alert.initOwner(owner.get());
        alert.setTitle(words.get().get(switch (type) {
            case ERROR -> "dialog.error";
            case WARNING -> "dialog.warning";
            default -> "dialog.information";
        }));
        alert.setHeaderText(null);
        translateButtons(alert.getDialogPane());
        return alert;
    }

    /** JavaFX names its own OK and Cancel buttons in English whatever the UI's language. */
    private void translateButtons(DialogPane pane) {
        for (ButtonType type : pane.getButtonTypes()) {
            if (type == ButtonType.OK || type == ButtonType.CANCEL) {
                ((Button) pane.lookupButton(type)).setText(words.get().get(type == ButtonType.OK ? "dialog.ok"
                        : "dialog.cancel"));
            }
        }
    }

    private static FileChooser fileChooser(String title, FileFilter filter) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (filter != null) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filter.description(), filter.patterns()));
        }
        return chooser;
    }

    private static Optional<Path> path(File file) {
        return Optional.ofNullable(file).map(File::toPath);
    }
}
