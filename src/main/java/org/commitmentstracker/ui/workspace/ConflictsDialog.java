package org.commitmentstracker.ui.workspace;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.commitmentstracker.ui.DialogWidth;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.WrappedTextCell;

/**
 * The Conflicts view: a row per conflict (commitment, field, value when taken, mine, theirs, who
 * and when), and for the row chosen Keep mine, Keep theirs, or the merged text of notes. Binds to
 * {@link ConflictsViewModel}.
 */
public final class ConflictsDialog extends Dialog<ButtonType> {

    public ConflictsDialog(Window owner, ConflictsViewModel vm, Messages messages) {
        initOwner(owner);
        setTitle(messages.get("conflicts.title"));
        setHeaderText(messages.get("conflicts.header"));
        setResizable(true);
        getDialogPane().setId("conflictsDialog");
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        ((Button) getDialogPane().lookupButton(ButtonType.CLOSE)).setText(messages.get("report.close"));

        TableView<ConflictsViewModel.Row> table = new TableView<>(vm.rows());
        table.setId("conflictsTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("conflicts.column.commitment", ConflictsViewModel.Row::commitment, 140, messages));
        table.getColumns().add(column("conflicts.column.field", ConflictsViewModel.Row::field, 160, messages));
        table.getColumns().add(column("conflicts.column.base", ConflictsViewModel.Row::base, 160, messages));
        table.getColumns().add(column("conflicts.column.mine", ConflictsViewModel.Row::mine, 200, messages));
        table.getColumns().add(column("conflicts.column.theirs", ConflictsViewModel.Row::theirs, 200, messages));
        table.getColumns().add(column("conflicts.column.theirsBy", ConflictsViewModel.Row::theirsBy, 150, messages));
        table.setPrefSize(980, 300);
        table.setPlaceholder(new Label(messages.get("conflicts.none")));
        VBox.setVgrow(table, Priority.ALWAYS);
        var selected = table.getSelectionModel().selectedItemProperty();

        // The chosen row's commitment in its own words: the table gives only its statement and paragraph.
        Label commitment = new Label();
        commitment.setId("conflictCommitment");
        commitment.setWrapText(true);
        commitment.setMinHeight(Region.USE_PREF_SIZE);
        commitment.textProperty().bind(Bindings.createStringBinding(() -> selected.get() == null ? ""
                : messages.format("conflicts.commitment", selected.get().commitment(),
                        selected.get().commitmentText()), selected));

        Button keepMine = new Button(messages.get("conflicts.keepMine"));
        keepMine.setId("keepMineButton");
        keepMine.setOnAction(e -> vm.keepMine(selected.get()));
        Button keepTheirs = new Button(messages.get("conflicts.keepTheirs"));
        keepTheirs.setId("keepTheirsButton");
        keepTheirs.setOnAction(e -> vm.keepTheirs(selected.get()));
        keepMine.disableProperty().bind(selected.isNull());
        keepTheirs.disableProperty().bind(selected.isNull());

        Label mergeLabel = new Label(messages.get("conflicts.mergeLabel"));
        TextArea merged = new TextArea();
        merged.setId("mergedText");
        merged.setWrapText(true);
        merged.setPrefRowCount(4);
        mergeLabel.setLabelFor(merged);
        Button merge = new Button(messages.get("conflicts.merge"));
        merge.setId("mergeButton");
        merge.setOnAction(e -> vm.merge(selected.get(), merged.getText()));
        VBox mergeBox = new VBox(4, mergeLabel, merged, merge);
        var mergeable = Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().mergeable(),
                selected);
        mergeBox.visibleProperty().bind(mergeable);
        mergeBox.managedProperty().bind(mergeable);
        selected.addListener((o, was, row) -> merged.setText(row == null ? "" : row.mergeText()));

        Label message = new Label();
        message.setId("conflictsMessage");
        message.textProperty().bind(vm.messageProperty());
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        HBox buttons = new HBox(8, keepMine, keepTheirs, message);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getDialogPane().setContent(new VBox(10, table, commitment, buttons, mergeBox, error));
        DialogWidth.set(getDialogPane(), 1040);
        getDialogPane().setPrefHeight(620);
        // The first conflict is chosen, whether the list is in already or comes in later.
        vm.rows().addListener((javafx.collections.ListChangeListener<ConflictsViewModel.Row>) change -> {
            if (!vm.rows().isEmpty() && selected.get() == null) {
                table.getSelectionModel().selectFirst();
            }
        });
        table.getSelectionModel().selectFirst();
    }

    private static TableColumn<ConflictsViewModel.Row, String> column(String key,
            java.util.function.Function<ConflictsViewModel.Row, String> value, double width, Messages messages) {
        TableColumn<ConflictsViewModel.Row, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setCellFactory(c -> new WrappedTextCell<>());
        column.setPrefWidth(width);
        return column;
    }
}
