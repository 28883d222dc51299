package org.commitmentstracker.ui.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.commitmentstracker.model.CommitmentOverview;
import org.commitmentstracker.model.Deadlines;
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
        tasks.run(source::get, this::show, failure -> loaded.set(false));
    }

    private void show(List<CommitmentOverview> rows) {
        LocalDate today = LocalDate.now(clock);
        total.set(rows.size());
        overdue.set((int) rows.stream().filter(r -> r.isOverdue(today)).count());
        dueSoon.set((int) rows.stream().filter(r -> Deadlines.isDueSoon(r.status(), r.deadline(), today)).count());
        completed.set((int) rows.stream().filter(r -> r.status() == Status.COMPLETED).count());
        Map<Status, Integer> statuses = new EnumMap<>(Status.class);
        rows.forEach(r -> statuses.merge(r.status(), 1, Integer::sum));
        byStatus.setAll(statuses.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList());
        Map<String, int[]> partners = new TreeMap<>();
        Map<String, int[]> owners = new TreeMap<>();
        for (CommitmentOverview r : rows) {
            for (String partner : r.partners()) {
                count(partners, messages.partner(partner), r);
            }
            count(owners, r.owner() == null ? messages.get("dashboard.noOwner") : messages.agency(r.owner()), r);
        }
        byPartner.setAll(bars(partners));
        byOwner.setAll(bars(owners));
        nextDeadlines.setAll(rows.stream()
                .filter(r -> r.deadline() != null && !r.status().isClosed())
                .sorted(Comparator.comparing(CommitmentOverview::deadline))
                .limit(NEXT_DEADLINES)
                .map(r -> new DeadlineItem(dateFormat.format(r.deadline()), messages.partners(r.partners()), r.ref(),
                        r.text(), messages.agency(r.owner()), r.isOverdue(today)))
                .toList());
        loaded.set(true);
    }

    private static void count(Map<String, int[]> counts, String key, CommitmentOverview r) {
        int[] c = counts.computeIfAbsent(key, k -> new int[2]);
        c[1]++;
        if (r.status() == Status.COMPLETED) {
            c[0]++;
        }
    }

    private static List<CompletionBar> bars(Map<String, int[]> counts) {
        return counts.entrySet().stream().map(e -> new CompletionBar(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
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
