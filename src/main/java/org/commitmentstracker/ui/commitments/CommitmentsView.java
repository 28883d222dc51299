package org.commitmentstracker.ui.commitments;

import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.SampleChip;

/** The table of commitments. It only binds to {@link CommitmentsViewModel}. */
public final class CommitmentsView extends StackPane {
    private final TableView<CommitmentRow> table = new TableView<>();
    private final javafx.beans.property.ObjectProperty<Long> selectedCommitment =
            new javafx.beans.property.SimpleObjectProperty<>();

    public CommitmentsView(CommitmentsViewModel viewModel, Messages messages) {
        getStyleClass().add("commitments-view");
        table.setId("commitmentsTable");
        table.setAccessibleText(messages.get("commitments.table"));
        // Sorting by a column sorts the filtered rows; the filters keep working underneath.
        javafx.collections.transformation.SortedList<CommitmentRow> sorted = new javafx.collections.transformation.SortedList<>(viewModel.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        // The selection is a commitment, not a row: it survives a reload of the rows.
        table.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> {
            if (row != null) {
                selectedCommitment.set(row.commitmentId());
            }
        });
        // After the table's own listeners have dealt with the new rows (they may clear the selection).
        sorted.addListener((javafx.collections.ListChangeListener<CommitmentRow>) change ->
                javafx.application.Platform.runLater(() -> reselect(sorted)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("commitments.empty")));

        TableColumn<CommitmentRow, String> statement = column(messages.get("column.statement"), "statementColumn",
                CommitmentRow::statementLabel);
        statement.setCellFactory(c -> new StatementCell(messages));
        statement.setPrefWidth(170);
        statement.setMinWidth(115);
        TableColumn<CommitmentRow, String> ref = column(messages.get("column.ref"), "refColumn", CommitmentRow::ref);
        ref.setPrefWidth(50);
        ref.setMinWidth(44);
        ref.setComparator(Comparator.comparing(CommitmentsView::refOrder));
        TableColumn<CommitmentRow, String> text = column(messages.get("column.text"), "textColumn", CommitmentRow::text);
        text.setPrefWidth(420);
        text.setCellFactory(c -> new WrappingCell());
        TableColumn<CommitmentRow, String> sector = column(messages.get("column.sector"), "sectorColumn", CommitmentRow::sector);
        sector.setPrefWidth(150);
        sector.setMinWidth(125);
        sector.setCellFactory(c -> new WrappingCell());
        TableColumn<CommitmentRow, String> owner = column(messages.get("column.owner"), "ownerColumn", CommitmentRow::owner);
        owner.setPrefWidth(170);
        owner.setMinWidth(120);
        owner.setCellFactory(c -> new WrappingCell());
        TableColumn<CommitmentRow, CommitmentRow> status = new TableColumn<>(messages.get("column.status"));
        status.setId("statusColumn");
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        status.setCellFactory(c -> new StatusCell());
        status.setComparator(Comparator.comparing(CommitmentRow::status));
        status.setPrefWidth(160);
        status.setMinWidth(150);
        TableColumn<CommitmentRow, CommitmentRow> deadline = new TableColumn<>(messages.get("column.deadline"));
        deadline.setId("deadlineColumn");
        deadline.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        deadline.setCellFactory(c -> new DeadlineCell());
        deadline.setComparator(Comparator.comparing(CommitmentRow::deadline, Comparator.nullsLast(Comparator.naturalOrder())));
        deadline.setPrefWidth(110);
        deadline.setMinWidth(96);

        table.getColumns().setAll(java.util.List.of(statement, ref, text, sector, owner, status, deadline));

        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(48, 48);
        progress.visibleProperty().bind(viewModel.loadingProperty());
        getChildren().addAll(table, progress);
    }

    /** Keeps {@code ids} equal to the ids of the rows selected in the table. */
    public void mirrorSelectionInto(javafx.collections.ObservableList<Long> ids) {
        table.getSelectionModel().getSelectedItems().addListener(
                (javafx.collections.ListChangeListener<CommitmentRow>) change -> ids.setAll(
                        table.getSelectionModel().getSelectedItems().stream()
                                .filter(java.util.Objects::nonNull).map(CommitmentRow::commitmentId).toList()));
    }

    /** The id of the commitment last selected in the table. */
    public javafx.beans.property.ReadOnlyObjectProperty<Long> selectedCommitmentProperty() {
        return selectedCommitment;
    }

    private void reselect(java.util.List<CommitmentRow> rows) {
        Long id = selectedCommitment.get();
        if (id == null || table.getSelectionModel().getSelectedItem() != null) {
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).commitmentId() == id) {
                table.getSelectionModel().select(i);
                return;
            }
        }
    }

    private static TableColumn<CommitmentRow, String> column(String title, String id,
                                                             Function<CommitmentRow, String> value) {
        TableColumn<CommitmentRow, String> column = new TableColumn<>(title);
        column.setId(id);
        column.setCellValueFactory(c -> constant(value.apply(c.getValue())));
        return column;
    }

    private static ObservableValue<String> constant(String value) {
        return new ReadOnlyObjectWrapper<>(value);
    }

    /** Sorts "2" before "10" and "3.a" after "3". */
    private static String refOrder(String ref) {
        StringBuilder key = new StringBuilder();
        for (String part : ref.split("\\.")) {
            key.append(part.matches("\\d+") ? String.format("%06d", Integer.parseInt(part)) : part).append('.');
        }
        return key.toString();
    }

    /** Long text wraps inside the column instead of being cut off. */
    private static final class WrappingCell extends TableCell<CommitmentRow, String> {
        private final Text text = new Text();

        WrappingCell() {
            text.wrappingWidthProperty().bind(widthProperty().subtract(12));
            text.getStyleClass().add("wrapping-text");
            setPrefHeight(USE_COMPUTED_SIZE);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
            } else {
                text.setText(item);
                setGraphic(text);
            }
        }
    }

    /** Partner and date ("Sample" before the sample's); the statement's full title in a tooltip. */
    private static final class StatementCell extends TableCell<CommitmentRow, String> {
        private final Tooltip tooltip = new Tooltip();
        private final SampleChip sample;

        StatementCell(Messages messages) {
            sample = new SampleChip(messages);
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(420);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            CommitmentRow row = empty ? null : getTableRow().getItem();
            if (row == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            setText(item);
            setGraphic(row.source().sample() ? sample : null);
            tooltip.setText(row.statement());
            setTooltip(tooltip);
        }
    }

    /** The status as a coloured chip. */
    private static final class StatusCell extends TableCell<CommitmentRow, CommitmentRow> {
        private final Label chip = new Label();

        @Override
        protected void updateItem(CommitmentRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            chip.setText(row.statusLabel());
            chip.getStyleClass().setAll("status-chip", "status-" + row.status().name().toLowerCase().replace('_', '-'));
            setGraphic(chip);
        }
    }

    /** The deadline, red when overdue and amber when due within 30 days. */
    private static final class DeadlineCell extends TableCell<CommitmentRow, CommitmentRow> {
        @Override
        protected void updateItem(CommitmentRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("deadline-overdue", "deadline-due-soon");
            if (empty || row == null) {
                setText(null);
                return;
            }
            setText(row.deadlineLabel());
            if (row.deadlineState() == DeadlineState.OVERDUE) {
                getStyleClass().add("deadline-overdue");
            } else if (row.deadlineState() == DeadlineState.DUE_SOON) {
                getStyleClass().add("deadline-due-soon");
            }
        }
    }
}
