package org.commitmentstracker.ui.importing;

import org.commitmentstracker.service.StatementImports;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.commitmentstracker.extract.read.StatementProblem;
import org.commitmentstracker.importing.ImportOutcome;
import org.commitmentstracker.importing.ImportCandidate;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.Sector;
import org.commitmentstracker.model.UnitKind;
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
    private final ObservableList<StatementReview> statements = FXCollections.observableArrayList(
            s -> new javafx.beans.Observable[] {s.stateProperty(), s.units()});
    private final ObservableList<Agency> agencies = FXCollections.observableArrayList();
    private final ObjectProperty<StatementReview> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<UnitReview> selectedUnit = new SimpleObjectProperty<>();
    private final TaskStatus taskStatus = new TaskStatus();
    private final BooleanBinding canSave;
    private volatile boolean stopRequested;

    public ImportReviewViewModel(StatementImports imports, TaskRunner tasks, Messages messages, String author,
                                 Runnable onSaved) {
        this.imports = imports;
        this.tasks = tasks;
        this.messages = messages;
        this.author = author;
        this.onSaved = onSaved;
        this.dates = new LocalDateConverter(messages);
        this.canSave = Bindings.createBooleanBinding(() -> !taskStatus.isBusy() && !toSave().isEmpty(),
                taskStatus.busyProperty(), statements);
        selected.addListener((o, old, now) -> selectedUnit.set(null));
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
            prepareOne(() -> imports.prepareText(text), () -> finishReading(1, 1));
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
        prepareOne(() -> imports.prepare(file), () -> readNext(files, index + 1));
    }

    /** The reader's doubts about a statement's text, in the UI's language. */
    private String warnings(ImportCandidate.Ready ready) {
        return ready.warnings().stream()
                .map(w -> messages.format("review.warning." + w.kind().name(), w.count(), w.example()))
                .collect(java.util.stream.Collectors.joining(" "));
    }

    private void prepareOne(Supplier<ImportCandidate> work, Runnable then) {
        tasks.run(work::get, candidate -> {
            StatementReview review = candidate instanceof ImportCandidate.Ready ready
                    ? new StatementReview(ready, agencies, warnings(ready))
                    : new StatementReview((ImportCandidate.Unreadable) candidate);
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
                : messages.format("review.readDone", statements.size(), ready));
        stopRequested = false;
    }

    /** Saves every ready statement with something to track, one after the other. */
    public void save() {
        List<StatementReview> batch = toSave();
        if (batch.isEmpty() || taskStatus.isBusy()) {
            return;
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
                messages.format("review.saving", index + 1, batch.size(), statement.fileName()));
        var draft = statement.toDraft();
        tasks.run(() -> imports.save(statement.fileName(), draft), outcome -> {
            outcomes.add(outcome);
            record(statement, outcome);
            saveNext(batch, index + 1, outcomes);
        }, e -> {
            outcomes.add(new ImportOutcome.Failed(statement.fileName(), StatementProblem.NOT_SAVED,
                    String.valueOf(e.getMessage())));
            record(statement, outcomes.get(outcomes.size() - 1));
            saveNext(batch, index + 1, outcomes);
        });
    }

    private void record(StatementReview statement, ImportOutcome outcome) {
        if (outcome instanceof ImportOutcome.Imported imported) {
            statement.messageProperty().set(messages.format("review.state.savedWith", imported.commitments()));
            statement.stateProperty().set(StatementReview.State.SAVED);
        } else if (outcome instanceof ImportOutcome.Failed failed) {
            statement.messageProperty().set(failed.reason());
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
                .map(o -> ((ImportOutcome.Failed) o).message()).toList();
        taskStatus.succeed(stopRequested && outcomes.size() < total
                ? messages.format("review.saveStopped", saved, total)
                : messages.format("review.saved", saved, commitments));
        taskStatus.showError(String.join("\n", failures));
        stopRequested = false;
        if (saved > 0) {
            onSaved.run();
        }
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
                ? u.getMessage() : messages.format("review.failed", e.getMessage()));
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
    private static String withWarning(String label, StatementReview statement) {
        String warning = statement.messageProperty().get();
        return warning == null || warning.isEmpty() ? label : label + " — " + warning;
    }

    /** What a tracked commitment will carry, in one line: "Economy · MOIT · due 31/12/2027"; empty for the rest. */
    public String trackingLabel(UnitReview unit) {
        if (!unit.isTracked()) {
            return "";
        }
        Agency owner = unit.ownerProperty().get();
        java.time.LocalDate deadline = unit.deadlineProperty().get();
        return messages.format("review.tracking", messages.sector(unit.sectorProperty().get()),
                owner == null ? messages.get("review.noOwner") : owner.code(),
                deadline == null ? messages.get("review.noDeadline")
                        : messages.format("review.due", dates.toString(deadline)));
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
