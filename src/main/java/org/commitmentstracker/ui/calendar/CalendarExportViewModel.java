package org.commitmentstracker.ui.calendar;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import org.commitmentstracker.io.IoFailures;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.service.CalendarExports;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.TaskRunner;
import org.commitmentstracker.ui.TaskStatus;

/**
 * File &gt; Add deadlines to my calendar: writes the open commitments' deadlines as an iCalendar file off the UI
 * thread, of every owner or only of those the table is filtered to, then says how many events it wrote and how
 * to open the file in Outlook or Thunderbird.
 */
public final class CalendarExportViewModel {
    private final CalendarExports exports;
    private final TaskRunner tasks;
    private final Messages messages;
    private final List<String> tableOwners;
    private final List<String> tableOwnerNames;
    private final TaskStatus taskStatus = new TaskStatus();

    /** @param tableOwners the owners the commitments table is filtered to now (empty when it is not) */
    public CalendarExportViewModel(CalendarExports exports, TaskRunner tasks, Messages messages,
                                   List<Agency> tableOwners) {
        this.exports = exports;
        this.tasks = tasks;
        this.messages = messages;
        List<Agency> sorted = tableOwners.stream().sorted(java.util.Comparator.comparing(Agency::code)).toList();
        this.tableOwners = sorted.stream().map(Agency::code).toList();
        this.tableOwnerNames = sorted.stream().map(messages::agency).toList();
    }

    /** The owners the table is filtered to, as the window names them ("Bộ Ngoại giao, Bộ Công Thương"). */
    public String tableOwnerNames() {
        return String.join(", ", tableOwnerNames);
    }

    /** The codes of the owners the table is filtered to, to offer them alone; empty when it shows every owner. */
    public List<String> tableOwners() {
        return tableOwners;
    }

    /** The file name the save dialog suggests. */
    public String suggestedName() {
        return messages.get("calendar.fileName");
    }

    /** The file chosen, named .ics when the officer left the extension out. */
    public static Path withExtension(Path chosen) {
        String name = chosen.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".ics") ? chosen : chosen.resolveSibling(name + ".ics");
    }

    /** Writes the calendar to {@code chosen}: of the table's owners only when {@code onlyTableOwners}. */
    public void export(Path chosen, boolean onlyTableOwners) {
        if (taskStatus.isBusy()) {
            return;
        }
        Path file = withExtension(chosen);
        List<String> owners = onlyTableOwners ? tableOwners : List.of();
        taskStatus.start(messages.get("calendar.working"));
        tasks.run(() -> exports.export(file, owners, messages.language()),
                written -> taskStatus.succeed(written.events() == 0 ? messages.format("calendar.none", file)
                        : messages.format("calendar.written", written.events(), file)),
                e -> taskStatus.fail(messages.format("calendar.failed", file,
                        e instanceof IOException io ? IoFailures.reason(io) : messages.explain(e))));
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return taskStatus.busyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return taskStatus.messageProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return taskStatus.errorProperty();
    }
}
