package org.commitmentstracker.ui.importing;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.Sector;
import org.commitmentstracker.model.UnitKind;
import org.commitmentstracker.ui.KindChip;
import org.commitmentstracker.ui.LabelConverter;
import org.commitmentstracker.ui.LocalDateConverter;
import org.commitmentstracker.ui.Messages;

/**
 * The review screen: files on the left; the selected statement's metadata on top, its units
 * beside its source text, the selected unit's fields below; progress and the buttons at the
 * bottom. It binds to {@link ImportReviewViewModel} and rebinds when the selection moves.
 */
public final class ImportReviewView extends BorderPane {
    private final ImportReviewViewModel vm;
    private final Messages messages;
    private final List<Runnable> statementBindings = new ArrayList<>();
    private final List<Runnable> unitBindings = new ArrayList<>();
    private final TextField title = new TextField();
    private final TextField partners = new TextField();
    private final DatePicker date = new DatePicker();
    private final TextField place = new TextField();
    private final ComboBox<String> language = new ComboBox<>();
    private final TextField relationship = new TextField();
    private final TableView<UnitReview> units = new TableView<>();
    private final TextArea source = new TextArea();
    private final CheckBox keep = new CheckBox();
    private final ComboBox<UnitKind> kind = new ComboBox<>();
    private final ComboBox<Sector> sector = new ComboBox<>();
    private final ComboBox<Agency> owner = new ComboBox<>();
    private final DatePicker deadline = new DatePicker();
    private final Label why = new Label();
    private final TextArea unitText = new TextArea();
    private final Button close = new Button();

    public ImportReviewView(ImportReviewViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        getStyleClass().add("import-review");
        setLeft(fileList());
        VBox centre = new VBox(8, metadataForm(), unitsAndSource(), unitEditor());
        VBox.setVgrow(centre.getChildren().get(1), Priority.ALWAYS);
        centre.setPadding(new Insets(8, 10, 0, 10));
        setCenter(centre);
        setBottom(actionBar());
        vm.selectedProperty().addListener((o, old, now) -> showStatement(now));
        vm.selectedUnitProperty().addListener((o, old, now) -> showUnit(now));
        showStatement(vm.selectedProperty().get());
        showUnit(null);
    }

    /** The Close button, for the window to act on. */
    public Button closeButton() {
        return close;
    }

    private Node fileList() {
        ListView<StatementReview> files = new ListView<>(vm.statements());
        files.setId("reviewFiles");
        files.setAccessibleText(messages.get("review.files"));
        files.setPlaceholder(new Label(messages.get("review.empty")));
        files.setCellFactory(l -> new FileCell(l));
        files.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty().addListener((o, old, now) -> files.getSelectionModel().select(now));
        Label heading = new Label(messages.get("review.files"));
        heading.getStyleClass().add("detail-section");
        heading.setLabelFor(files);
        VBox box = new VBox(6, heading, files);
        VBox.setVgrow(files, Priority.ALWAYS);
        box.setPadding(new Insets(8, 0, 0, 10));
        box.setPrefWidth(220);
        return box;
    }

    private Node metadataForm() {
        title.setId("reviewTitle");
        partners.setId("reviewPartners");
        partners.setPromptText(messages.get("review.meta.partners.prompt"));
        date.setId("reviewDate");
        date.setConverter(new LocalDateConverter(messages));
        place.setId("reviewPlace");
        language.setId("reviewLanguage");
        language.getItems().setAll(vm.languages());
        language.setConverter(new LabelConverter<>(vm::languageLabel));
        relationship.setId("reviewRelationship");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints wide = new ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(label, wide, label, new ColumnConstraints(), label, new ColumnConstraints());
        addField(grid, 0, 0, "review.meta.title", title);
        GridPane.setColumnSpan(title, 5);
        addField(grid, 0, 1, "review.meta.partners", partners);
        addField(grid, 2, 1, "review.meta.date", date);
        addField(grid, 4, 1, "review.meta.language", language);
        addField(grid, 0, 2, "review.meta.relationship", relationship);
        addField(grid, 2, 2, "review.meta.place", place);
        GridPane.setColumnSpan(place, 3);
        date.setPrefWidth(150);
        language.setPrefWidth(140);
        date.setMaxWidth(Double.MAX_VALUE);
        language.setMaxWidth(Double.MAX_VALUE);
        grid.disableProperty().bind(editable().not());
        return grid;
    }

    /** Only a statement still to be saved can be changed. */
    private javafx.beans.binding.BooleanBinding editable() {
        return Bindings.createBooleanBinding(() -> vm.selectedProperty().get() != null
                        && vm.selectedProperty().get().state() == StatementReview.State.READY && !vm.busyProperty().get(),
                vm.selectedProperty(), vm.busyProperty(), vm.statements());
    }

    private Node unitsAndSource() {
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
        units.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(UnitReview item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("rejected"),
                        item != null && !item.keptProperty().get());
            }
        });
        units.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> vm.selectedUnitProperty().set(now));

        source.setId("reviewSource");
        source.setEditable(false);
        source.setWrapText(true);
        source.setAccessibleText(messages.get("review.source"));
        source.getStyleClass().add("source-text");
        SplitPane split = new SplitPane(titled("review.units", units), titled("review.source", source));
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.64);
        return split;
    }

    private Node unitEditor() {
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
        javafx.scene.layout.FlowPane fields = new javafx.scene.layout.FlowPane(14, 6, keep, labelled("column.kind", kind),
                labelled("column.sector", sector), labelled("column.owner", owner), labelled("column.deadline", deadline));
        fields.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        for (Region field : List.of(kind, sector, owner, deadline)) {
            field.setMinWidth(Region.USE_PREF_SIZE);
        }
        // A commitment's own fields mean nothing for a heading or a position.
        javafx.beans.binding.BooleanBinding notCommitment = kind.valueProperty().isNotEqualTo(UnitKind.COMMITMENT);
        sector.disableProperty().bind(notCommitment);
        owner.disableProperty().bind(notCommitment);
        deadline.disableProperty().bind(notCommitment);
        VBox buttons = new VBox(6, split, merge);
        HBox textRow = new HBox(8, unitText, buttons);
        HBox.setHgrow(unitText, Priority.ALWAYS);
        Label none = new Label(messages.get("review.unit.none"));
        none.getStyleClass().add("muted-text");
        VBox editor = new VBox(6, fields, why, textRow);
        editor.disableProperty().bind(vm.selectedUnitProperty().isNull().or(editable().not()));
        VBox box = new VBox(4, none, editor);
        none.visibleProperty().bind(vm.selectedUnitProperty().isNull());
        none.managedProperty().bind(none.visibleProperty());
        box.getStyleClass().add("unit-editor");
        return box;
    }

    private Node actionBar() {
        ProgressBar progress = new ProgressBar();
        progress.setId("reviewProgress");
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.busyProperty());
        progress.setPrefWidth(160);
        progress.managedProperty().bind(progress.visibleProperty());
        Label message = new Label();
        message.setId("reviewMessage");
        message.textProperty().bind(vm.messageProperty());
        message.setWrapText(true);
        Label error = new Label();
        error.setId("reviewError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        VBox words = new VBox(2, message, error);
        HBox.setHgrow(words, Priority.ALWAYS);
        Button stop = new Button(messages.get("review.stop"));
        stop.setId("reviewStop");
        stop.setCancelButton(true);
        stop.visibleProperty().bind(vm.busyProperty());
        stop.managedProperty().bind(stop.visibleProperty());
        stop.setOnAction(e -> vm.stop());
        close.setText(messages.get("review.close"));
        close.setId("reviewClose");
        close.disableProperty().bind(vm.busyProperty());
        close.cancelButtonProperty().bind(vm.busyProperty().not());
        Button save = new Button();
        save.setId("reviewSave");
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        save.textProperty().bind(Bindings.createStringBinding(vm::saveLabel, vm.statements()));
        save.disableProperty().bind(vm.canSaveBinding().not());
        save.setOnAction(e -> vm.save());
        // The Save button is disabled once all is saved: keep the keyboard in the window on Close.
        vm.busyProperty().addListener((o, was, is) -> {
            if (was && !is && save.isDisabled()) {
                close.requestFocus();
            }
        });
        HBox bar = new HBox(10, progress, words, stop, close, save);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 10, 10, 10));
        bar.getStyleClass().add("review-actions");
        return bar;
    }

    private void showStatement(StatementReview statement) {
        statementBindings.forEach(Runnable::run);
        statementBindings.clear();
        if (statement == null) {
            units.setItems(javafx.collections.FXCollections.observableArrayList());
            source.clear();
            return;
        }
        bind(title.textProperty(), statement.titleProperty(), statementBindings);
        bind(partners.textProperty(), statement.partnersProperty(), statementBindings);
        bind(date.valueProperty(), statement.dateProperty(), statementBindings);
        bind(place.textProperty(), statement.placeProperty(), statementBindings);
        bind(language.valueProperty(), statement.languageProperty(), statementBindings);
        bind(relationship.textProperty(), statement.relationshipProperty(), statementBindings);
        units.setItems(statement.units());
        source.setText(statement.originalText());
    }

    private void showUnit(UnitReview unit) {
        unitBindings.forEach(Runnable::run);
        unitBindings.clear();
        if (unit == null) {
            kind.setValue(null);
            unitText.clear();
            why.setText("");
            return;
        }
        if (units.getSelectionModel().getSelectedItem() != unit) {
            units.getSelectionModel().select(unit);
        }
        bind(keep.selectedProperty(), unit.keptProperty(), unitBindings);
        bind(sector.valueProperty(), unit.sectorProperty(), unitBindings);
        bind(owner.valueProperty(), unit.ownerProperty(), unitBindings);
        bind(deadline.valueProperty(), unit.deadlineProperty(), unitBindings);
        kind.setValue(unit.kind());
        why.textProperty().bind(Bindings.createStringBinding(() -> unit.cueProperty().get() == null
                ? messages.get("review.why.none") : messages.format("review.why", unit.cueProperty().get()),
                unit.cueProperty()));
        unitBindings.add(() -> why.textProperty().unbind());
        unitText.setText(unit.text());
        int[] range = vm.selectedProperty().get().sourceRange(unit);
        if (range != null) {
            source.selectRange(range[0], range[1]);
        }
    }

    private static <T> void bind(Property<T> field, Property<T> model, List<Runnable> undo) {
        field.bindBidirectional(model);
        undo.add(() -> field.unbindBidirectional(model));
    }

    private void addField(GridPane grid, int column, int row, String key, Node field) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        field.setAccessibleText(messages.get(key));
        grid.add(label, column, row);
        grid.add(field, column + 1, row);
    }

    private Node labelled(String key, Node field) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(4, label, field);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private VBox titled(String key, Node content) {
        Label heading = new Label(messages.get(key));
        heading.getStyleClass().add("detail-section");
        heading.setLabelFor(content);
        VBox box = new VBox(4, heading, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        return box;
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

    /** A file: its name on top, where it stands below. */
    private final class FileCell extends ListCell<StatementReview> {
        private final ListView<StatementReview> list;

        FileCell(ListView<StatementReview> list) {
            this.list = list;
        }

        @Override
        protected void updateItem(StatementReview item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            Text name = new Text(item.fileName());
            name.getStyleClass().add("history-text");
            name.wrappingWidthProperty().bind(list.widthProperty().subtract(30));
            Label state = new Label(vm.stateLabel(item));
            state.setWrapText(true);
            state.setMaxWidth(220);
            state.getStyleClass().add(switch (item.state()) {
                case UNREADABLE, FAILED -> "error-text";
                case SAVED -> "success-text";
                default -> "muted-text";
            });
            setGraphic(new VBox(2, name, state));
        }
    }
}
