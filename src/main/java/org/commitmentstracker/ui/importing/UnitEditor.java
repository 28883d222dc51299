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
import javafx.scene.layout.FlowPane;
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
    private final TextArea unitText = new TextArea();

    /** @param editable whether the selected statement may still be changed */
    UnitEditor(ImportReviewViewModel vm, Messages messages, BooleanBinding editable) {
        super(4);
        this.messages = messages;
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
        owner.setPrefWidth(230);
        kind.setPrefWidth(140);
        sector.setPrefWidth(170);
        deadline.setPrefWidth(135);
        keep.setMinWidth(Region.USE_PREF_SIZE);
        deadline.setId("reviewDeadline");
        deadline.setConverter(new LocalDateConverter(messages));
        deadline.setAccessibleText(messages.get("column.deadline"));
        why.setId("reviewWhy");
        why.getStyleClass().add("muted-text");
        why.setWrapText(true);
        unitText.setId("reviewUnitText");
        unitText.setEditable(false);
        unitText.setWrapText(true);
        unitText.setPrefRowCount(3);
        unitText.setAccessibleText(messages.get("review.unit.text"));
        Button split = new Button(messages.get("review.split"));
        split.setId("reviewSplit");
        split.setOnAction(e -> vm.splitAt(unitText.getCaretPosition()));
        Button merge = new Button(messages.get("review.merge"));
        merge.setId("reviewMerge");
        merge.setOnAction(e -> vm.mergeWithNext());
        split.setMaxWidth(Double.MAX_VALUE);
        merge.setMaxWidth(Double.MAX_VALUE);

        // A narrow window wraps the fields onto a second line rather than cutting their values.
        FlowPane fields = new FlowPane(14, 6, keep, labelled("column.kind", kind),
                labelled("column.sector", sector), labelled("column.owner", owner), labelled("column.deadline", deadline));
        fields.setAlignment(Pos.CENTER_LEFT);
        for (Region field : List.of(kind, sector, owner, deadline)) {
            field.setMinWidth(Region.USE_PREF_SIZE);
        }
        // A commitment's own fields mean nothing for a heading or a position.
        BooleanBinding notCommitment = kind.valueProperty().isNotEqualTo(UnitKind.COMMITMENT);
        sector.disableProperty().bind(notCommitment);
        owner.disableProperty().bind(notCommitment);
        deadline.disableProperty().bind(notCommitment);
        VBox buttons = new VBox(6, split, merge);
        HBox textRow = new HBox(8, unitText, buttons);
        HBox.setHgrow(unitText, Priority.ALWAYS);
        Label none = new Label(messages.get("review.unit.none"));
        none.getStyleClass().add("muted-text");
        VBox editor = new VBox(6, fields, why, textRow);
        editor.disableProperty().bind(vm.selectedUnitProperty().isNull().or(editable.not()));
        getChildren().setAll(none, editor);
        none.visibleProperty().bind(vm.selectedUnitProperty().isNull());
        none.managedProperty().bind(none.visibleProperty());
        getStyleClass().add("unit-editor");
    }

    /** Shows (and edits) this paragraph; with none, the fields are emptied. */
    void show(UnitReview unit) {
        bindings.unbindAll();
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
        kind.setValue(unit.kind());
        why.textProperty().bind(Bindings.createStringBinding(() -> unit.cueProperty().get() == null
                ? messages.get("review.why.none") : messages.format("review.why", unit.cueProperty().get()),
                unit.cueProperty()));
        bindings.onUnbind(() -> why.textProperty().unbind());
        unitText.setText(unit.text());
    }

    private Node labelled(String key, Node field) {
        HBox box = new HBox(4, ReviewLabels.field(messages.get(key), field), field);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
