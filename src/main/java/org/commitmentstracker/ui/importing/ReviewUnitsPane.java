package org.commitmentstracker.ui.importing;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.commitmentstracker.model.UnitKind;
import org.commitmentstracker.ui.KindChip;
import org.commitmentstracker.ui.Messages;

/**
 * The selected statement's paragraphs under their heading, one compact row each: kept or not,
 * ref, kind, the text clamped to two lines (the whole of it in a tooltip and in the editor), and
 * a tracked commitment's owner and deadline, a deadline already past marked. A rejected one is
 * drawn as such. The left-out paragraphs (noise, those unticked) are behind a switch, with how
 * many there are. Choosing one selects it.
 */
final class ReviewUnitsPane extends VBox {
    private static final PseudoClass REJECTED = PseudoClass.getPseudoClass("rejected");
    private final ImportReviewViewModel vm;
    private final TableView<UnitReview> units = new TableView<>();

    ReviewUnitsPane(ImportReviewViewModel vm, Messages messages) {
        super(4);
        this.vm = vm;
        units.setId("reviewUnits");
        units.setAccessibleText(messages.get("review.units"));
        units.setEditable(true);
        units.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label none = new Label(messages.get("review.noParagraphs"));
        // Wrapped: on one line it was cut at the table's width.
        none.setWrapText(true);
        none.setMaxWidth(420);
        none.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        units.setPlaceholder(none);
        TableColumn<UnitReview, Boolean> kept = new TableColumn<>(messages.get("review.keep"));
        kept.setCellValueFactory(c -> c.getValue().keptProperty());
        kept.setCellFactory(CheckBoxTableCell.forTableColumn(kept));
        kept.setEditable(true);
        fixWidth(kept, 52);
        TableColumn<UnitReview, String> ref = new TableColumn<>(messages.get("column.ref"));
        ref.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().ref()));
        fixWidth(ref, 46);
        TableColumn<UnitReview, UnitKind> kindColumn = new TableColumn<>(messages.get("column.kind"));
        kindColumn.setCellValueFactory(c -> c.getValue().kindProperty());
        kindColumn.setCellFactory(c -> new KindCell());
        fixWidth(kindColumn, 112);
        TableColumn<UnitReview, String> text = new TableColumn<>(messages.get("column.unitText"));
        text.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().text()));
        text.setCellFactory(c -> new UnitTextCell());
        TableColumn<UnitReview, ImportReviewViewModel.Tracking> tracking =
                new TableColumn<>(messages.get("review.column.tracking"));
        tracking.setCellValueFactory(c -> {
            UnitReview u = c.getValue();
            return Bindings.createObjectBinding(() -> vm.tracking(u), u.sectorProperty(), u.ownerProperty(),
                    u.deadlineProperty(), u.deadlineCheckedProperty(), u.kindProperty(), u.keptProperty(),
                    vm.selectedProperty(), vm.statements());
        });
        tracking.setCellFactory(c -> new TrackingCell());
        fixWidth(tracking, 150);
        units.getColumns().setAll(List.of(kept, ref, kindColumn, text, tracking));
        // Paragraphs stand in the statement's order, which is the order they are saved in.
        units.getColumns().forEach(c -> c.setSortable(false));
        units.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(UnitReview item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(REJECTED, item != null && !item.keptProperty().get());
            }
        });
        units.itemsProperty().bind(vm.shownUnitsProperty());
        units.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> vm.selectedUnitProperty().set(now));

        CheckBox showLeftOut = new CheckBox();
        showLeftOut.setId("reviewShowLeftOut");
        showLeftOut.textProperty().bind(vm.leftOutLabel());
        showLeftOut.selectedProperty().bindBidirectional(vm.showLeftOutProperty());
        showLeftOut.setMinWidth(Region.USE_PREF_SIZE);
        Label heading = ReviewLabels.section(messages.get("review.units"), units);
        heading.setMinWidth(0);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(10, heading, gap, showLeftOut);
        top.setAlignment(Pos.CENTER_LEFT);
        Label past = new Label();
        past.setId("reviewPastDeadlines");
        past.getStyleClass().add("warning-text");
        past.textProperty().bind(Bindings.concat("⚠ ", vm.pastDeadlineWarning()));
        past.visibleProperty().bind(vm.pastDeadlineWarning().isNotEmpty());
        past.managedProperty().bind(past.visibleProperty());
        getChildren().setAll(top, past, units);
        VBox.setVgrow(units, Priority.ALWAYS);
    }

    private static void fixWidth(TableColumn<?, ?> column, double width) {
        column.setPrefWidth(width);
        column.setMinWidth(width);
        column.setMaxWidth(width + 6);
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

    /** A paragraph's text, as much as two lines hold; the whole of it in a tooltip. */
    private static final class UnitTextCell extends TableCell<UnitReview, String> {
        UnitTextCell() {
            setWrapText(true);
            setTextOverrun(OverrunStyle.ELLIPSIS);
            getStyleClass().add("unit-text");
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            setTooltip(empty || item == null ? null : wrapped(item));
        }
    }

    /** A tracked commitment's owner over its deadline; a deadline already past marked, and said in the tooltip. */
    private static final class TrackingCell extends TableCell<UnitReview, ImportReviewViewModel.Tracking> {
        TrackingCell() {
            setTextOverrun(OverrunStyle.ELLIPSIS);
        }

        @Override
        protected void updateItem(ImportReviewViewModel.Tracking item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("past-deadline");
            if (empty || item == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(item.owner() + "\n" + item.deadline());
            setTooltip(wrapped(item.details()));
            if (item.pastDeadline()) {
                getStyleClass().add("past-deadline");
            }
        }
    }

    private static Tooltip wrapped(String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(520);
        return tooltip;
    }
}
