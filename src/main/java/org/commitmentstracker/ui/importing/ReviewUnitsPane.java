package org.commitmentstracker.ui.importing;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.commitmentstracker.model.UnitKind;
import org.commitmentstracker.ui.KindChip;
import org.commitmentstracker.ui.Messages;

/**
 * The selected statement's paragraphs under their heading: kept or not, ref, kind and text with
 * what a tracked commitment will carry; a rejected one is drawn as such. Choosing one selects it.
 */
final class ReviewUnitsPane extends VBox {
    private final ImportReviewViewModel vm;
    private final TableView<UnitReview> units = new TableView<>();

    ReviewUnitsPane(ImportReviewViewModel vm, Messages messages) {
        super(4);
        this.vm = vm;
        units.setId("reviewUnits");
        units.setAccessibleText(messages.get("review.units"));
        units.setEditable(true);
        units.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        units.setPlaceholder(new Label(messages.get("review.empty")));
        TableColumn<UnitReview, Boolean> kept = new TableColumn<>(messages.get("review.keep"));
        kept.setCellValueFactory(c -> c.getValue().keptProperty());
        kept.setCellFactory(CheckBoxTableCell.forTableColumn(kept));
        kept.setEditable(true);
        kept.setPrefWidth(58);
        kept.setMinWidth(58);
        kept.setMaxWidth(60);
        TableColumn<UnitReview, String> ref = new TableColumn<>(messages.get("column.ref"));
        ref.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().ref()));
        ref.setPrefWidth(45);
        ref.setMaxWidth(55);
        TableColumn<UnitReview, UnitKind> kindColumn = new TableColumn<>(messages.get("column.kind"));
        kindColumn.setCellValueFactory(c -> c.getValue().kindProperty());
        kindColumn.setCellFactory(c -> new KindCell());
        kindColumn.setPrefWidth(110);
        kindColumn.setMaxWidth(115);
        TableColumn<UnitReview, UnitLine> text = new TableColumn<>(messages.get("column.unitText"));
        text.setCellValueFactory(c -> {
            UnitReview u = c.getValue();
            return Bindings.createObjectBinding(() -> new UnitLine(u.text(), vm.trackingLabel(u)), u.sectorProperty(),
                    u.ownerProperty(), u.deadlineProperty(), u.kindProperty(), u.keptProperty());
        });
        text.setCellFactory(c -> new UnitTextCell());
        units.getColumns().setAll(List.of(kept, ref, kindColumn, text));
        units.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(UnitReview item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(PseudoClass.getPseudoClass("rejected"),
                        item != null && !item.keptProperty().get());
            }
        });
        units.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> vm.selectedUnitProperty().set(now));
        getChildren().setAll(ReviewLabels.section(messages.get("review.units"), units), units);
        VBox.setVgrow(units, Priority.ALWAYS);
    }

    /** Lists this statement's paragraphs, or none. */
    void show(StatementReview statement) {
        units.setItems(statement == null ? FXCollections.observableArrayList() : statement.units());
    }

    /** Selects this paragraph in the list, if it is not already. */
    void select(UnitReview unit) {
        if (units.getSelectionModel().getSelectedItem() != unit) {
            units.getSelectionModel().select(unit);
        }
    }

    /** The kind as a coloured chip; the cue that decided it in a tooltip. */
    private final class KindCell extends TableCell<UnitReview, UnitKind> {
        private final KindChip chip = new KindChip();

        @Override
        protected void updateItem(UnitKind item, boolean empty) {
            super.updateItem(item, empty);
            UnitReview unit = empty ? null : getTableRow().getItem();
            if (item == null || unit == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            chip.show(item, vm.kindLabel(item));
            setGraphic(chip);
            String cue = unit.cueProperty().get();
            setTooltip(cue == null || cue.isEmpty() ? null : new Tooltip(cue));
        }
    }

    /** A unit's text and, under it, what a tracked commitment will carry. */
    private record UnitLine(String text, String tracking) {
    }

    /** The text wrapped to the column; sector, owner and deadline in a muted line below. */
    private static final class UnitTextCell extends TableCell<UnitReview, UnitLine> {
        private final Text text = new Text();
        private final Label tracking = new Label();
        private final VBox box = new VBox(2, text, tracking);

        UnitTextCell() {
            text.wrappingWidthProperty().bind(widthProperty().subtract(12));
            text.getStyleClass().add("wrapping-text");
            tracking.getStyleClass().add("muted-text");
            tracking.managedProperty().bind(tracking.visibleProperty());
        }

        @Override
        protected void updateItem(UnitLine item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            text.setText(item.text());
            tracking.setText(item.tracking());
            tracking.setVisible(!item.tracking().isEmpty());
            setGraphic(box);
        }
    }
}
