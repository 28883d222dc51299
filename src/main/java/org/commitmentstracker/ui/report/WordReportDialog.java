package org.commitmentstracker.ui.report;

import java.net.URI;
import java.util.function.Consumer;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.commitmentstracker.ui.DialogWidth;
import org.commitmentstracker.ui.Dialogs;
import org.commitmentstracker.ui.LabelConverter;
import org.commitmentstracker.ui.Messages;

/** File › Export report as Word. Binds to {@link WordReportViewModel}. */
public final class WordReportDialog extends Dialog<ButtonType> {

    /** @param dialogs asks where to save the report (shown over this dialog) */
    public WordReportDialog(Window owner, WordReportViewModel vm, Messages messages, Consumer<URI> opener,
                            Dialogs dialogs) {
        initOwner(owner);
        setTitle(messages.get("word.title"));
        setHeaderText(messages.get("word.header"));
        getDialogPane().setId("wordReportDialog");
        ButtonType export = new ButtonType(messages.get("report.export"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(messages.get("report.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(export, close);

        VBox period = ExportDialogParts.period("word", vm, messages);

        ComboBox<String> language = new ComboBox<>();
        language.setId("wordLanguage");
        language.getItems().setAll(vm.languages());
        language.setConverter(new LabelConverter<>(vm::languageLabel));
        language.valueProperty().bindBidirectional(vm.languageProperty());

        TextArea agency = area("wordAgency", 2, messages.get("word.agency.prompt"), vm.agencyProperty());
        TextField abbreviation = field("wordAbbreviation", messages.get("word.abbreviation.prompt"),
                vm.abbreviationProperty());
        TextField number = field("wordNumber", messages.get("word.number.prompt"), vm.documentNumberProperty());
        TextField place = field("wordPlace", messages.get("word.place.prompt"), vm.placeProperty());
        TextField signerTitle = field("wordSignerTitle", messages.get("word.signerTitle.prompt"),
                vm.signerTitleProperty());
        TextField signerName = field("wordSignerName", "", vm.signerNameProperty());
        TextArea recipients = area("wordRecipients", 3, messages.get("word.recipients.prompt"),
                vm.recipientsProperty());
        TextArea proposals = area("wordProposals", 4, messages.get("word.proposals.prompt"), vm.proposalsProperty());

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        int row = 0;
        addRow(form, row++, messages.get("report.period"), period, 3);
        addRow(form, row++, messages.get("report.language"), language, 3);
        addRow(form, row++, messages.get("word.agency"), agency, 3);
        addPair(form, row++, messages.get("word.abbreviation"), abbreviation, messages.get("report.documentNumber"),
                number);
        addPair(form, row++, messages.get("report.place"), place, "", new Label());
        addPair(form, row++, messages.get("word.signerTitle"), signerTitle, messages.get("word.signerName"),
                signerName);
        addRow(form, row++, messages.get("word.recipients"), recipients, 3);
        addRow(form, row, messages.get("word.proposals"), proposals, 3);
        form.disableProperty().bind(vm.busyProperty());

        getDialogPane().setContent(ExportDialogParts.content("word", form, vm, messages, opener));
        DialogWidth.set(getDialogPane(), 840);
        ExportDialogParts.buttons("word", this, export, close, vm, dialogs, messages.get("word.title"),
                new Dialogs.FileFilter(messages.get("word.filter"), "*.docx"), ".docx");
    }

    private static TextField field(String id, String prompt, StringProperty value) {
        TextField field = new TextField();
        bind(field, id, prompt, value);
        return field;
    }

    private static TextArea area(String id, int rows, String prompt, StringProperty value) {
        TextArea area = new TextArea();
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        bind(area, id, prompt, value);
        return area;
    }

    private static void bind(TextInputControl control, String id, String prompt, StringProperty value) {
        control.setId(id);
        control.setPromptText(prompt);
        control.textProperty().bindBidirectional(value);
    }

    private static void addRow(GridPane grid, int row, String label, Node field, int span) {
        Label l = label(label, field);
        grid.add(l, 0, row);
        grid.add(field, 1, row, span, 1);
        GridPane.setHgrow(field, Priority.ALWAYS);
    }

    /** Two short fields side by side. */
    private static void addPair(GridPane grid, int row, String label, Node field, String secondLabel, Node second) {
        grid.add(label(label, field), 0, row);
        grid.add(field, 1, row);
        grid.add(label(secondLabel, second), 2, row);
        grid.add(second, 3, row);
        GridPane.setHgrow(field, Priority.ALWAYS);
        GridPane.setHgrow(second, Priority.ALWAYS);
    }

    private static Label label(String text, Node field) {
        Label l = new Label(text);
        l.setLabelFor(field);
        l.setMinWidth(Label.USE_PREF_SIZE);
        if (!text.isEmpty()) {
            field.setAccessibleText(text);
        }
        return l;
    }
}
