package org.commitmentstracker.ui.report;

import java.net.URI;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.commitmentstracker.ui.Dialogs;
import org.commitmentstracker.ui.FxDialogs;
import org.commitmentstracker.ui.LabelConverter;
import org.commitmentstracker.ui.LocalDateConverter;
import org.commitmentstracker.ui.Messages;
import org.controlsfx.control.CheckComboBox;

/** The progress-report dialog (Ctrl+E). Binds to {@link ReportViewModel}. */
public final class ReportDialog extends Dialog<ButtonType> {

    /** With JavaFX's own file chooser. */
    public ReportDialog(Window owner, ReportViewModel vm, Messages messages, Consumer<URI> opener) {
        this(owner, vm, messages, opener, new FxDialogs(owner, messages));
    }

    /** @param dialogs asks where to save the report (shown over this dialog) */
    public ReportDialog(Window owner, ReportViewModel vm, Messages messages, Consumer<URI> opener, Dialogs dialogs) {
        initOwner(owner);
        setTitle(messages.get("report.title"));
        setHeaderText(messages.get("report.header"));
        getDialogPane().setId("reportDialog");
        ButtonType export = new ButtonType(messages.get("report.export"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(messages.get("report.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(export, close);

        ToggleGroup periodKind = new ToggleGroup();
        RadioButton quarterChoice = new RadioButton(messages.get("report.quarter"));
        quarterChoice.setToggleGroup(periodKind);
        RadioButton rangeChoice = new RadioButton(messages.get("report.range"));
        rangeChoice.setToggleGroup(periodKind);
        quarterChoice.setSelected(vm.byQuarterProperty().get());
        rangeChoice.setSelected(!vm.byQuarterProperty().get());
        vm.byQuarterProperty().bind(quarterChoice.selectedProperty());
        ComboBox<String> quarter = new ComboBox<>(vm.quarters());
        quarter.setId("reportQuarter");
        quarter.valueProperty().bindBidirectional(vm.quarterProperty());
        quarter.disableProperty().bind(quarterChoice.selectedProperty().not());
        quarter.setAccessibleText(messages.get("report.quarter"));
        DatePicker from = datePicker("reportFrom", messages, vm.fromProperty());
        DatePicker to = datePicker("reportTo", messages, vm.toProperty());
        from.disableProperty().bind(rangeChoice.selectedProperty().not());
        to.disableProperty().bind(rangeChoice.selectedProperty().not());
        from.setAccessibleText(messages.get("report.from"));
        to.setAccessibleText(messages.get("report.to"));
        quarter.setMinWidth(120);
        quarterChoice.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        rangeChoice.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox byQuarter = new HBox(8, quarterChoice, quarter);
        byQuarter.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox byDates = new HBox(8, rangeChoice, from, new Label("–"), to);
        byDates.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox period = new VBox(6, byQuarter, byDates);

        DatePicker asOf = datePicker("reportAsOf", messages, vm.asOfProperty());
        asOf.setPromptText(messages.get("report.asOf.prompt"));
        asOf.setAccessibleText(messages.get("report.asOf"));
        CheckComboBox<String> partners = checks("reportPartners", vm.partners(), vm.chosenPartners(), s -> s,
                messages.get("report.allPartners"));
        CheckComboBox<org.commitmentstracker.model.Agency> owners = checks("reportOwners", vm.owners(),
                vm.chosenOwners(), vm::agencyLabel, messages.get("report.allOwners"));
        CheckComboBox<org.commitmentstracker.model.Sector> sectors = checks("reportSectors",
                javafx.collections.FXCollections.observableArrayList(vm.sectors()), vm.chosenSectors(),
                vm::sectorLabel, messages.get("report.allSectors"));
        CheckComboBox<org.commitmentstracker.model.Statement> statements = checks("reportStatements",
                vm.statements(), vm.chosenStatements(), vm::statementLabel, messages.get("report.allStatements"));

        ComboBox<String> language = new ComboBox<>();
        language.setId("reportLanguage");
        language.getItems().setAll(vm.languages());
        language.setConverter(new LabelConverter<>(vm::languageLabel));
        language.valueProperty().bindBidirectional(vm.languageProperty());
        TextArea organisation = new TextArea();
        organisation.setId("reportOrganisation");
        organisation.setPrefRowCount(2);
        organisation.setPromptText(messages.get("report.organisation.prompt"));
        organisation.textProperty().bindBidirectional(vm.organisationProperty());
        TextField title = new TextField();
        title.setId("reportTitle");
        title.setPromptText(messages.get("report.reportTitle.prompt"));
        title.textProperty().bindBidirectional(vm.titleProperty());
        CheckBox national = new CheckBox(messages.get("report.nationalHeading"));
        national.setId("reportNationalHeading");
        national.selectedProperty().bindBidirectional(vm.nationalHeadingProperty());

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        int row = 0;
        addRow(form, row++, messages.get("report.period"), period);
        addRow(form, row++, messages.get("report.asOf"), asOf);
        addRow(form, row++, messages.get("report.partners"), partners);
        addRow(form, row++, messages.get("report.owners"), owners);
        addRow(form, row++, messages.get("report.sectors"), sectors);
        addRow(form, row++, messages.get("report.statements"), statements);
        addRow(form, row++, messages.get("report.language"), language);
        addRow(form, row++, messages.get("report.organisation"), organisation);
        addRow(form, row++, messages.get("report.reportTitle"), title);
        addRow(form, row, "", national);
        form.disableProperty().bind(vm.busyProperty());

        ProgressBar progress = new ProgressBar();
        progress.setId("reportProgress");
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.busyProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        Button stop = new Button(messages.get("report.stop"));
        stop.setId("reportStop");
        stop.visibleProperty().bind(vm.busyProperty());
        stop.setOnAction(e -> vm.stop());
        HBox.setHgrow(progress, Priority.ALWAYS);
        Label message = new Label();
        message.setId("reportMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        Label error = new Label();
        error.setId("reportError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        Hyperlink open = new Hyperlink(messages.get("report.open"));
        open.setId("reportOpen");
        open.visibleProperty().bind(vm.writtenProperty().isNotNull());
        open.setOnAction(e -> opener.accept(vm.writtenProperty().get().toUri()));
        VBox content = new VBox(10, form, new HBox(8, progress, stop), message, error, open);
        content.setPadding(new Insets(4, 0, 0, 0));
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(720);

        Button exportButton = (Button) getDialogPane().lookupButton(export);
        exportButton.setId("reportExport");
        exportButton.disableProperty().bind(vm.canExportBinding().not());
        // Export asks for the file and writes it; the dialog stays open to show progress and the result.
        exportButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            dialogs.within(getDialogPane().getScene().getWindow())
                    .chooseFileToSave(messages.get("report.title"), vm.suggestedFileName(), Dialogs.FileFilter.EXCEL)
                    .ifPresent(file -> {
                        String name = file.getFileName().toString();
                        vm.export(name.toLowerCase().endsWith(".xlsx") ? file : file.resolveSibling(name + ".xlsx"));
                    });
        });
        Button closeButton = (Button) getDialogPane().lookupButton(close);
        closeButton.disableProperty().bind(vm.busyProperty());
        setOnCloseRequest(e -> {
            if (vm.busyProperty().get()) {
                e.consume();
            }
        });
    }

    private static DatePicker datePicker(String id, Messages messages,
                                         javafx.beans.property.ObjectProperty<java.time.LocalDate> value) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setConverter(new LocalDateConverter(messages));
        picker.valueProperty().bindBidirectional(value);
        picker.setPrefWidth(150);
        picker.setMinWidth(150);
        picker.setMaxWidth(150);
        return picker;
    }

    /** A multiple choice whose ticks are mirrored into {@code chosen}; nothing ticked means all. */
    private static <T> CheckComboBox<T> checks(String id, ObservableList<T> items, ObservableList<T> chosen,
                                               java.util.function.Function<T, String> label, String none) {
        CheckComboBox<T> combo = new CheckComboBox<>(items);
        combo.setId(id);
        combo.setConverter(new LabelConverter<>(label));
        // "All partners" until something is ticked; then the ticked ones, as the control shows them.
        combo.setTitle(none);
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) c -> {
            chosen.setAll(combo.getCheckModel().getCheckedItems());
            combo.setTitle(chosen.isEmpty() ? none : null);
        });
        return combo;
    }

    private static void addRow(GridPane grid, int row, String label, Node field) {
        Label l = new Label(label);
        l.setLabelFor(field);
        l.setMinWidth(Label.USE_PREF_SIZE);
        if (!label.isEmpty()) {
            field.setAccessibleText(label);
        }
        grid.addRow(row, l, field);
        GridPane.setHgrow(field, Priority.ALWAYS);
    }
}
