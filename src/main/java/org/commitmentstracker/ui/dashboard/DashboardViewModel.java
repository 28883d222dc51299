package org.commitmentstracker.ui.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.commitmentstracker.model.CommitmentOverview;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.TaskRunner;

/**
 * The dashboard: counts by status, overdue and due soon, progress by partner and by owner,
 * and the next deadlines, all worked out from the same rows as the commitments table.
 */
public final class DashboardViewModel {
    static final int NEXT_DEADLINES = 10;

    // Properties
    private final IntegerProperty total = new SimpleIntegerProperty();
    private final IntegerProperty overdue = new SimpleIntegerProperty();
    private final IntegerProperty dueSoon = new SimpleIntegerProperty();
    private final IntegerProperty completed = new SimpleIntegerProperty();
    private final SimpleBooleanProperty loaded = new SimpleBooleanProperty(false);
    private final ObservableList<Map.Entry<Status, Integer>> byStatus = FXCollections.observableArrayList();
    private final ObservableList<CompletionBar> byPartner = FXCollections.observableArrayList();
    private final ObservableList<CompletionBar> byOwner = FXCollections.observableArrayList();
    private final ObservableList<DeadlineItem> nextDeadlines = FXCollections.observableArrayList();

    private final Supplier<List<CommitmentOverview>> source;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Clock clock;
    private final DateTimeFormatter dateFormat;

    public DashboardViewModel(Supplier<List<CommitmentOverview>> source, TaskRunner tasks, Messages messages, Clock clock) {
        this.source = source;
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
        this.dateFormat = DateTimeFormatter.ofPattern(messages.get("format.date"), messages.locale());
    }

    // Commands

    public void refresh() {
        // The figures are worked out on the worker: over 10,000 rows that is tens of ms the window need not wait.
        tasks.run(() -> DashboardFigures.of(source.get(), LocalDate.now(clock), messages, dateFormat), this::show,
                failure -> loaded.set(false));
    }

    private void show(DashboardFigures figures) {
        total.set(figures.total());
        overdue.set(figures.overdue());
        dueSoon.set(figures.dueSoon());
        completed.set(figures.completed());
        byStatus.setAll(figures.byStatus());
        byPartner.setAll(figures.byPartner());
        byOwner.setAll(figures.byOwner());
        nextDeadlines.setAll(figures.nextDeadlines());
        loaded.set(true);
    }

    // Accessors for the view

    public ReadOnlyIntegerProperty totalProperty() {
        return total;
    }

    public ReadOnlyIntegerProperty overdueProperty() {
        return overdue;
    }

    public ReadOnlyIntegerProperty dueSoonProperty() {
        return dueSoon;
    }

    public ReadOnlyIntegerProperty completedProperty() {
        return completed;
    }

    /** True once the first figures are in. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }

    public ObservableList<Map.Entry<Status, Integer>> byStatus() {
        return byStatus;
    }

    public ObservableList<CompletionBar> byPartner() {
        return byPartner;
    }

    public ObservableList<CompletionBar> byOwner() {
        return byOwner;
    }

    public ObservableList<DeadlineItem> nextDeadlines() {
        return nextDeadlines;
    }

    public String statusLabel(Status status) {
        return messages.status(status);
    }
}
