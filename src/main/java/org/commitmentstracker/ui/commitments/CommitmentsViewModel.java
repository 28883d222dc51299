package org.commitmentstracker.ui.commitments;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.commitmentstracker.model.CommitmentOverview;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.TaskRunner;

/** The commitments table: its rows, whether they are loading, and what went wrong if anything. */
public final class CommitmentsViewModel {
    // Properties
    private final ObservableList<CommitmentRow> rows = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final StringProperty error = new SimpleStringProperty();
    private final StringProperty summary = new SimpleStringProperty("");

    private final Supplier<List<CommitmentOverview>> source;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Clock clock;
    private final DateTimeFormatter dateFormat;

    public CommitmentsViewModel(Supplier<List<CommitmentOverview>> source, TaskRunner tasks, Messages messages,
                                Clock clock) {
        this.source = source;
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
        this.dateFormat = DateTimeFormatter.ofPattern(messages.get("format.date"), messages.locale());
    }

    // Commands

    /** Reloads the rows from the store, off the UI thread. */
    public void refresh() {
        loading.set(true);
        error.set(null);
        tasks.run(source::get, this::show, failure -> {
            loading.set(false);
            error.set(messages.format("commitments.loadFailed", failure.getMessage()));
        });
    }

    private void show(List<CommitmentOverview> overviews) {
        LocalDate today = LocalDate.now(clock);
        rows.setAll(overviews.stream().map(o -> toRow(o, today)).toList());
        long overdue = rows.stream().filter(r -> r.deadlineState() == DeadlineState.OVERDUE).count();
        summary.set(messages.format("commitments.summary", rows.size(), overdue));
        loading.set(false);
    }

    private CommitmentRow toRow(CommitmentOverview o, LocalDate today) {
        String partners = String.join(", ", o.partners());
        String owner = o.owner() == null ? "" : o.owner().name(messages.language());
        String deadline = o.deadline() == null ? "" : dateFormat.format(o.deadline());
        return new CommitmentRow(o.commitmentId(), o.statementTitle(), partners, o.ref(), o.text(), owner,
                o.status(), messages.get("status." + o.status().name()), o.deadline(), deadline,
                DeadlineState.of(o.status(), o.deadline(), today),
                o.statementDate() == null ? "" : dateFormat.format(o.statementDate()));
    }

    // Accessors for the view

    public ObservableList<CommitmentRow> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }
}
