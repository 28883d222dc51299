package org.commitmentstracker.ui.report;

import java.net.URI;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.commitmentstracker.ui.DialogWidth;
import org.commitmentstracker.ui.Dialogs;
import org.commitmentstracker.ui.FxDialogs;
import org.commitmentstracker.ui.LabelConverter;
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

        VBox period = ExportDialogParts.period("report", vm, messages);

        DatePicker asOf = ExportDialogParts.datePicker("reportAsOf", messages, vm.asOfProperty());
        asOf.setPromptText(messages.get("report.asOf.prompt"));
        asOf.setAccessibleText(messages.get("report.asOf"));
        CheckComboBox<String> partners = checks("reportPartners", vm.partners(), vm.chosenPartners(), vm::partnerLabel,
                messages.get("report.allPartners"));
        CheckComboBox<org.commitmentstracker.model.Agency> owners = checks("reportOwners", vm.owners(),
                vm.chosenOwners(), vm::agencyLabel, messages.get("report.allOwners"));
        CheckComboBox<org.commitmentstracker.model.Sector> sectors = checks("reportSectors",
                javafx.collections.FXCollections.observableArrayList(vm.sectors()), vm.chosenSectors(),
                vm::sectorLabel, messages.get("report.allSectors"));
        CheckComboBox<org.commitmentstracker.model.Statement> statements = checks("reportStatements",
                vm.statements(), vm.chosenStatements(), vm::statementLabel, messages.get("report.allStatements"));
        statements.setTooltip(new javafx.scene.control.Tooltip(messages.get("report.sampleLeftOut")));

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
        TextField place = new TextField();
        place.setId("reportPlace");
        place.setPromptText(vm.placePrompt());
        place.textProperty().bindBidirectional(vm.placeProperty());
        TextField number = new TextField();
        number.setId("reportDocumentNumber");
        number.setPromptText(messages.get("report.documentNumber.prompt"));
        number.textProperty().bindBidirectional(vm.documentNumberProperty());
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
        addRow(form, row++, messages.get("report.documentNumber"), number);
        addRow(form, row++, messages.get("report.place"), place);
        addRow(form, row, "", national);
        form.disableProperty().bind(vm.busyProperty());

        getDialogPane().setContent(ExportDialogParts.content("report", form, vm, messages, opener));
        DialogWidth.set(getDialogPane(), 720);
        ExportDialogParts.buttons("report", this, export, close, vm, dialogs, messages.get("report.title"),
                Dialogs.FileFilter.EXCEL, ".xlsx");
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
