package org.commitmentstracker.ui.detail;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.commitmentstracker.ui.Dialogs;
import org.commitmentstracker.ui.LabelConverter;
import org.commitmentstracker.ui.Messages;
import org.controlsfx.control.CheckComboBox;

/** The selected commitment: its text, its fields and its progress log. It only binds to the ViewModel. */
public final class CommitmentDetailView extends StackPane {

    /** @param dialogs asks for the file to attach */
    public CommitmentDetailView(CommitmentDetailViewModel vm, Messages messages, Dialogs dialogs) {
        getStyleClass().add("detail-pane");
        Label placeholder = new Label(messages.get("detail.empty"));
        placeholder.getStyleClass().add("muted-text");
        placeholder.visibleProperty().bind(vm.emptyProperty());

        Label heading = new Label();
        heading.setId("detailHeading");
        heading.getStyleClass().add("detail-heading");
        heading.setWrapText(true);
        heading.textProperty().bind(vm.headingProperty());
        Label text = new Label();
        text.setId("detailText");
        text.setWrapText(true);
        text.textProperty().bind(vm.textProperty());

        // Each earlier commitment linked, with the officer's "not the same" beside it.
        VBox alsoIn = repeatLines("detailAlsoIn", "also-in", vm.alsoInLines(), vm, false, messages);
        // Earlier commitments worded too differently to be linked: looked for when the officer asks.
        javafx.scene.control.Hyperlink lookForRepeats = new javafx.scene.control.Hyperlink();
        lookForRepeats.setId("detailLookForRepeats");
        lookForRepeats.textProperty().bind(javafx.beans.binding.Bindings.when(vm.lookingForRepeatsProperty())
                .then(messages.get("detail.possibleRepeats.looking"))
                .otherwise(messages.get("detail.possibleRepeats.look")));
        lookForRepeats.setTooltip(new javafx.scene.control.Tooltip(messages.get("detail.possibleRepeats.look.tooltip")));
        lookForRepeats.disableProperty().bind(vm.lookingForRepeatsProperty());
        lookForRepeats.setOnAction(e -> {
            // A command, not a page: it keeps its colour once used.
            lookForRepeats.setVisited(false);
            vm.lookForPossibleRepeats();
        });
        lookForRepeats.setPadding(Insets.EMPTY);
        // What the look found: each earlier commitment with the officer's "the same" beside it, or that none is alike.
        VBox possibleLines = repeatLines("detailPossibleLines", "possible-repeats", vm.possibleLines(), vm, true, messages);
        Label possibleRepeats = callout("detailPossibleRepeats", "possible-repeats",
                javafx.beans.binding.Bindings.createStringBinding(
                        () -> vm.possibleLines().isEmpty() ? vm.possibleRepeatsProperty().get() : "",
                        vm.possibleLines(), vm.possibleRepeatsProperty()));
        VBox repeats = new VBox(2, alsoIn, lookForRepeats, possibleLines, possibleRepeats);

        ComboBox<org.commitmentstracker.model.Status> status = choice("statusEditor", vm.statusChoices(),
                vm::statusLabel, vm.statusProperty(), vm::commitStatus);
        ComboBox<org.commitmentstracker.model.Sector> sector = choice("sectorEditor", vm.sectorChoices(),
                vm::sectorLabel, vm.sectorProperty(), vm::commitSector);
        sector.setMaxWidth(Double.MAX_VALUE);
        ComboBox<org.commitmentstracker.model.Agency> owner = choice("ownerEditor", vm.agencies(),
                vm::agencyLabel, vm.ownerProperty(), vm::commitOwner);
        owner.setMaxWidth(Double.MAX_VALUE);
        CheckComboBox<org.commitmentstracker.model.Agency> coOwners = new CheckComboBox<>(vm.agencies());
        coOwners.setId("coOwnersEditor");
        coOwners.setConverter(new LabelConverter<>(vm::agencyLabel));
        coOwners.setMaxWidth(Double.MAX_VALUE);
        bindChecks(coOwners, vm);
        DatePicker deadline = new DatePicker();
        deadline.setId("deadlineEditor");
        deadline.setConverter(vm.deadlineConverter());
        deadline.setPromptText(messages.get("detail.deadline.prompt"));
        // As wide as the fields above it: the hint ("dd/mm/yyyy hoặc quý III/2026") was cut in its own width.
        deadline.setMaxWidth(Double.MAX_VALUE);
        deadline.valueProperty().bindBidirectional(vm.deadlineProperty());
        deadline.valueProperty().addListener((o, a, b) -> vm.commitDeadline());
        // What is typed reaches the model at once, so closing the window still reads it.
        deadline.getEditor().textProperty().addListener((o, a, b) -> vm.deadlineTypedProperty().set(b));
        // A reload (another officer saved) gives back what was being typed here: the field shows it again.
        vm.deadlineTypedProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(deadline.getEditor().getText())) {
                deadline.getEditor().setText(b);
            }
        });
        Label deadlineError = new Label();
        deadlineError.setId("deadlineError");
        deadlineError.getStyleClass().add("error-text");
        deadlineError.setWrapText(true);
        deadlineError.setMinHeight(Label.USE_PREF_SIZE);
        deadlineError.textProperty().bind(vm.deadlineErrorProperty());
        deadlineError.visibleProperty().bind(vm.deadlineErrorProperty().isNotEmpty());
        deadlineError.managedProperty().bind(deadlineError.visibleProperty());
        TextField nextStep = new TextField();
        nextStep.setId("nextStepEditor");
        nextStep.textProperty().bindBidirectional(vm.nextStepProperty());
        nextStep.setOnAction(e -> vm.commitNextStep());
        commitWhenLeft(nextStep, vm::commitNextStep);
        TextArea notes = new TextArea();
        notes.setId("notesEditor");
        notes.setPrefRowCount(2);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(vm.notesProperty());
        commitWhenLeft(notes, vm::commitNotes);

        GridPane fields = new GridPane();
        fields.setHgap(8);
        // Tight enough that the update box and its button stay in sight on a 768-pixel-high screen.
        fields.setVgap(4);
        addRow(fields, 0, messages.get("column.status"), status);
        addRow(fields, 1, messages.get("column.sector"), sector);
        addRow(fields, 2, messages.get("column.owner"), owner);
        addRow(fields, 3, messages.get("detail.coOwners"), coOwners);
        addRow(fields, 4, messages.get("column.deadline"), deadline);
        fields.add(deadlineError, 1, 5);
        addRow(fields, 6, messages.get("detail.nextStep"), nextStep);
        addRow(fields, 7, messages.get("detail.notes"), notes);
        GridPane.setHgrow(sector, Priority.ALWAYS);
        GridPane.setHgrow(deadlineError, Priority.ALWAYS);
        GridPane.setHgrow(coOwners, Priority.ALWAYS);
        GridPane.setHgrow(owner, Priority.ALWAYS);
        GridPane.setHgrow(nextStep, Priority.ALWAYS);

        Label error = new Label();
        error.setId("detailError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());

        VBox clash = clashBox(vm, messages);

        TextArea update = new TextArea();
        update.setId("progressEditor");
        update.setPromptText(messages.get("detail.progress.prompt"));
        update.setPrefRowCount(2);
        update.setWrapText(true);
        update.textProperty().bindBidirectional(vm.progressDraftProperty());
        Button add = new Button(messages.get("detail.progress.add"));
        add.setId("addProgressButton");
        add.setOnAction(e -> vm.addProgress());
        TextField link = new TextField();
        link.setId("evidenceLinkEditor");
        link.setPromptText(messages.get("detail.progress.link.prompt"));
        link.setAccessibleText(messages.get("detail.progress.link"));
        link.textProperty().bindBidirectional(vm.evidenceLinkDraftProperty());
        HBox.setHgrow(link, Priority.ALWAYS);
        Button attach = new Button(messages.get("detail.progress.attach"));
        attach.setId("attachButton");
        attach.setOnAction(e -> dialogs.chooseFileToOpen(messages.get("detail.progress.attach"), null)
                .ifPresent(vm.attachmentDraftProperty()::set));
        Label attached = new Label();
        attached.setId("attachmentLabel");
        attached.getStyleClass().add("muted-text");
        attached.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                vm.attachmentDraftProperty().get() == null ? ""
                        : messages.format("detail.progress.attached", vm.attachmentDraftProperty().get().getFileName()),
                vm.attachmentDraftProperty()));
        Button detach = new Button("×");
        detach.setId("detachButton");
        detach.setAccessibleText(messages.get("detail.progress.detach"));
        detach.setTooltip(new javafx.scene.control.Tooltip(messages.get("detail.progress.detach")));
        detach.visibleProperty().bind(vm.attachmentDraftProperty().isNotNull());
        detach.managedProperty().bind(detach.visibleProperty());
        detach.setOnAction(e -> vm.attachmentDraftProperty().set(null));
        detach.getStyleClass().add("flat");
        HBox evidence = new HBox(6, link, attach);
        HBox attachedRow = new HBox(6, attached, detach, new javafx.scene.layout.Region(), add);
        HBox.setHgrow(attachedRow.getChildren().get(2), Priority.ALWAYS);
        attachedRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        ListView<HistoryLine> log = new ListView<>(vm.history());
        log.setId("historyList");
        log.setPrefHeight(220);
        log.setCellFactory(l -> new HistoryCell(l, vm, messages));
        log.setPlaceholder(new Label(messages.get("detail.history.empty")));

        Label logTitle = new Label(messages.get("detail.history"));
        logTitle.getStyleClass().add("detail-section");
        VBox content = new VBox(8, heading, text, repeats, fields, error, clash, logTitle, update, evidence, attachedRow, log);
        content.setPadding(new Insets(12));
        content.visibleProperty().bind(vm.emptyProperty().not());
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.visibleProperty().bind(vm.emptyProperty().not());
        getChildren().add(placeholder);
        // The fields (some three hundred nodes) join the window with the first commitment shown: the window's
        // first paint does not style and lay them out hidden.
        if (vm.emptyProperty().get()) {
            vm.emptyProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean is) {
                    if (!is) {
                        vm.emptyProperty().removeListener(this);
                        getChildren().add(scroll);
                    }
                }
            });
        } else {
            getChildren().add(scroll);
        }
    }

    /** Another officer saved first: both values, and the two ways on (keep theirs, or apply mine anyway). */
    private static VBox clashBox(CommitmentDetailViewModel vm, Messages messages) {
        Label says = new Label();
        says.setId("clashMessage");
        says.setWrapText(true);
        says.setMinHeight(Label.USE_PREF_SIZE);
        says.textProperty().bind(vm.clashProperty());
        Button keep = new Button(messages.get("detail.clash.keepTheirs"));
        keep.setId("keepTheirsButton");
        keep.setOnAction(e -> vm.keepTheirs());
        Button mine = new Button(messages.get("detail.clash.applyMine"));
        mine.setId("applyMineButton");
        mine.setOnAction(e -> vm.applyMineAnyway());
        HBox choices = new HBox(6, keep, mine);
        VBox box = new VBox(6, says, choices);
        box.setId("clashBox");
        box.getStyleClass().add("clash-box");
        box.visibleProperty().bind(vm.clashProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** The ticks follow the ViewModel's co-owners; a tick by the officer is saved at once. */
    private static void bindChecks(CheckComboBox<org.commitmentstracker.model.Agency> combo, CommitmentDetailViewModel vm) {
        boolean[] syncing = {false};
        Runnable showModel = () -> {
            syncing[0] = true;
            combo.getCheckModel().clearChecks();
            vm.coOwners().forEach(a -> combo.getCheckModel().check(a));
            syncing[0] = false;
        };
        vm.coOwners().addListener((javafx.collections.ListChangeListener<org.commitmentstracker.model.Agency>) c -> showModel.run());
        vm.agencies().addListener((javafx.collections.ListChangeListener<org.commitmentstracker.model.Agency>) c -> showModel.run());
        combo.getCheckModel().getCheckedItems().addListener(
                (javafx.collections.ListChangeListener<org.commitmentstracker.model.Agency>) c -> {
                    if (!syncing[0]) {
                        vm.coOwners().setAll(combo.getCheckModel().getCheckedItems());
                        vm.commitCoOwners();
                    }
                });
    }

    /** A drop-down list bound to a field of the ViewModel, whose choice is saved at once. */
    private static <T> ComboBox<T> choice(String id, javafx.collections.ObservableList<T> items,
                                          java.util.function.Function<T, String> label,
                                          javafx.beans.property.Property<T> value, Runnable commit) {
        ComboBox<T> combo = new ComboBox<>(items);
        combo.setId(id);
        combo.setConverter(new LabelConverter<>(label));
        combo.valueProperty().bindBidirectional(value);
        combo.setOnAction(e -> commit.run());
        return combo;
    }

    private static void addRow(GridPane grid, int row, String label, Node field) {
        Label l = new Label(label);
        l.setMinWidth(Label.USE_PREF_SIZE);
        l.setLabelFor(field);
        field.setAccessibleText(label);
        grid.addRow(row, l, field);
    }

    private static void commitWhenLeft(Node field, Runnable commit) {
        field.focusedProperty().addListener((o, was, is) -> {
            if (was && !is) {
                commit.run();
            }
        });
    }

    /** A log line: the change on top, time and author below it. */
    private static final class HistoryCell extends ListCell<HistoryLine> {
        private final ListView<HistoryLine> list;
        private final CommitmentDetailViewModel vm;
        private final Messages messages;

        HistoryCell(ListView<HistoryLine> list, CommitmentDetailViewModel vm, Messages messages) {
            this.list = list;
            this.vm = vm;
            this.messages = messages;
        }

        @Override
        protected void updateItem(HistoryLine item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            javafx.scene.text.Text what = new javafx.scene.text.Text(item.what());
            what.getStyleClass().add("history-text");
            what.wrappingWidthProperty().bind(list.widthProperty().subtract(30));
            Label meta = new Label(item.when() + " · " + item.author());
            meta.getStyleClass().add("muted-text");
            VBox box = new VBox(2, what);
            if (item.link() != null) {
                javafx.scene.control.Hyperlink link = new javafx.scene.control.Hyperlink(item.link());
                link.getStyleClass().add("evidence-link");
                link.setAccessibleText(messages.get("detail.progress.link") + ": " + item.link());
                link.setOnAction(e -> vm.openLink(item));
                box.getChildren().add(link);
            }
            if (item.attachment() != null) {
                javafx.scene.control.Hyperlink file = new javafx.scene.control.Hyperlink("📎 " + item.attachmentName());
                file.getStyleClass().add("evidence-link");
                file.setAccessibleText(messages.format("detail.progress.attached", item.attachmentName()));
                file.setOnAction(e -> vm.openAttachment(item));
                box.getChildren().add(file);
            }
            box.getChildren().add(meta);
            setGraphic(box);
        }
    }

    /**
     * A box of earlier commitments, one line each with a link for the officer's word on it ({@code same}: "the same
     * undertaking", else "not the same"); hidden when there is none.
     */
    private static VBox repeatLines(String id, String style, javafx.collections.ObservableList<CommitmentDetailViewModel.RepeatLine> lines,
                                    CommitmentDetailViewModel vm, boolean same, Messages messages) {
        VBox box = new VBox(4);
        box.setId(id);
        box.getStyleClass().add(style);
        box.setMaxWidth(Double.MAX_VALUE);
        Runnable fill = () -> box.getChildren().setAll(lines.stream().map(line -> {
            Label text = new Label(line.text());
            text.getStyleClass().add("repeat-line");
            text.setWrapText(true);
            text.setMaxWidth(Double.MAX_VALUE);
            // The earlier commitment's own words, so that the officer can compare them with the text above.
            Label wording = new Label(line.excerpt());
            wording.getStyleClass().add("repeat-wording");
            wording.setWrapText(true);
            wording.setMaxWidth(Double.MAX_VALUE);
            if (line.excerptCut()) {
                wording.setTooltip(new javafx.scene.control.Tooltip(line.wording()));
            }
            javafx.scene.control.Hyperlink judge = new javafx.scene.control.Hyperlink(
                    messages.get(same ? "detail.repeat.same" : "detail.repeat.notSame"));
            judge.getStyleClass().add("repeat-judge");
            judge.setTooltip(new javafx.scene.control.Tooltip(
                    messages.get(same ? "detail.repeat.same.tooltip" : "detail.repeat.notSame.tooltip")));
            judge.setPadding(Insets.EMPTY);
            judge.setOnAction(e -> vm.judgeRepeat(line, same));
            return new VBox(2, text, wording, judge);
        }).toList());
        lines.addListener((javafx.collections.ListChangeListener<CommitmentDetailViewModel.RepeatLine>) change -> fill.run());
        fill.run();
        box.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(lines));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** A wrapped line set apart from the text, shown only when it has something to say. */
    private static Label callout(String id, String style, javafx.beans.value.ObservableStringValue text) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        label.setMaxWidth(Double.MAX_VALUE);
        label.textProperty().bind(text);
        label.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(text));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

}
