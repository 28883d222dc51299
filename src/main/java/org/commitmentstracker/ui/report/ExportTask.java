package org.commitmentstracker.ui.report;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.commitmentstracker.ui.TaskStatus;

/** What the report dialogs (workbook and Word) have in common: a period chosen, a file written with progress and Stop. */
public interface ExportTask {
    /** The period's choice. */
    PeriodChoice periods();

    /** The period chosen, or null when the range is incomplete or backwards. */
    default org.commitmentstracker.model.ReportPeriod period() {
        return periods().period();
    }

    /** The languages the report can be written in. */
    default java.util.List<String> languages() {
        return org.commitmentstracker.ui.Messages.LANGUAGES;
    }

    /** The file name offered in the save dialog. */
    String suggestedFileName();

    /** Writes the report to {@code out}, off the UI thread. */
    void export(Path out);

    /** Stops the report being written; no file is left. */
    void stop();

    /** Busy, progress, and what happened or went wrong. */
    TaskStatus status();

    default ReadOnlyBooleanProperty busyProperty() {
        return status().busyProperty();
    }

    /** From 0 to 1; negative while not yet known. */
    default ReadOnlyDoubleProperty progressProperty() {
        return status().progressProperty();
    }

    default ReadOnlyStringProperty messageProperty() {
        return status().messageProperty();
    }

    default ReadOnlyStringProperty errorProperty() {
        return status().errorProperty();
    }

    /** The file just written, or null. */
    ObjectProperty<Path> writtenProperty();

    BooleanBinding canExportBinding();

    /** "Q3 2025" / "Quý III năm 2025" for the quarter "2025Q3" as the list holds it. */
    default String quarterLabel(String quarter) {
        return periods().quarterLabel(quarter);
    }

    default ObservableList<String> quarters() {
        return periods().quarters;
    }

    default BooleanProperty byQuarterProperty() {
        return periods().byQuarter;
    }

    default StringProperty quarterProperty() {
        return periods().quarter;
    }

    default ObjectProperty<LocalDate> fromProperty() {
        return periods().from;
    }

    default ObjectProperty<LocalDate> toProperty() {
        return periods().to;
    }
}
