package org.commitmentstracker.ui.commitments;

import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.commitmentstracker.ui.LabelConverter;
import org.commitmentstracker.ui.LocalDateConverter;
import org.commitmentstracker.model.SavedView;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.views.SavedViewsViewModel;
import org.controlsfx.control.CheckComboBox;

/** The search box and filters above the commitments table. It only binds to {@link CommitmentsViewModel}. */
public final class CommitmentFilterBar extends VBox {
    private static final double COMBO_WIDTH = 150;

    private final TextField search = new TextField();

    public CommitmentFilterBar(CommitmentsViewModel vm, SavedViewsViewModel views, Messages messages) {
        getStyleClass().add("filter-bar");
        setSpacing(6);
        setPadding(new Insets(8, 10, 8, 10));

        search.setId("searchField");
        search.setPromptText(messages.get("filter.search.prompt"));
        search.setAccessibleText(messages.get("filter.search"));
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
            TextInputDialog dialog = new TextInputDialog();
            dialog.initOwner(getScene() == null ? null : getScene().getWindow());
            dialog.getDialogPane().setId("saveViewDialog");
            dialog.setTitle(messages.get("views.save"));
            dialog.setHeaderText(messages.get("views.header"));
            dialog.setContentText(messages.get("views.name"));
            dialog.showAndWait().ifPresent(views::saveCurrent);
        });
        HBox searchRow = new HBox(8, search, clear, saved, save);
        searchRow.setAlignment(Pos.CENTER_LEFT);

        var partners = checkCombo("partnerFilter", messages.get("filter.partner"), vm.partnerChoices(),
                vm.selectedPartners(), p -> p);
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

        FlowPane filters = new FlowPane(8, 6, partners, sectors, owners, statuses, from, to, overdue, quarter);
        filters.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(searchRow, filters);
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
        combo.setPrefWidth(COMBO_WIDTH);
        combo.setConverter(new LabelConverter<>(label));
        ObservableList<T> checked = combo.getCheckModel().getCheckedItems();
        checked.addListener((ListChangeListener<T>) change -> {
            selected.setAll(checked);
            combo.setTitle(checked.isEmpty() ? title : title + " (" + checked.size() + ")");
        });
        // "Clear filters" empties the ViewModel's list: the ticks follow.
        selected.addListener((ListChangeListener<T>) change -> {
            if (selected.isEmpty() && !checked.isEmpty()) {
                combo.getCheckModel().clearChecks();
            }
        });
        return combo;
    }

    private static DatePicker datePicker(String id, String prompt, Messages messages) {
        DatePicker picker = new DatePicker();
        picker.setConverter(new LocalDateConverter(messages));
        picker.setId(id);
        picker.setPromptText(prompt);
        picker.setAccessibleText(prompt);
        picker.setPrefWidth(125);
        return picker;
    }
}
