package org.commitmentstracker.ui.statements;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.commitmentstracker.model.Statement;
import org.commitmentstracker.model.StatementUnit;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.TaskRunner;
import org.commitmentstracker.ui.TaskStatus;

/** The statements screen: every statement with its progress, and the units of the one opened. */
public final class StatementsViewModel {
    // Properties
    private final ObservableList<StatementRow> statements = FXCollections.observableArrayList();
    private final ObservableList<UnitRow> units = FXCollections.observableArrayList();
    private final StringProperty opened = new SimpleStringProperty("");
    /** What went wrong last, if anything. */
    private final TaskStatus taskStatus = new TaskStatus();

    private final Supplier<List<Statement>> allStatements;
    private final Supplier<Map<Long, int[]>> progress;
    private final Function<Long, List<StatementUnit>> unitsOf;
    private final TaskRunner tasks;
    private final Messages messages;
    private final DateTimeFormatter dateFormat;

    public StatementsViewModel(Supplier<List<Statement>> allStatements, Supplier<Map<Long, int[]>> progress,
                               Function<Long, List<StatementUnit>> unitsOf, TaskRunner tasks, Messages messages) {
        this.allStatements = allStatements;
        this.progress = progress;
        this.unitsOf = unitsOf;
        this.tasks = tasks;
        this.messages = messages;
        this.dateFormat = DateTimeFormatter.ofPattern(messages.get("format.date"), messages.locale());
    }

    // Commands

    public void refresh() {
        tasks.run(() -> rows(allStatements.get(), progress.get()), statements::setAll,
                failure -> taskStatus.showError(messages.format("statements.loadFailed", failure.getMessage())));
    }

    /** Shows the units of a statement of the list. */
    public void open(StatementRow row) {
        if (row == null) {
            units.clear();
            opened.set("");
            return;
        }
        tasks.run(() -> unitsOf.apply(row.id()), list -> {
            units.setAll(list.stream().map(u -> new UnitRow(u.ref(), u.kind(),
                    messages.kind(u.kind()), u.text(), u.cue() == null ? "" : u.cue())).toList());
            opened.set(row.title());
        }, failure -> taskStatus.showError(messages.format("statements.loadFailed", failure.getMessage())));
    }

    private List<StatementRow> rows(List<Statement> list, Map<Long, int[]> counts) {
        return list.stream().map(s -> {
            int[] c = counts.getOrDefault(s.id(), new int[2]);
            return new StatementRow(s.id(), s.title(), String.join(", ", s.partners()),
                    s.date() == null ? "" : dateFormat.format(s.date()), c[0], c[1],
                    messages.format("statements.progress", c[0], c[1]));
        }).toList();
    }

    // Accessors for the view

    public ObservableList<StatementRow> statements() {
        return statements;
    }

    public ObservableList<UnitRow> units() {
        return units;
    }

    public ReadOnlyStringProperty openedProperty() {
        return opened;
    }

    public ReadOnlyStringProperty errorProperty() {
        return taskStatus.errorProperty();
    }
}
