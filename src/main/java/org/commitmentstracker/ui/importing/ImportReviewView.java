package org.commitmentstracker.ui.importing;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.commitmentstracker.ui.Dialogs;
import org.commitmentstracker.ui.Messages;

/**
 * The review screen, laid out for a laptop: files on the left; the selected statement's details
 * folded into one line on top (unfolded to edit them); its paragraphs in compact rows in the
 * middle; the selected paragraph's fields over the source text on the right; progress and the
 * buttons at the bottom. It binds to {@link ImportReviewViewModel}, and shows each region the
 * statement and paragraph selected now.
 */
public final class ImportReviewView extends BorderPane {
    private final ImportReviewViewModel vm;
    private final TitledPane details = new TitledPane();
    private final StatementMetadataForm metadata;
    private final ReviewUnitsPane units;
    private final ReviewSourcePane source;
    private final UnitEditor unitEditor;
    private final ReviewActionBar actions;

    /** @param dialogs asks before saving deadlines already past (shown over the review) */
    public ImportReviewView(ImportReviewViewModel vm, Messages messages, Dialogs dialogs) {
        this.vm = vm;
        getStyleClass().add("import-review");
        setLeft(new ReviewFileList(vm, messages));
        BooleanBinding editable = editable(vm);
        metadata = new StatementMetadataForm(vm, messages, editable);
        details.setId("reviewDetails");
        details.setContent(metadata);
        details.setExpanded(false);
        details.setAnimated(false);
        // A long title is cut at the window's edge, never widening the window past the screen.
        details.setMinWidth(0);
        details.setTooltip(new Tooltip(messages.get("review.meta.unfold")));
        units = new ReviewUnitsPane(vm, messages);
        source = new ReviewSourcePane(messages);
        unitEditor = new UnitEditor(vm, messages, editable);
        VBox side = new VBox(8, unitEditor, source);
        VBox.setVgrow(source, Priority.ALWAYS);
        SplitPane unitsAndSide = new SplitPane(units, side);
        unitsAndSide.setOrientation(Orientation.HORIZONTAL);
        unitsAndSide.setDividerPositions(0.62);
        VBox centre = new VBox(6, details, unitsAndSide);
        VBox.setVgrow(unitsAndSide, Priority.ALWAYS);
        centre.setPadding(new Insets(6, 10, 0, 10));
        setCenter(centre);
        actions = new ReviewActionBar(vm, messages, () -> dialogs.within(getScene().getWindow()));
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
        details.textProperty().unbind();
        details.textProperty().bind(statement == null ? Bindings.createStringBinding(() -> vm.summary(null))
                : Bindings.createStringBinding(() -> vm.summary(statement), statement.titleProperty(),
                statement.partnersProperty(), statement.dateProperty(), statement.languageProperty()));
        metadata.show(statement);
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
