package org.commitmentstracker.ui.importing;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.commitmentstracker.ui.Messages;

/**
 * The review screen: files on the left; the selected statement's metadata on top, its units
 * beside its source text, the selected unit's fields below; progress and the buttons at the
 * bottom. It binds to {@link ImportReviewViewModel}, and shows each region the statement and
 * unit selected now.
 */
public final class ImportReviewView extends BorderPane {
    private final ImportReviewViewModel vm;
    private final StatementMetadataForm metadata;
    private final ReviewUnitsPane units;
    private final ReviewSourcePane source;
    private final UnitEditor unitEditor;
    private final ReviewActionBar actions;

    public ImportReviewView(ImportReviewViewModel vm, Messages messages) {
        this.vm = vm;
        getStyleClass().add("import-review");
        setLeft(new ReviewFileList(vm, messages));
        BooleanBinding editable = editable(vm);
        metadata = new StatementMetadataForm(vm, messages, editable);
        units = new ReviewUnitsPane(vm, messages);
        source = new ReviewSourcePane(messages);
        SplitPane unitsAndSource = new SplitPane(units, source);
        unitsAndSource.setOrientation(Orientation.HORIZONTAL);
        unitsAndSource.setDividerPositions(0.64);
        unitEditor = new UnitEditor(vm, messages, editable);
        VBox centre = new VBox(8, metadata, unitsAndSource, unitEditor);
        VBox.setVgrow(unitsAndSource, Priority.ALWAYS);
        centre.setPadding(new Insets(8, 10, 0, 10));
        setCenter(centre);
        actions = new ReviewActionBar(vm, messages);
        setBottom(actions);
        vm.selectedProperty().addListener((o, old, now) -> showStatement(now));
        vm.selectedUnitProperty().addListener((o, old, now) -> showUnit(now));
        showStatement(vm.selectedProperty().get());
        showUnit(null);
    }

    /** The Close button, for the window to act on. */
    public Button closeButton() {
        return actions.closeButton();
    }

    /** Only a statement still to be saved can be changed. */
    private static BooleanBinding editable(ImportReviewViewModel vm) {
        return Bindings.createBooleanBinding(() -> vm.selectedProperty().get() != null
                        && vm.selectedProperty().get().state() == StatementReview.State.READY && !vm.busyProperty().get(),
                vm.selectedProperty(), vm.busyProperty(), vm.statements());
    }

    private void showStatement(StatementReview statement) {
        metadata.show(statement);
        units.show(statement);
        source.show(statement);
    }

    private void showUnit(UnitReview unit) {
        if (unit == null) {
            unitEditor.show(null);
            return;
        }
        units.select(unit);
        unitEditor.show(unit);
        source.mark(vm.selectedProperty().get().sourceRange(unit));
    }
}
