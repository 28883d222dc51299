package org.commitmentstracker.ui.commitments;

import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.commitmentstracker.ui.Dialogs;
import org.commitmentstracker.ui.LabelConverter;
import org.commitmentstracker.ui.LocalDateConverter;
import org.commitmentstracker.model.SavedView;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.savedviews.SavedViewsViewModel;
import org.controlsfx.control.CheckComboBox;

/**
 * The search box and filters above the commitments table, in two compact rows. It only binds to
 * {@link CommitmentsViewModel} (and the detail pane's switch to {@link TableLayoutViewModel}).
 */
public final class CommitmentFilterBar extends VBox {
    private static final double COMBO_WIDTH = 120;
    private static final double SEARCH_WIDTH = 210;

    private final atlantafx.base.controls.CustomTextField search = new atlantafx.base.controls.CustomTextField();

    /** @param dialogs asks for a saved view's name */
    public CommitmentFilterBar(CommitmentsViewModel vm, SavedViewsViewModel views, TableLayoutViewModel layout,
                               Messages messages, Dialogs dialogs) {
        getStyleClass().add("filter-bar");
        setSpacing(4);
        setPadding(new Insets(4, 8, 4, 8));

        search.setId("searchField");
        search.setPromptText(messages.get("filter.search.prompt"));
        search.setAccessibleText(messages.get("filter.search"));
        search.setTooltip(new javafx.scene.control.Tooltip(messages.get("filter.search.tip")));
        search.textProperty().bindBidirectional(vm.searchTextProperty());
        HBox.setHgrow(search, Priority.ALWAYS);

        Button clear = new Button(messages.get("filter.clear"));
        clear.setId("clearFiltersButton");
        clear.setOnAction(e -> vm.clearFilters());
        ComboBox<SavedView> saved = new ComboBox<>(views.views());
        saved.setId("savedViews");
        saved.setPromptText(messages.get("views.prompt"));
        saved.setAccessibleText(messages.get("views.prompt"));
        saved.setConverter(new LabelConverter<>(SavedView::name));
        saved.setOnAction(e -> views.open(saved.getValue()));
        Button save = new Button(messages.get("views.save"));
        save.setId("saveViewButton");
        save.setOnAction(e -> {
            dialogs.askText(messages.get("views.save"), messages.get("views.header"), messages.get("views.name"), "")
                    .ifPresent(views::saveCurrent);
        });
        saved.setPrefWidth(COMBO_WIDTH + 20);
        search.setMinWidth(160);

        ToggleButton details = new ToggleButton(messages.get("detail.toggle"));
        details.setId("detailPaneToggle");
        details.setTooltip(new javafx.scene.control.Tooltip(messages.get("detail.toggle.tip")));
        details.selectedProperty().bindBidirectional(layout.detailOpenProperty());

        var partners = checkCombo("partnerFilter", messages.get("filter.partner"), vm.partnerChoices(),
                vm.selectedPartners(), vm::partnerLabel);
        var sectors = checkCombo("sectorFilter", messages.get("filter.sector"), vm.sectorChoices(),
                vm.selectedSectors(), s -> s.code() + " – " + vm.sectorLabel(s));
        var owners = checkCombo("ownerFilter", messages.get("filter.owner"), vm.ownerChoices(),
                vm.selectedOwners(), vm::ownerLabel);
        var statuses = checkCombo("statusFilter", messages.get("filter.status"), vm.statusChoices(),
                vm.selectedStatuses(), vm::statusLabel);

        DatePicker from = datePicker("deadlineFromFilter", messages.get("filter.deadlineFrom"), messages);
        from.valueProperty().bindBidirectional(vm.deadlineFromProperty());
        DatePicker to = datePicker("deadlineToFilter", messages.get("filter.deadlineTo"), messages);
        to.valueProperty().bindBidirectional(vm.deadlineToProperty());

        ToggleButton overdue = new ToggleButton(messages.get("filter.overdueOnly"));
        overdue.setId("overdueOnlyToggle");
        overdue.selectedProperty().bindBidirectional(vm.overdueOnlyProperty());
        ToggleButton quarter = new ToggleButton(messages.get("filter.dueThisQuarter"));
        quarter.setId("dueThisQuarterToggle");
        quarter.selectedProperty().bindBidirectional(vm.dueThisQuarterProperty());

        // step 13: the switch "both languages" sits inside the search field, at its right end, with a mark
        // beside it when lines of the glossary were left out.
        ToggleButton bothLanguages = new ToggleButton(messages.get("filter.bothLanguages"));
        bothLanguages.setId("bothLanguagesToggle");
        bothLanguages.getStyleClass().addAll(atlantafx.base.theme.Styles.SMALL, "search-switch");
        bothLanguages.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        bothLanguages.setAccessibleText(messages.get("filter.bothLanguages.name"));
        bothLanguages.setTooltip(wrapped(new javafx.scene.control.Tooltip(messages.get("filter.bothLanguages.tip"))));
        bothLanguages.selectedProperty().bindBidirectional(vm.bothLanguagesProperty());
        javafx.scene.control.Label glossaryProblems = new javafx.scene.control.Label("⚠");
        glossaryProblems.setId("glossaryProblems");
        glossaryProblems.getStyleClass().add("warning-mark");
        glossaryProblems.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.control.Tooltip problemsTip = new javafx.scene.control.Tooltip();
        problemsTip.textProperty().bind(javafx.beans.binding.Bindings.concat(
                messages.get("filter.glossaryProblems"), "\n", vm.glossaryProblemsProperty()));
        glossaryProblems.setTooltip(wrapped(problemsTip));
        glossaryProblems.setPickOnBounds(true);
        // The field's own tooltip tells them too: it is the one shown wherever the pointer rests on the field.
        search.getTooltip().textProperty().bind(javafx.beans.binding.Bindings.when(vm.glossaryProblemsProperty().isEmpty())
                .then(messages.get("filter.search.tip"))
                .otherwise(javafx.beans.binding.Bindings.concat(messages.get("filter.search.tip"), "\n\n⚠ ",
                        problemsTip.textProperty())));
        wrapped(search.getTooltip());
        glossaryProblems.accessibleTextProperty().bind(problemsTip.textProperty());
        glossaryProblems.visibleProperty().bind(vm.glossaryProblemsProperty().isNotEmpty());
        glossaryProblems.managedProperty().bind(glossaryProblems.visibleProperty());
        HBox inside = new HBox(2, glossaryProblems, bothLanguages);
        inside.setAlignment(Pos.CENTER_RIGHT);
        inside.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        search.setRight(inside);
        // As wide as the plain field was: the switch takes room from the typing, not from the buttons beside.
        search.setPrefWidth(SEARCH_WIDTH);
        HBox searchRow = new HBox(6, search, overdue, quarter, clear, saved, save, details);
        searchRow.setAlignment(Pos.CENTER_LEFT);
        // The table narrowed to a set of commitments (the start notice's "Show them"): said, and undone in one click.
        Button only = new Button();
        only.setId("onlyShownButton");
        only.getStyleClass().add("accent");
        only.textProperty().bind(javafx.beans.binding.Bindings.concat(vm.onlyLabelProperty(), "  ✕"));
        only.setTooltip(new javafx.scene.control.Tooltip(messages.get("away.showAll")));
        only.setAccessibleText(messages.get("away.showAll"));
        only.managedProperty().bind(vm.onlyLabelProperty().isNotEmpty());
        only.visibleProperty().bind(only.managedProperty());
        only.setOnAction(e -> vm.showAll());
        ToggleButton repeated = new ToggleButton(messages.get("filter.repeated"));
        repeated.setId("repeatedOnlyToggle");
        // A short name, so it stays on the filters' row beside the detail pane on a laptop; the tooltip says it whole.
        repeated.setTooltip(wrapped(new javafx.scene.control.Tooltip(messages.get("filter.repeated.tooltip"))));
        repeated.setAccessibleText(messages.get("filter.repeated.tooltip"));
        repeated.selectedProperty().bindBidirectional(vm.repeatedOnlyProperty());
        FlowPane filters = new FlowPane(4, 4, partners, sectors, owners, statuses, from, to, repeated, only);
        filters.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(searchRow, filters);
    }

    /** A tooltip of several lines rather than one line wider than the window. */
    private static javafx.scene.control.Tooltip wrapped(javafx.scene.control.Tooltip tip) {
        tip.setWrapText(true);
        tip.setMaxWidth(440);
        return tip;
    }

    /** Gives the search box the keyboard focus (Ctrl+F). */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private static <T> CheckComboBox<T> checkCombo(String id, String title, ObservableList<T> choices,
                                                   ObservableList<T> selected, Function<T, String> label) {
        CheckComboBox<T> combo = new CheckComboBox<>(choices);
        combo.setId(id);
        combo.setTitle(title);
        // ControlsFX's own "(checked/total)" count does not follow changes of the choices: keep our own.
        combo.setShowCheckedCount(false);
        combo.setAccessibleText(title);
        // Wide enough for its title and a count of ticks, in either language.
        javafx.scene.text.Text probe = new javafx.scene.text.Text(title + " (99)");
        probe.setFont(javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(), 13));
        combo.setPrefWidth(Math.max(COMBO_WIDTH, Math.ceil(probe.getLayoutBounds().getWidth() + 44)));
        combo.setConverter(new LabelConverter<>(label));
        ObservableList<T> checked = combo.getCheckModel().getCheckedItems();
        boolean[] ticking = {false};
        checked.addListener((ListChangeListener<T>) change -> {
            combo.setTitle(checked.isEmpty() ? title : title + " (" + checked.size() + ")");
            if (!ticking[0]) {
                selected.setAll(checked);
            }
        });
        // "Clear filters", a saved view or a language switch set the ViewModel's list: the ticks follow,
        // also when the choices arrive after the list was set.
        Runnable tick = () -> {
            if (new java.util.HashSet<>(checked).equals(new java.util.HashSet<>(selected))) {
                return;
            }
            ticking[0] = true;
            try {
                combo.getCheckModel().clearChecks();
                selected.forEach(combo.getCheckModel()::check);
            } finally {
                ticking[0] = false;
            }
        };
        selected.addListener((ListChangeListener<T>) change -> tick.run());
        choices.addListener((ListChangeListener<T>) change -> tick.run());
        tick.run();
        return combo;
    }

    private static DatePicker datePicker(String id, String prompt, Messages messages) {
        DatePicker picker = new DatePicker();
        picker.setConverter(new LocalDateConverter(messages));
        picker.setId(id);
        picker.setPromptText(prompt);
        picker.setAccessibleText(prompt);
        picker.setPrefWidth(118);
        return picker;
    }
}
