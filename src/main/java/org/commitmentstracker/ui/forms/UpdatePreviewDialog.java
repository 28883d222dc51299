package org.commitmentstracker.ui.forms;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.commitmentstracker.importing.UpdatePreview;
import org.commitmentstracker.ui.DialogWidth;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.WrappedTextCell;

/** The rows of a returned update form and what each would do; Apply writes the accepted ones. */
public final class UpdatePreviewDialog extends Dialog<ButtonType> {

    public UpdatePreviewDialog(Window owner, UpdateFormsViewModel vm, Messages messages) {
        initOwner(owner);
        setTitle(messages.get("forms.import.title"));
        setHeaderText(messages.get("forms.import.header"));
        setResizable(true);
        getDialogPane().setId("updatePreviewDialog");
        DialogWidth.set(getDialogPane(), 860);
        ButtonType apply = new ButtonType(messages.get("forms.apply"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(messages.get("report.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(apply, close);

        TableView<UpdatePreview.RowOutcome> table = new TableView<>(vm.rows());
        table.setId("updatePreviewTable");
        table.setPlaceholder(new Label(messages.get("forms.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<UpdatePreview.RowOutcome, String> row = new TableColumn<>(messages.get("forms.row"));
        row.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Integer.toString(c.getValue().row())));
        row.setMaxWidth(60);
        TableColumn<UpdatePreview.RowOutcome, String> ref = new TableColumn<>(messages.get("column.ref"));
        ref.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().ref()));
        ref.setMaxWidth(70);
        TableColumn<UpdatePreview.RowOutcome, UpdatePreview.Outcome> outcome =
                new TableColumn<>(messages.get("forms.outcome"));
        outcome.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().outcome()));
        outcome.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(UpdatePreview.Outcome item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : vm.outcomeLabel(item));
                getStyleClass().removeAll("error-text", "success-text", "muted-text");
                if (!empty && item != null) {
                    getStyleClass().add(switch (item) {
                        case APPLY -> "success-text";
                        case UNCHANGED -> "muted-text";
                        case CONFLICT, REJECTED -> "error-text";
                    });
                }
            }
        });
        outcome.setPrefWidth(120);
        outcome.setMaxWidth(150);
        TableColumn<UpdatePreview.RowOutcome, String> changes = new TableColumn<>(messages.get("forms.changes"));
        changes.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(vm.changes(c.getValue())));
        changes.setCellFactory(c -> new WrappedTextCell<>());
        table.getColumns().setAll(List.of(row, ref, outcome, changes));
        table.setPrefSize(820, 360);

        Label message = new Label();
        message.setId("updatePreviewMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        getDialogPane().setContent(new VBox(8, message, error, table));

        Button applyButton = (Button) getDialogPane().lookupButton(apply);
        applyButton.setId("updatePreviewApply");
        applyButton.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.busyProperty().get() || !vm.canApply(),
                vm.busyProperty(), vm.previewProperty(), vm.appliedProperty()));
        // Apply writes, then the dialog stays to show what happened; Close ends it.
        applyButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.apply();
        });
        setOnCloseRequest(e -> {
            if (vm.busyProperty().get()) {
                e.consume();
            }
        });
    }
}
