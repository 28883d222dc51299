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
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.SampleChip;

/**
 * The table of commitments. It only binds to {@link CommitmentsViewModel} and, for which columns
 * show and how wide, to {@link TableLayoutViewModel}. A row is two lines high at most: long text
 * ends in an ellipsis, and the whole of it is in a tooltip and in the detail pane.
 */
public final class CommitmentsView extends StackPane {
    /** Lines of text a row shows at most. */
    static final int ROW_LINES = 2;
    /** Room a column header needs beside its title: the label's padding and a sort arrow. */
    private static final double HEADER_ROOM = 38;

    private final TableView<CommitmentRow> table = new TableView<>();
    private final CommitmentsViewModel viewModel;

    public CommitmentsView(CommitmentsViewModel viewModel, TableLayoutViewModel layout, Messages messages) {
        this.viewModel = viewModel;
        getStyleClass().add("commitments-view");
        table.setId("commitmentsTable");
        table.getStyleClass().add("dense");
        table.setAccessibleText(messages.get("commitments.table"));
        // Sorting by a column sorts the filtered rows; the filters keep working underneath.
        javafx.collections.transformation.SortedList<CommitmentRow> sorted = new javafx.collections.transformation.SortedList<>(viewModel.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        // The selection is a commitment, not a row: it survives a reload of the rows and a language switch.
        table.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> {
            if (row != null) {
                viewModel.selectedCommitmentProperty().set(row.commitmentId());
            }
        });
        // After the table's own listeners have dealt with the new rows (they may clear the selection).
        sorted.addListener((javafx.collections.ListChangeListener<CommitmentRow>) change ->
                javafx.application.Platform.runLater(() -> reselect(sorted)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(rowHeight());
        table.setPlaceholder(placeholder(viewModel, messages));
        // The "⋮" in the header's corner shows and hides columns (as View › Columns does).
        table.setTableMenuButtonVisible(true);

        TableColumn<CommitmentRow, String> statement = column(messages.get("column.statement"), "statementColumn",
                CommitmentRow::statementLabel);
        statement.setCellFactory(c -> new StatementCell(messages));
        size(statement, 150, 105);
        TableColumn<CommitmentRow, String> ref = column(messages.get("column.ref"), "refColumn", CommitmentRow::ref);
        size(ref, 50, 30);
        ref.setComparator(Comparator.comparing(CommitmentsView::refOrder));
        TableColumn<CommitmentRow, String> text = column(messages.get("column.text"), "textColumn", CommitmentRow::text);
        size(text, 420, 160);
        text.setCellFactory(c -> new ClampedCell());
        TableColumn<CommitmentRow, String> sector = column(messages.get("column.sector"), "sectorColumn", CommitmentRow::sector);
        size(sector, 130, 90);
        sector.setCellFactory(c -> new ClampedCell());
        TableColumn<CommitmentRow, String> owner = column(messages.get("column.owner"), "ownerColumn", CommitmentRow::owner);
        size(owner, 150, 100);
        owner.setCellFactory(c -> new ClampedCell());
        TableColumn<CommitmentRow, CommitmentRow> status = new TableColumn<>(messages.get("column.status"));
        status.setId("statusColumn");
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        status.setCellFactory(c -> new StatusCell());
        status.setComparator(Comparator.comparing(CommitmentRow::status));
        size(status, 150, chipWidth(messages));
        TableColumn<CommitmentRow, CommitmentRow> deadline = new TableColumn<>(messages.get("column.deadline"));
        deadline.setId("deadlineColumn");
        deadline.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        deadline.setCellFactory(c -> new DeadlineCell());
        deadline.setComparator(Comparator.comparing(CommitmentRow::deadline, Comparator.nullsLast(Comparator.naturalOrder())));
        size(deadline, 100, 90);
        // A wider window (the detail pane closed) widens the text, not the short columns.
        ref.setMaxWidth(ref.getMinWidth() + 4);
        deadline.setMaxWidth(deadline.getMinWidth() + 40);
        status.setMaxWidth(status.getMinWidth() + 30);
        statement.setMaxWidth(240);

        table.getColumns().setAll(java.util.List.of(statement, ref, text, sector, owner, status, deadline));
        DelayedSave delayedSave = new DelayedSave(layout);
        for (TableColumn<CommitmentRow, ?> column : table.getColumns()) {
            remember(column, layout);
            delayedSave.watch(column.widthProperty());
        }

        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(48, 48);
        progress.visibleProperty().bind(viewModel.loadingProperty());
        getChildren().addAll(table, progress);
    }

    /** The table's columns, for the View › Columns menu: their titles and whether each shows. */
    public java.util.List<TableColumn<CommitmentRow, ?>> columns() {
        return java.util.List.copyOf(table.getColumns());
    }

    /** Two lines of the table's text and the cell's padding. */
    private static double rowHeight() {
        Text probe = new Text("Ág\nÁg");
        probe.setFont(Font.font(Font.getDefault().getFamily(), 13));
        return Math.ceil(probe.getLayoutBounds().getHeight() + 8);
    }

    /** The widest status chip (its word in 12 px, its padding) and the cell's padding. */
    private static double chipWidth(Messages messages) {
        double widest = 0;
        for (org.commitmentstracker.model.Status status : org.commitmentstracker.model.Status.values()) {
            Text word = new Text(messages.status(status));
            word.setFont(Font.font(Font.getDefault().getFamily(), 12));
            widest = Math.max(widest, word.getLayoutBounds().getWidth());
        }
        return Math.ceil(widest + 16 + 13 + 6);
    }

    /** Wide enough by default; never so narrow that its title is cut. */
    private static void size(TableColumn<CommitmentRow, ?> column, double width, double min) {
        Text title = new Text(column.getText());
        title.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 13));
        double needed = Math.ceil(title.getLayoutBounds().getWidth() + HEADER_ROOM);
        column.setMinWidth(Math.max(min, needed));
        column.setPrefWidth(Math.max(width, needed));
    }

    /** Whether it shows and its width come from, and go back to, the remembered layout. */
    private static void remember(TableColumn<CommitmentRow, ?> column, TableLayoutViewModel layout) {
        column.visibleProperty().bindBidirectional(layout.columnVisibleProperty(column.getId()));
        javafx.beans.property.DoubleProperty width = layout.columnWidthProperty(column.getId(), column.getPrefWidth());
        column.setPrefWidth(Math.max(column.getMinWidth(), width.get()));
        column.widthProperty().addListener((o, was, is) -> width.set(is.doubleValue()));
    }

    /** Says why the table is empty: nothing stored yet, or nothing matching the filters (with a way out). */
    private static javafx.scene.Node placeholder(CommitmentsViewModel viewModel, Messages messages) {
        Label why = new Label();
        why.setId("emptyTableMessage");
        why.setWrapText(true);
        why.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        why.textProperty().bind(viewModel.emptyMessageProperty());
        javafx.scene.control.Button clear = new javafx.scene.control.Button(messages.get("filter.clear"));
        clear.setId("emptyClearFiltersButton");
        clear.setOnAction(e -> viewModel.clearFilters());
        clear.visibleProperty().bind(viewModel.filteredOutProperty());
        clear.managedProperty().bind(clear.visibleProperty());
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(8, why, clear);
        box.setAlignment(javafx.geometry.Pos.CENTER);
        box.setMaxWidth(420);
        return box;
    }

    /** Keeps {@code ids} equal to the ids of the rows selected in the table. */
    public void mirrorSelectionInto(javafx.collections.ObservableList<Long> ids) {
        table.getSelectionModel().getSelectedItems().addListener(
                (javafx.collections.ListChangeListener<CommitmentRow>) change -> ids.setAll(
                        table.getSelectionModel().getSelectedItems().stream()
                                .filter(java.util.Objects::nonNull).map(CommitmentRow::commitmentId).toList()));
    }

    private void reselect(java.util.List<CommitmentRow> rows) {
        Long id = viewModel.selectedCommitmentProperty().get();
        if (id == null || table.getSelectionModel().getSelectedItem() != null) {
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).commitmentId() == id) {
                table.getSelectionModel().select(i);
                table.scrollTo(i);
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

    /** Long text wraps to at most {@link #ROW_LINES} lines and ends in "…"; the whole of it in a tooltip. */
    private static final class ClampedCell extends TableCell<CommitmentRow, String> {
        private final Tooltip tooltip = new Tooltip();

        ClampedCell() {
            setWrapText(true);
            setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
            setEllipsisString("…");
            getStyleClass().add("clamped-cell");
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(480);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null || item.isEmpty()) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(item);
            tooltip.setText(item);
            setTooltip(tooltip);
        }
    }

    /** Partner and date ("Sample" before the sample's partner); the statement's full title in a tooltip. */
    private static final class StatementCell extends TableCell<CommitmentRow, String> {
        private final Tooltip tooltip = new Tooltip();
        private final Label samplePartner = new Label();
        private final Label sampleDate = new Label();
        private final VBox sampleLines;

        StatementCell(Messages messages) {
            // Partner on the first line, the date on the second when the column is narrow.
            setWrapText(true);
            setEllipsisString("…");
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(420);
            // A sample row: "Sample" and the partner on the first line, the date on the second.
            HBox first = new HBox(4, new SampleChip(messages), samplePartner);
            first.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            sampleLines = new VBox(first, sampleDate);
            sampleLines.setMinWidth(0);
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
            if (row.source().sample()) {
                int cut = item.lastIndexOf(" · ");
                samplePartner.setText(cut < 0 ? item : item.substring(0, cut));
                sampleDate.setText(cut < 0 ? "" : item.substring(cut + 3));
                setText(null);
                setGraphic(sampleLines);
            } else {
                setText(item);
                setGraphic(null);
            }
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
