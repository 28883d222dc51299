package org.commitmentstracker.ui.bulk;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.ui.LabelConverter;
import org.commitmentstracker.ui.LocalDateConverter;
import org.commitmentstracker.ui.Messages;

/** Shown when several commitments are selected: set a status, owner or deadline on all of them. */
public final class BulkEditBar extends FlowPane {

    public BulkEditBar(BulkEditViewModel vm, Messages messages) {
        super(8, 6);
        getStyleClass().add("bulk-bar");
        setPadding(new Insets(6, 10, 6, 10));
        setAlignment(Pos.CENTER_LEFT);
        visibleProperty().bind(vm.activeBinding());
        managedProperty().bind(visibleProperty());

        Label count = new Label();
        count.setId("bulkCount");
        count.textProperty().bind(Bindings.createStringBinding(vm::selectionLabel, vm.selection()));
        ComboBox<Status> status = new ComboBox<>(vm.statusChoices());
        status.setId("bulkStatus");
        status.setPromptText(messages.get("column.status"));
        status.setConverter(new LabelConverter<>(vm::statusLabel));
        status.valueProperty().bindBidirectional(vm.statusProperty());
        ComboBox<Agency> owner = new ComboBox<>(vm.agencies());
        owner.setId("bulkOwner");
        owner.setPromptText(messages.get("column.owner"));
        owner.setConverter(new LabelConverter<>(vm::agencyLabel));
        owner.valueProperty().bindBidirectional(vm.ownerProperty());
        owner.setPrefWidth(220);
        DatePicker deadline = new DatePicker();
        deadline.setId("bulkDeadline");
        deadline.setPromptText(messages.get("column.deadline"));
        deadline.setConverter(new LocalDateConverter(messages));
        deadline.valueProperty().bindBidirectional(vm.deadlineProperty());
        deadline.setPrefWidth(130);
        Button apply = new Button(messages.get("bulk.apply"));
        apply.setId("bulkApply");
        apply.setDefaultButton(false);
        apply.setOnAction(e -> vm.apply());
        Label message = new Label();
        message.setId("bulkMessage");
        message.textProperty().bind(vm.messageProperty());
        getChildren().addAll(count, status, owner, deadline, apply, message);
    }
}
