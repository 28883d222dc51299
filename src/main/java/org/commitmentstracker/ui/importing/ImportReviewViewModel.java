package org.commitmentstracker.ui.importing;

import org.commitmentstracker.service.StatementImports;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.commitmentstracker.extract.read.StatementProblem;
import org.commitmentstracker.importing.ImportOutcome;
import org.commitmentstracker.importing.ImportCandidate;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.Sector;
import org.commitmentstracker.model.UnitKind;
import org.commitmentstracker.ui.Dialogs;
import org.commitmentstracker.ui.LocalDateConverter;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.TaskRunner;
import org.commitmentstracker.ui.TaskStatus;

/**
 * The import review: files (or pasted text) are read and analysed one by one off the UI
 * thread, the officer corrects each statement, and the batch is saved one statement at a time,
 * each whole or not at all, with progress and a way to stop between statements.
 */
public final class ImportReviewViewModel {
    private final StatementImports imports;
    private final TaskRunner tasks;
    private final Messages messages;
    private final String author;
    private final Runnable onSaved;
    private final LocalDateConverter dates;
    private final Clock clock;
    private final ObservableList<StatementReview> statements = FXCollections.observableArrayList(
            s -> new javafx.beans.Observable[] {s.stateProperty(), s.units(), s.dateProperty()});
    private final ObservableList<Agency> agencies = FXCollections.observableArrayList();
    private final ObjectProperty<StatementReview> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<UnitReview> selectedUnit = new SimpleObjectProperty<>();
    private final TaskStatus taskStatus = new TaskStatus();
    private final BooleanBinding canSave;
    private final BooleanProperty showLeftOut = new SimpleBooleanProperty(false);
    private final ObjectProperty<ObservableList<UnitReview>> shownUnits =
            new SimpleObjectProperty<>(FXCollections.observableArrayList());
    private final StringBinding leftOutLabel;
    private final StringBinding pastDeadlineWarning;
    private volatile boolean stopRequested;

    /** @param clock the day of the review, against which deadlines already past are flagged */
    public ImportReviewViewModel(StatementImports imports, TaskRunner tasks, Messages messages, String author,
                                 Clock clock, Runnable onSaved) {
        this.imports = imports;
        this.tasks = tasks;
        this.messages = messages;
        this.author = author;
        this.onSaved = onSaved;
        this.dates = new LocalDateConverter(messages);
        this.clock = clock;
        this.canSave = Bindings.createBooleanBinding(() -> !taskStatus.isBusy() && !toSave().isEmpty(),
                taskStatus.busyProperty(), statements);
        selected.addListener((o, old, now) -> {
            selectedUnit.set(null);
            showUnits();
        });
        showLeftOut.addListener((o, old, now) -> showUnits());
        leftOutLabel = Bindings.createStringBinding(() -> messages.format("review.leftOut.show",
                selected.get() == null ? 0 : selected.get().leftOutCount()), selected, statements);
        pastDeadlineWarning = Bindings.createStringBinding(() -> selected.get() == null ? ""
                : pastDeadlineWarning(selected.get()), selected, statements);
    }

    /**
     * Lists the selected statement's paragraphs, without the left-out ones unless the officer
     * asked for them. Which ones are hidden is decided now: a paragraph the officer unticks stays
     * in sight until the switch is turned or another statement chosen.
     */
    private void showUnits() {
        StatementReview statement = selected.get();
        if (statement == null) {
            shownUnits.set(FXCollections.observableArrayList());
            return;
        }
        java.util.Set<UnitReview> hidden = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        if (!showLeftOut.get()) {
            statement.units().stream().filter(u -> !u.keptProperty().get()).forEach(hidden::add);
        }
        shownUnits.set(new FilteredList<>(statement.units(), u -> !hidden.contains(u)));
    }

    /** The paragraphs the list shows: the selected statement's, the left-out ones only when asked for. */
    public ObjectProperty<ObservableList<UnitReview>> shownUnitsProperty() {
        return shownUnits;
    }

    /** Whether the left-out paragraphs (noise, and those unticked) are listed too; off at first. */
    public BooleanProperty showLeftOutProperty() {
        return showLeftOut;
    }

    /** The switch's words, with how many are left out: "Show left-out paragraphs (12 left out)". */
    public StringBinding leftOutLabel() {
        return leftOutLabel;
    }

    /** "3 deadlines already past — check them" for the selected statement; empty when none. */
    public StringBinding pastDeadlineWarning() {
        return pastDeadlineWarning;
    }

    private String pastDeadlineWarning(StatementReview statement) {
        long count = statement.state() == StatementReview.State.READY ? statement.pastDeadlinesToCheck() : 0;
        return count == 0 ? "" : messages.format("review.pastDeadlines", count);
    }

    /** Reads the files (folders give the files in them) for review. */
    public void load(List<Path> filesOrFolders) {
        start(messages.get("review.reading.start"));
        tasks.run(() -> new Start(imports.agencies(), imports.expand(filesOrFolders)), started -> {
            agencies.setAll(started.agencies());
            readNext(started.files(), 0);
        }, this::failed);
    }

    /** Reads pasted text for review. */
    public void loadText(String text) {
        start(messages.get("review.reading.start"));
        tasks.run(() -> new Start(imports.agencies(), List.of()), started -> {
            agencies.setAll(started.agencies());
            prepareOne(() -> imports.prepareText(text), null, () -> finishReading(1, 1));
        }, this::failed);
    }

    private record Start(List<Agency> agencies, List<Path> files) {
    }

    private void readNext(List<Path> files, int index) {
        if (index >= files.size() || stopRequested) {
            finishReading(index, files.size());
            return;
        }
        Path file = files.get(index);
        taskStatus.progress((double) index / files.size(),
                messages.format("review.reading", index + 1, files.size(), file.getFileName()));
        prepareOne(() -> imports.prepare(file), file.toAbsolutePath().toString(), () -> readNext(files, index + 1));
    }

    /** The reader's doubts about a statement's text, in the UI's language. */
    private String warnings(ImportCandidate.Ready ready) {
        return ready.warnings().stream()
                .map(w -> messages.format("review.warning." + w.kind().name(), w.count(), w.example()))
                .collect(java.util.stream.Collectors.joining(" "));
    }

    /** @param location the file's full path, or null for pasted text */
    private void prepareOne(Supplier<ImportCandidate> work, String location, Runnable then) {
        tasks.run(work::get, candidate -> {
            StatementReview review = candidate instanceof ImportCandidate.Ready ready
                    ? new StatementReview(ready, location, agencies, warnings(ready), LocalDate.now(clock))
                    : new StatementReview((ImportCandidate.Unreadable) candidate, location,
                    messages.say(((ImportCandidate.Unreadable) candidate).words()));
            statements.add(review);
            if (selected.get() == null) {
                selected.set(review);
            }
            then.run();
        }, this::failed);
    }

    private void finishReading(int read, int total) {
        long ready = statements.stream().filter(s -> s.state() == StatementReview.State.READY).count();
        taskStatus.succeed(stopRequested && read < total ? messages.format("review.readStopped", read, total)
                : ready == 0 ? messages.format("review.readNoneReady", statements.size())
                : messages.format("review.readDone", statements.size(), ready));
        stopRequested = false;
    }

    /**
     * Saves every ready statement with something to track, one after the other. With deadlines
     * already past that the officer has not checked, it asks once first: saved as they are, those
     * commitments are overdue at once. "Go back" saves nothing.
     *
     * @param ask asks the officer (over the review)
     */
    public void save(Dialogs ask) {
        List<StatementReview> batch = toSave();
        if (batch.isEmpty() || taskStatus.isBusy()) {
            return;
        }
        long past = batch.stream().mapToLong(StatementReview::pastDeadlinesToCheck).sum();
        if (past > 0) {
            if (!ask.confirm(messages.get("review.pastDeadlines.title"),
                    messages.format("review.pastDeadlines.header", past), messages.get("review.pastDeadlines.text"),
                    messages.get("review.pastDeadlines.save"), messages.get("review.pastDeadlines.back"))) {
                return;
            }
            batch.forEach(StatementReview::checkPastDeadlines);
        }
        start("");
        saveNext(batch, 0, new ArrayList<>());
    }

    private void saveNext(List<StatementReview> batch, int index, List<ImportOutcome> outcomes) {
        if (index >= batch.size() || stopRequested) {
            finishSaving(batch.size(), outcomes);
            return;
        }
        StatementReview statement = batch.get(index);
        taskStatus.progress((double) index / batch.size(),
                messages.format("review.saving", index + 1, batch.size(), shownName(statement)));
        var draft = statement.toDraft();
        tasks.run(() -> imports.save(statement.fileName(), draft), outcome -> {
            outcomes.add(outcome);
            record(statement, outcome);
            saveNext(batch, index + 1, outcomes);
        }, e -> {
            outcomes.add(new ImportOutcome.Failed(statement.fileName(), StatementProblem.NOT_SAVED,
                    String.valueOf(e.getMessage()), messages.explain(e)));
            record(statement, outcomes.get(outcomes.size() - 1));
            saveNext(batch, index + 1, outcomes);
        });
    }

    private void record(StatementReview statement, ImportOutcome outcome) {
        if (outcome instanceof ImportOutcome.Imported imported) {
            statement.messageProperty().set(messages.format("review.state.savedWith", imported.commitments())
                    + (imported.repeating() == 0 ? "" : messages.format("review.state.repeating", imported.repeating())));
            statement.stateProperty().set(StatementReview.State.SAVED);
        } else if (outcome instanceof ImportOutcome.Failed failed) {
            statement.messageProperty().set(messages.say(failed.words()));
            statement.stateProperty().set(StatementReview.State.FAILED);
        } else {
            statement.stateProperty().set(StatementReview.State.ALREADY_IMPORTED);
        }
    }

    private void finishSaving(int total, List<ImportOutcome> outcomes) {
        long saved = outcomes.stream().filter(o -> o instanceof ImportOutcome.Imported).count();
        long commitments = outcomes.stream().filter(o -> o instanceof ImportOutcome.Imported)
                .mapToLong(o -> ((ImportOutcome.Imported) o).commitments()).sum();
        List<String> failures = outcomes.stream().filter(o -> o instanceof ImportOutcome.Failed)
                .map(o -> (ImportOutcome.Failed) o)
                .map(f -> messages.format("review.fileProblem", f.fileName(), messages.say(f.words()))).toList();
        taskStatus.succeed(stopRequested && outcomes.size() < total
                ? messages.format("review.saveStopped", saved, total)
                : messages.format("review.saved", saved, commitments));
        taskStatus.showError(String.join("\n", failures));
        stopRequested = false;
        if (saved > 0) {
            onSaved.run();
        }
    }

    /** A statement's file name as the window shows it; pasted text is called so in the window's language. */
    public String shownName(StatementReview statement) {
        return statement.pasted() ? messages.get("review.pasted") : statement.fileName();
    }

    /** Stops reading or saving after the statement at hand; what is done stays done. */
    public void stop() {
        if (taskStatus.isBusy()) {
            stopRequested = true;
        }
    }

    private void start(String what) {
        stopRequested = false;
        taskStatus.start(what);
    }

    private void failed(Throwable e) {
        stopRequested = false;
        taskStatus.fail(e instanceof org.commitmentstracker.extract.read.UnreadableStatementException u
                ? messages.format("review.fileProblem", u.fileName(), messages.explain(u))
                : messages.format("review.failed", messages.explain(e)));
    }

    private List<StatementReview> toSave() {
        return statements.stream()
                .filter(s -> s.state() == StatementReview.State.READY && s.trackedCount() > 0).toList();
    }

    /** Makes the selected unit a unit of another kind. */
    public void changeKind(UnitKind kind) {
        UnitReview unit = selectedUnit.get();
        if (unit != null && kind != null && selected.get() != null) {
            selected.get().changeKind(unit, kind, messages.format("review.cue.kind", messages.kind(kind), author));
        }
    }

    /** Cuts the selected unit in two where the cursor stands in its text. */
    public void splitAt(int position) {
        UnitReview unit = selectedUnit.get();
        if (unit == null) {
            return;
        }
        int index = selected.get().units().indexOf(unit);
        if (selected.get().split(unit, position, messages.format("review.cue.split", author))) {
            taskStatus.clearError();
            selectedUnit.set(selected.get().units().get(index));
        } else {
            taskStatus.showError(messages.get("review.splitFailed"));
        }
    }

    /** Joins the selected unit with the one after it. */
    public void mergeWithNext() {
        UnitReview unit = selectedUnit.get();
        if (unit == null) {
            return;
        }
        int index = selected.get().units().indexOf(unit);
        if (selected.get().mergeWithNext(unit, messages.format("review.cue.merge", author))) {
            taskStatus.clearError();
            selectedUnit.set(selected.get().units().get(index));
        } else {
            taskStatus.showError(messages.get("review.mergeFailed"));
        }
    }

    public ObservableList<StatementReview> statements() {
        return statements;
    }

    public ObservableList<Agency> agencies() {
        return agencies;
    }

    public List<Sector> sectors() {
        return List.of(Sector.values());
    }

    public List<UnitKind> kinds() {
        return List.of(UnitKind.values());
    }

    public List<String> languages() {
        return Messages.LANGUAGES;
    }

    public ObjectProperty<StatementReview> selectedProperty() {
        return selected;
    }

    public ObjectProperty<UnitReview> selectedUnitProperty() {
        return selectedUnit;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return taskStatus.busyProperty();
    }

    /** From 0 to 1; negative while how long it takes is not yet known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return taskStatus.progressProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return taskStatus.messageProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return taskStatus.errorProperty();
    }

    public BooleanBinding canSaveBinding() {
        return canSave;
    }

    /** "3 statements, 57 commitments to save". */
    public String saveLabel() {
        List<StatementReview> batch = toSave();
        if (batch.isEmpty()) {
            return messages.get("review.save.none");
        }
        return messages.format("review.save", batch.size(), batch.stream().mapToLong(StatementReview::trackedCount).sum());
    }

    /** A statement's line in the file list: its name and where it stands. */
    public String stateLabel(StatementReview statement) {
        return switch (statement.state()) {
            case READY -> withWarning(messages.format("review.state.READY", statement.trackedCount()), statement);
            case ALREADY_IMPORTED -> messages.get("review.state.ALREADY_IMPORTED");
            case UNREADABLE, FAILED, SAVED -> statement.messageProperty().get();
        };
    }

    /** A readable statement's line carries the reader's warning, if it has one (lost spaces in a PDF). */
    private String withWarning(String label, StatementReview statement) {
        String warning = statement.messageProperty().get();
        String past = pastDeadlineWarning(statement);
        String said = warning == null || warning.isEmpty() ? label : label + " — " + warning;
        return past.isEmpty() ? said : said + "\n⚠ " + past;
    }

    /**
     * What a tracked commitment will carry, as the list shows it beside the paragraph: its owner,
     * and its deadline, marked when it is already past and not yet checked; null for the rest.
     */
    public Tracking tracking(UnitReview unit) {
        StatementReview statement = selected.get();
        if (!unit.isTracked()) {
            return null;
        }
        Agency owner = unit.ownerProperty().get();
        LocalDate deadline = unit.deadlineProperty().get();
        boolean toCheck = statement != null && statement.isPastDeadlineToCheck(unit);
        String due = deadline == null ? messages.get("review.noDeadline") : dates.toString(deadline);
        return new Tracking(owner == null ? messages.get("review.noOwner") : owner.code(),
                toCheck ? "⚠ " + due : due, toCheck,
                messages.format("review.tracking", messages.sector(unit.sectorProperty().get()),
                        owner == null ? messages.get("review.noOwner") : agencyLabel(owner),
                        deadline == null ? messages.get("review.noDeadline")
                                : messages.format("review.due", dates.toString(deadline)))
                        + (toCheck ? "\n" + messages.get("review.pastDeadline.mark") : ""));
    }

    /**
     * A tracked commitment's owner and deadline as the list shows them.
     *
     * @param pastDeadline the deadline is already past and the officer has not yet checked it
     * @param details      sector, owner and deadline in full, for a tooltip
     */
    public record Tracking(String owner, String deadline, boolean pastDeadline, String details) {
    }

    /** The statement's details in one line, for the heading of its folded form: "Title — Peru · 12/03/2026 · English". */
    public String summary(StatementReview statement) {
        if (statement == null) {
            return messages.get("review.meta.heading");
        }
        List<String> parts = new ArrayList<>();
        for (String part : new String[] {partnersShown(statement.partnersProperty().get()),
                statement.dateProperty().get() == null ? null : dates.toString(statement.dateProperty().get()),
                statement.languageProperty().get() == null ? null : languageLabel(statement.languageProperty().get())}) {
            if (part != null && !part.isBlank()) {
                parts.add(part.strip());
            }
        }
        String title = statement.titleProperty().get() == null || statement.titleProperty().get().isBlank()
                ? shownName(statement) : statement.titleProperty().get().strip();
        return parts.isEmpty() ? title : messages.format("review.meta.summary", title, String.join(" · ", parts));
    }

    /** The partners field ("Russia, Laos": stored names, edited as such) as the window's language names them. */
    private String partnersShown(String field) {
        if (field == null || field.isBlank()) {
            return field;
        }
        return java.util.Arrays.stream(field.split(",")).map(String::strip).map(messages::partner)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    public String kindLabel(UnitKind kind) {
        return messages.kind(kind);
    }

    public String sectorLabel(Sector sector) {
        return messages.sector(sector);
    }

    public String agencyLabel(Agency agency) {
        return agency == null ? "" : agency.code() + " · " + messages.agency(agency);
    }

    public String languageLabel(String tag) {
        return messages.languageName(tag);
    }
}
