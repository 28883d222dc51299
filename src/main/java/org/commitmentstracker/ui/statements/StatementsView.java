package org.commitmentstracker.ui.statements;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.commitmentstracker.ui.KindChip;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.WrappedTextCell;

/** The statements and, for the one selected, all its units with their kinds. Binds to {@link StatementsViewModel}. */
public final class StatementsView extends SplitPane {

    public StatementsView(StatementsViewModel vm, Messages messages) {
        ListView<StatementRow> list = new ListView<>(vm.statements());
        list.setId("statementList");
        list.setCellFactory(l -> new StatementCell(l));
        list.setPlaceholder(new Label(messages.get("statements.empty")));
        list.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> vm.open(row));

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
        BorderPane right = new BorderPane(units, title, null, null, null);
        BorderPane.setMargin(title, new Insets(8));
        getItems().addAll(list, right);
        setDividerPositions(0.32);
    }

    /** Title, partners and date, and "n of m completed". */
    private static final class StatementCell extends ListCell<StatementRow> {
        private final ListView<StatementRow> list;

        StatementCell(ListView<StatementRow> list) {
            this.list = list;
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
            setGraphic(new VBox(2, title, meta));
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
