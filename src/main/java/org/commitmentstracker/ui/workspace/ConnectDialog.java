package org.commitmentstracker.ui.workspace;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.commitmentstracker.ui.Messages;

/** File &gt; Connect to a team workspace: address, login, password; stays open until connected. Binds to {@link ConnectViewModel}. */
public final class ConnectDialog extends Dialog<ButtonType> {

    public ConnectDialog(Window owner, ConnectViewModel vm, Messages messages) {
        this(owner, vm, messages, "connect");
    }

    /**
     * @param words "connect" for File &gt; Connect, "publish" for File &gt; Move this workspace to a
     *              team workspace: the prefix of the title, header and button's words, and the dialog's id
     */
    public ConnectDialog(Window owner, ConnectViewModel vm, Messages messages, String words) {
        initOwner(owner);
        setTitle(messages.get(words + ".title"));
        setHeaderText(messages.get(words + ".header"));
        getDialogPane().setId(words + "Dialog");
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);

        TextField address = new TextField();
        address.setId("connectAddress");
        address.setPrefColumnCount(36);
        address.textProperty().bindBidirectional(vm.addressProperty());
        TextField login = new TextField();
        login.setId("connectLogin");
        login.textProperty().bindBidirectional(vm.loginProperty());
        PasswordField password = new PasswordField();
        password.setId("connectPassword");
        password.textProperty().bindBidirectional(vm.passwordProperty());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        row(grid, 0, messages.get("connect.address"), address);
        row(grid, 1, messages.get("connect.login"), login);
        row(grid, 2, messages.get("connect.password"), password);
        grid.disableProperty().bind(vm.busyProperty());

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(vm.busyProperty());
        spinner.managedProperty().bind(vm.busyProperty());
        Label message = new Label();
        message.setId("connectMessage");
        message.textProperty().bind(vm.messageProperty());
        Label error = new Label();
        error.setId("connectError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.setMaxWidth(570);
        // Room for a refusal of three lines from the start: a dialog already shown does not grow for it.
        error.setMinHeight(error.getFont().getSize() * 4.5);
        error.textProperty().bind(vm.errorProperty());
        getDialogPane().setContent(new VBox(10, grid, new HBox(8, spinner, message), error));
        getDialogPane().setPrefWidth(600);

        Button connect = (Button) getDialogPane().lookupButton(ButtonType.OK);
        connect.setText(messages.get(words + ".button"));
        connect.setId("connectButton");
        connect.disableProperty().bind(vm.canConnectProperty().not());
        ((Button) getDialogPane().lookupButton(ButtonType.CANCEL)).setText(messages.get("dialog.cancel"));
        // Connect works on a worker; the dialog closes only once the window has moved to the server.
        connect.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.connect();
        });
        vm.connectedProperty().addListener((o, was, is) -> {
            if (is) {
                setResult(ButtonType.OK);
                close();
            }
        });
        setOnShown(e -> {
            TextField first = vm.loginProperty().get().isBlank() ? address : password;
            first.requestFocus();
            first.end();
        });
    }

    private static void row(GridPane grid, int row, String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        label.setMinWidth(Label.USE_PREF_SIZE);
        field.setAccessibleText(text);
        grid.addRow(row, label, field);
        GridPane.setHgrow(field, Priority.ALWAYS);
    }
}
