package org.commitmentstracker.ui.statements;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.commitmentstracker.ui.KindChip;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.SampleChip;
import org.commitmentstracker.ui.WrappedTextCell;

/**
 * The statements and, for the one selected, all its units with their kinds; a statement is
 * deleted with the button, its context menu or the Delete key. Binds to {@link StatementsViewModel}.
 */
public final class StatementsView extends SplitPane {

    public StatementsView(StatementsViewModel vm, Messages messages) {
        ListView<StatementRow> list = new ListView<>(vm.statements());
        list.setId("statementList");
        list.setCellFactory(l -> new StatementCell(l, messages));
        list.setPlaceholder(new Label(messages.get("statements.empty")));
        list.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> vm.open(row));

        Button delete = new Button(messages.get("statements.delete"));
        delete.setId("deleteStatementButton");
        delete.setTooltip(new Tooltip(messages.get("statements.delete.tooltip")));
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull()
                .or(vm.busyProperty()));
        delete.setOnAction(e -> vm.delete(list.getSelectionModel().getSelectedItem()));
        MenuItem deleteItem = new MenuItem(messages.get("statements.delete"));
        deleteItem.setId("deleteStatementMenuItem");
        deleteItem.disableProperty().bind(delete.disableProperty());
        deleteItem.setOnAction(delete.getOnAction());
        list.setContextMenu(new ContextMenu(deleteItem));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && !delete.isDisabled()) {
                e.consume();
                vm.delete(list.getSelectionModel().getSelectedItem());
            }
        });
        ProgressIndicator working = new ProgressIndicator();
        working.setId("statementsWorking");
        working.setPrefSize(18, 18);
        working.visibleProperty().bind(vm.busyProperty());
        HBox actions = new HBox(8, delete, working);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox bottom = new VBox(4, actions, line("statementsMessage", "muted-text", vm.messageProperty()),
                line("statementsError", "error-text", vm.errorProperty()));
        bottom.setPadding(new Insets(6));
        BorderPane left = new BorderPane(list, null, null, bottom, null);

        TableView<UnitRow> units = new TableView<>(vm.units());
        units.setId("unitTable");
        units.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        units.setPlaceholder(new Label(messages.get("statements.pick")));
        TableColumn<UnitRow, String> ref = new TableColumn<>(messages.get("column.ref"));
        ref.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().ref()));
        ref.setPrefWidth(60);
        ref.setMaxWidth(80);
        TableColumn<UnitRow, UnitRow> kind = new TableColumn<>(messages.get("column.kind"));
        kind.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        kind.setCellFactory(c -> new KindCell());
        kind.setPrefWidth(130);
        kind.setMaxWidth(160);
        TableColumn<UnitRow, String> text = new TableColumn<>(messages.get("column.unitText"));
        text.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().text()));
        text.setCellFactory(c -> new WrappedTextCell<>());
        units.getColumns().setAll(java.util.List.of(ref, kind, text));

        Label title = new Label();
        title.getStyleClass().add("detail-heading");
        title.setWrapText(true);
        title.textProperty().bind(vm.openedProperty());
        SampleChip sample = new SampleChip(messages);
        sample.setId("openedSampleChip");
        sample.managedProperty().bind(vm.openedSampleProperty());
        sample.visibleProperty().bind(sample.managedProperty());
        HBox heading = new HBox(8, title, sample);
        heading.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(title, Priority.ALWAYS);
        BorderPane right = new BorderPane(units, heading, null, null, null);
        BorderPane.setMargin(heading, new Insets(8));
        getItems().addAll(left, right);
        setDividerPositions(0.32);
    }

    /** A line that says what {@code text} says, taking no room while that is nothing. */
    private static Label line(String id, String style, ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
        return label;
    }

    /** Title, partners and date, and "n of m completed"; "Sample" beside the sample's statements. */
    private static final class StatementCell extends ListCell<StatementRow> {
        private final ListView<StatementRow> list;
        private final Messages messages;

        StatementCell(ListView<StatementRow> list, Messages messages) {
            this.list = list;
            this.messages = messages;
        }

        @Override
        protected void updateItem(StatementRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            Text title = new Text(row.title());
            title.getStyleClass().add("history-text");
            title.wrappingWidthProperty().bind(list.widthProperty().subtract(30));
            Label meta = new Label(row.partners() + (row.date().isEmpty() ? "" : " · " + row.date()) + " · " + row.progress());
            meta.getStyleClass().add("muted-text");
            if (!row.sample()) {
                setGraphic(new VBox(2, title, meta));
                return;
            }
            SampleChip chip = new SampleChip(messages);
            chip.getStyleClass().add("statement-sample-chip");
            HBox line = new HBox(6, chip, meta);
            line.setAlignment(Pos.CENTER_LEFT);
            setGraphic(new VBox(2, title, line));
        }
    }

    /** The kind as a coloured chip; the cue that decided it in a tooltip. */
    private static final class KindCell extends TableCell<UnitRow, UnitRow> {
        private final KindChip chip = new KindChip();

        @Override
        protected void updateItem(UnitRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            chip.show(row.kind(), row.kindLabel());
            setGraphic(chip);
            setTooltip(row.cue().isEmpty() ? null : new Tooltip(row.cue()));
        }
    }
}
