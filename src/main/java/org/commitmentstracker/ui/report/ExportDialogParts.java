package org.commitmentstracker.ui.report;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.commitmentstracker.ui.Dialogs;
import org.commitmentstracker.ui.LabelConverter;
import org.commitmentstracker.ui.LocalDateConverter;
import org.commitmentstracker.ui.Messages;

/**
 * The parts the report dialogs share: the period (a quarter or dates), the progress with Stop, the result with
 * its link, and the Export button that asks for the file. Ids start with the dialog's prefix ("report", "word").
 */
final class ExportDialogParts {
    private ExportDialogParts() {
    }

    /** A quarter from the list, or a range of dates. */
    static VBox period(String prefix, ExportTask vm, Messages messages) {
        ToggleGroup periodKind = new ToggleGroup();
        RadioButton quarterChoice = new RadioButton(messages.get("report.quarter"));
        quarterChoice.setToggleGroup(periodKind);
        RadioButton rangeChoice = new RadioButton(messages.get("report.range"));
        rangeChoice.setToggleGroup(periodKind);
        quarterChoice.setSelected(vm.byQuarterProperty().get());
        rangeChoice.setSelected(!vm.byQuarterProperty().get());
        vm.byQuarterProperty().bind(quarterChoice.selectedProperty());
        ComboBox<String> quarter = new ComboBox<>(vm.quarters());
        quarter.setId(prefix + "Quarter");
        quarter.setConverter(new LabelConverter<>(vm::quarterLabel));
        quarter.valueProperty().bindBidirectional(vm.quarterProperty());
        quarter.disableProperty().bind(quarterChoice.selectedProperty().not());
        quarter.setAccessibleText(messages.get("report.quarter"));
        DatePicker from = datePicker(prefix + "From", messages, vm.fromProperty());
        DatePicker to = datePicker(prefix + "To", messages, vm.toProperty());
        from.disableProperty().bind(rangeChoice.selectedProperty().not());
        to.disableProperty().bind(rangeChoice.selectedProperty().not());
        from.setAccessibleText(messages.get("report.from"));
        to.setAccessibleText(messages.get("report.to"));
        quarter.setMinWidth(120);
        quarterChoice.setMinWidth(Region.USE_PREF_SIZE);
        rangeChoice.setMinWidth(Region.USE_PREF_SIZE);
        HBox byQuarter = new HBox(8, quarterChoice, quarter);
        byQuarter.setAlignment(Pos.CENTER_LEFT);
        HBox byDates = new HBox(8, rangeChoice, from, new Label("–"), to);
        byDates.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, byQuarter, byDates);
    }

    static DatePicker datePicker(String id, Messages messages, ObjectProperty<java.time.LocalDate> value) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setConverter(new LocalDateConverter(messages));
        picker.valueProperty().bindBidirectional(value);
        picker.setPrefWidth(150);
        picker.setMinWidth(150);
        picker.setMaxWidth(150);
        return picker;
    }

    /** The form, then the progress bar with Stop, what happened, what went wrong, and a link to the file written. */
    static VBox content(String prefix, Node form, ExportTask vm, Messages messages, Consumer<URI> opener) {
        ProgressBar progress = new ProgressBar();
        progress.setId(prefix + "Progress");
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.busyProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        Button stop = new Button(messages.get("report.stop"));
        stop.setId(prefix + "Stop");
        stop.visibleProperty().bind(vm.busyProperty());
        stop.setOnAction(e -> vm.stop());
        HBox.setHgrow(progress, Priority.ALWAYS);
        Label message = new Label();
        message.setId(prefix + "Message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        Label error = new Label();
        error.setId(prefix + "Error");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        Hyperlink open = new Hyperlink(messages.get("report.open"));
        open.setId(prefix + "Open");
        open.visibleProperty().bind(vm.writtenProperty().isNotNull());
        open.setOnAction(e -> opener.accept(vm.writtenProperty().get().toUri()));
        VBox content = new VBox(10, form, new HBox(8, progress, stop), message, error, open);
        // The theme's content padding (1 em all round) is replaced: a little less above, the same at the sides.
        content.setPadding(new Insets(4, 14, 0, 14));
        return content;
    }

    /**
     * Export asks for the file (named with {@code extension}) and writes it; the dialog stays open to show
     * progress and the result, and cannot be closed while the report is being written.
     */
    static void buttons(String prefix, Dialog<?> dialog, ButtonType export, ButtonType close, ExportTask vm,
                        Dialogs dialogs, String title, Dialogs.FileFilter filter, String extension) {
        Button exportButton = (Button) dialog.getDialogPane().lookupButton(export);
        exportButton.setId(prefix + "Export");
        exportButton.disableProperty().bind(vm.canExportBinding().not());
        exportButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            dialogs.within(dialog.getDialogPane().getScene().getWindow())
                    .chooseFileToSave(title, vm.suggestedFileName(), filter)
                    .ifPresent(file -> vm.export(withExtension(file, extension)));
        });
        Button closeButton = (Button) dialog.getDialogPane().lookupButton(close);
        closeButton.disableProperty().bind(vm.busyProperty());
        dialog.setOnCloseRequest(e -> {
            if (vm.busyProperty().get()) {
                e.consume();
            }
        });
    }

    private static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(extension) ? file : file.resolveSibling(name + extension);
    }
}
