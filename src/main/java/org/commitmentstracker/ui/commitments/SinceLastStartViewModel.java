package org.commitmentstracker.ui.commitments;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.commitmentstracker.service.SinceLastStart;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.TaskRunner;

/**
 * The notice at start of what became overdue or falls due within 14 days since the last start: its words, "Show
 * them" (the commitments table narrowed to exactly those), and Close. It never stops the officer's work: the
 * check runs off the UI thread and the notice is a bar, not a dialog.
 */
public final class SinceLastStartViewModel {
    private final Callable<SinceLastStart.Changes> check;
    private final TaskRunner tasks;
    private final Messages messages;
    private final CommitmentsViewModel table;
    private final StringProperty text = new SimpleStringProperty("");
    private SinceLastStart.Changes changes;
    private boolean closed;

    /** @param check what changed since the last start (and this start remembered): the service's, off the UI thread */
    public SinceLastStartViewModel(Callable<SinceLastStart.Changes> check, TaskRunner tasks, Messages messages,
                                   CommitmentsViewModel table) {
        this.check = check;
        this.tasks = tasks;
        this.messages = messages;
        this.table = table;
    }

    /** Works out what changed (once per start), then shows the notice when anything did. */
    public void check() {
        tasks.run(check, found -> {
            changes = found;
            show();
        }, failure -> {
            // A notice, not a task of the officer's: when it cannot be worked out, there is simply none.
            changes = null;
        });
    }

    /** Takes over the notice of the window this one replaces (rebuilt in another language): no second check. */
    public void carryOver(SinceLastStartViewModel previous) {
        changes = previous.changes;
        closed = previous.closed;
        show();
        if (changes != null && !changes.isEmpty()) {
            // The table kept the set "Show them" gave it (if it still shows it): said in this window's language.
            table.relabelOnly(filterLabel());
        }
    }

    /** "Show them": the table shows exactly the commitments the notice counts. */
    public void showThem() {
        if (changes == null || changes.isEmpty()) {
            return;
        }
        Set<Long> ids = new LinkedHashSet<>(changes.becameOverdue());
        ids.addAll(changes.dueSoon());
        table.showOnly(ids, filterLabel());
    }

    private String filterLabel() {
        return messages.format("away.filter", changes.becameOverdue().size() + changes.dueSoon().size(), date());
    }

    /** Close: the notice goes until the next start. */
    public void close() {
        closed = true;
        text.set("");
    }

    private void show() {
        if (closed || changes == null || changes.isEmpty()) {
            text.set("");
            return;
        }
        List<String> parts = new ArrayList<>();
        if (!changes.becameOverdue().isEmpty()) {
            parts.add(messages.format("away.overdue", changes.becameOverdue().size()));
        }
        if (!changes.dueSoon().isEmpty()) {
            parts.add(messages.format("away.dueSoon", changes.dueSoon().size(), SinceLastStart.DAYS));
        }
        text.set(messages.format("away.text", date(), String.join(messages.get("away.and"), parts)));
    }

    private String date() {
        return DateTimeFormatter.ofPattern(messages.get("format.date"), messages.locale())
                .format(changes.lastStart().atZone(java.time.ZoneId.systemDefault()));
    }

    /** The notice's words; empty while there is nothing to tell (the bar hides then). */
    public ReadOnlyStringProperty textProperty() {
        return text;
    }
}
