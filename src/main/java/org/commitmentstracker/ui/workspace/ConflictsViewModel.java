package org.commitmentstracker.ui.workspace;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.commitmentstracker.model.Excerpts;
import org.commitmentstracker.model.HistoryField;
import org.commitmentstracker.model.Sector;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.service.ConflictChoice;
import org.commitmentstracker.service.OfflineCopy;
import org.commitmentstracker.service.SyncConflict;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.TaskRunner;

/**
 * The Conflicts view: one row per field changed both on this laptop and on the server since the
 * copy was taken, with the value then, mine, and theirs with who changed it and when. Each is
 * resolved by keeping mine, keeping theirs, or (notes and next steps) a merged text.
 */
public final class ConflictsViewModel {
    /** One conflict as the view shows it, values in words; {@code commitmentText} is the commitment's own words, shortened to show under the table. */
    public record Row(long id, String commitment, String commitmentText, String field, String base, String mine,
                      String theirs, String theirsBy, boolean mergeable, String mergeText) {
    }

    /** How much of a commitment's words the dialog shows under the table, so the table stays in view. */
    static final int COMMITMENT_SHOWN = 320;

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final OfflineCopy copy;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Function<String, String> agencyName;
    private final Runnable afterResolve;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    /**
     * @param agencyName   an agency's name from its code as a conflict gives it; worker thread
     * @param afterResolve what follows a resolution (the table and the status bar reload); UI thread
     */
    public ConflictsViewModel(OfflineCopy copy, TaskRunner tasks, Messages messages,
                              Function<String, String> agencyName, Runnable afterResolve) {
        this.copy = copy;
        this.tasks = tasks;
        this.messages = messages;
        this.agencyName = agencyName;
        this.afterResolve = afterResolve;
        this.date = DateTimeFormatter.ofPattern(messages.get("format.date"), messages.locale());
        this.dateTime = DateTimeFormatter.ofPattern(messages.get("format.dateTime"), messages.locale())
                .withZone(ZoneId.systemDefault());
    }

    /** Reads the conflicts left. */
    public void load() {
        tasks.run(this::rowsLeft, this::show, e -> error.set(messages.explain(e)));
    }

    public void keepMine(Row row) {
        resolve(row, ConflictChoice.KEEP_MINE, null);
    }

    public void keepTheirs(Row row) {
        resolve(row, ConflictChoice.KEEP_THEIRS, null);
    }

    /** Keeps the officer's merge of both texts (notes and next steps only). */
    public void merge(Row row, String text) {
        if (!row.mergeable()) {
            return;
        }
        resolve(row, ConflictChoice.MERGE, text == null ? "" : text.strip());
    }

    private void resolve(Row row, ConflictChoice choice, String merged) {
        error.set("");
        tasks.run(() -> {
            copy.resolve(row.id(), choice, merged);
            return rowsLeft();
        }, left -> {
            show(left);
            message.set(messages.format("conflicts.resolved", row.commitment(), row.field()));
            afterResolve.run();
        }, e -> error.set(messages.explain(e)));
    }

    /** The conflicts left, in words (agency names read here, on the worker). */
    private List<Row> rowsLeft() {
        return copy.conflicts().stream().map(this::row).toList();
    }

    private void show(List<Row> left) {
        rows.setAll(left);
        if (left.isEmpty()) {
            message.set(messages.get("conflicts.none"));
        }
    }

    private Row row(SyncConflict c) {
        boolean text = c.field() == HistoryField.NOTES || c.field() == HistoryField.NEXT_STEP;
        String mine = word(c.field(), c.mine());
        String theirs = word(c.field(), c.theirs());
        String by = messages.format("conflicts.by", orDash(c.theirAuthor()),
                c.theirTime() == null ? "—" : dateTime.format(c.theirTime()));
        String merge = text ? String.join("\n\n", List.of(orEmpty(c.mine()), orEmpty(c.theirs())).stream()
                .filter(s -> !s.isBlank()).toList()) : "";
        return new Row(c.id(), c.commitmentLabel(), Excerpts.cutAtWord(c.commitmentText(), COMMITMENT_SHOWN),
                messages.get("conflicts.field." + c.field().name()),
                word(c.field(), c.base()), mine, theirs, by, text, merge);
    }

    /** A value as history stores it, in words. */
    private String word(HistoryField field, String value) {
        if (value == null || value.isBlank()) {
            return "—";
        }
        try {
            return switch (field) {
                case STATUS -> messages.status(Status.valueOf(value));
                case SECTOR -> Sector.fromCode(value).map(messages::sector).orElse(value);
                case OWNER -> agencyName.apply(value);
                case CO_OWNERS -> Arrays.stream(value.split(",")).map(String::strip).map(agencyName)
                        .collect(Collectors.joining(", "));
                case DEADLINE -> date.format(LocalDate.parse(value));
                default -> value;
            };
        } catch (IllegalArgumentException | DateTimeParseException notAsExpected) {
            return value;
        }
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
