package org.commitmentstracker.ui.importing;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.Sector;
import org.commitmentstracker.model.UnitKind;
import org.commitmentstracker.ui.LabelConverter;
import org.commitmentstracker.ui.LocalDateConverter;
import org.commitmentstracker.ui.Messages;

/**
 * The bottom of the review: the selected paragraph's fields (kept, kind, sector, owner,
 * deadline), why it has its kind, its text, and the buttons that split it or merge it with the
 * next one.
 */
final class UnitEditor extends VBox {
    private final Messages messages;
    private final SelectionBindings bindings = new SelectionBindings();
    private final CheckBox keep = new CheckBox();
    private final ComboBox<UnitKind> kind = new ComboBox<>();
    private final ComboBox<Sector> sector = new ComboBox<>();
    private final ComboBox<Agency> owner = new ComboBox<>();
    private final DatePicker deadline = new DatePicker();
    private final Label why = new Label();
    private final CheckBox pastChecked = new CheckBox();
    private final javafx.beans.property.BooleanProperty pastToCheck = new javafx.beans.property.SimpleBooleanProperty();
    private final javafx.beans.property.BooleanProperty past = new javafx.beans.property.SimpleBooleanProperty();
    private final TextArea unitText = new TextArea();

    /** @param editable whether the selected statement may still be changed */
    private final ImportReviewViewModel vm;

    UnitEditor(ImportReviewViewModel vm, Messages messages, BooleanBinding editable) {
        super(4);
        this.messages = messages;
        this.vm = vm;
        keep.setId("reviewKeep");
        keep.setText(messages.get("review.keep.long"));
        kind.setId("reviewKind");
        kind.getItems().setAll(vm.kinds());
        kind.setConverter(new LabelConverter<>(vm::kindLabel));
        kind.setOnAction(e -> vm.changeKind(kind.getValue()));
        kind.setAccessibleText(messages.get("column.kind"));
        sector.setId("reviewSector");
        sector.getItems().setAll(vm.sectors());
        sector.setConverter(new LabelConverter<>(vm::sectorLabel));
        sector.setAccessibleText(messages.get("column.sector"));
        owner.setId("reviewOwner");
        owner.setItems(vm.agencies());
        owner.setConverter(new LabelConverter<>(vm::agencyLabel));
        owner.setAccessibleText(messages.get("column.owner"));
        keep.setMinWidth(Region.USE_PREF_SIZE);
        deadline.setId("reviewDeadline");
        deadline.setConverter(new LocalDateConverter(messages));
        deadline.setAccessibleText(messages.get("column.deadline"));
        deadline.setPrefWidth(140);
        pastChecked.setId("reviewDeadlineChecked");
        pastChecked.setText(messages.get("review.pastDeadline.checked"));
        pastChecked.getStyleClass().add("warning-text");
        pastChecked.setWrapText(true);
        // Shown while the deadline is already past: to be checked, or said right.
        pastChecked.visibleProperty().bind(past);
        pastChecked.managedProperty().bind(pastChecked.visibleProperty());
        why.setId("reviewWhy");
        why.getStyleClass().add("muted-text");
        why.setWrapText(true);
        unitText.setId("reviewUnitText");
        unitText.setEditable(false);
        unitText.setWrapText(true);
        unitText.setPrefRowCount(4);
        unitText.setAccessibleText(messages.get("review.unit.text"));
        Button split = new Button(messages.get("review.split"));
        split.setId("reviewSplit");
        split.setOnAction(e -> vm.splitAt(unitText.getCaretPosition()));
        Button merge = new Button(messages.get("review.merge"));
        merge.setId("reviewMerge");
        merge.setOnAction(e -> vm.mergeWithNext());

        // Beside the paragraphs, in a narrow column: one field a line, each as wide as the column.
        GridPane fields = new GridPane();
        fields.setHgap(8);
        fields.setVgap(6);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints wide = new ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        wide.setMinWidth(0);
        fields.getColumnConstraints().setAll(label, wide);
        fields.add(keep, 0, 0, 2, 1);
        row(fields, 1, "column.kind", kind);
        row(fields, 2, "column.sector", sector);
        row(fields, 3, "column.owner", owner);
        row(fields, 4, "column.deadline", deadline);
        fields.add(pastChecked, 1, 5);
        for (Region field : List.of(kind, sector, owner)) {
            field.setMaxWidth(Double.MAX_VALUE);
            field.setMinWidth(0);
        }
        // A commitment's own fields mean nothing for a heading or a position.
        BooleanBinding notCommitment = kind.valueProperty().isNotEqualTo(UnitKind.COMMITMENT);
        sector.disableProperty().bind(notCommitment);
        owner.disableProperty().bind(notCommitment);
        deadline.disableProperty().bind(notCommitment);
        HBox buttons = new HBox(6, split, merge);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        Label none = new Label(messages.get("review.unit.none"));
        none.getStyleClass().add("muted-text");
        none.setWrapText(true);
        VBox editor = new VBox(6, fields, why, unitText, buttons);
        editor.disableProperty().bind(vm.selectedUnitProperty().isNull().or(editable.not()));
        getChildren().setAll(none, editor);
        none.visibleProperty().bind(vm.selectedUnitProperty().isNull());
        none.managedProperty().bind(none.visibleProperty());
        getStyleClass().add("unit-editor");
    }

    /** Shows (and edits) this paragraph; with none, the fields are emptied. */
    void show(UnitReview unit) {
        bindings.unbindAll();
        past.unbind();
        past.set(false);
        if (unit == null) {
            kind.setValue(null);
            unitText.clear();
            why.setText("");
            return;
        }
        bindings.bind(keep.selectedProperty(), unit.keptProperty());
        bindings.bind(sector.valueProperty(), unit.sectorProperty());
        bindings.bind(owner.valueProperty(), unit.ownerProperty());
        bindings.bind(deadline.valueProperty(), unit.deadlineProperty());
        bindings.bind(pastChecked.selectedProperty(), unit.deadlineCheckedProperty());
        StatementReview statement = vm.selectedProperty().get();
        past.bind(Bindings.createBooleanBinding(() -> statement != null && statement.isPastDeadline(unit),
                unit.deadlineProperty(), unit.kindProperty(), unit.keptProperty(), statement == null
                        ? unit.deadlineProperty() : statement.dateProperty()));
        kind.setValue(unit.kind());
        why.textProperty().bind(Bindings.createStringBinding(() -> unit.cueProperty().get() == null
                ? messages.get("review.why.none") : messages.format("review.why", unit.cueProperty().get()),
                unit.cueProperty()));
        bindings.onUnbind(() -> why.textProperty().unbind());
        unitText.setText(unit.text());
    }

    private void row(GridPane grid, int row, String key, Node field) {
        grid.add(ReviewLabels.field(messages.get(key), field), 0, row);
        grid.add(field, 1, row);
    }
}
