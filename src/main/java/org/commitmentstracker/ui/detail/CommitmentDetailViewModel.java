package org.commitmentstracker.ui.detail;

import org.commitmentstracker.service.CommitmentDetails;
import org.commitmentstracker.service.CommitmentEditor;
import org.commitmentstracker.service.EditClashException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.Commitment;
import org.commitmentstracker.model.HistoryEntry;
import org.commitmentstracker.model.HistoryField;
import org.commitmentstracker.model.Sector;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.ui.LocalDateConverter;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.TaskRunner;
import org.commitmentstracker.ui.TaskStatus;

/**
 * The detail pane of the selected commitment: its text, its editable fields and its progress
 * log. Each edit is written (with its history entry) as soon as the officer commits it; when a
 * write fails the error is shown and the field keeps what the officer typed.
 */
public final class CommitmentDetailViewModel {
    // Properties
    private final BooleanProperty empty = new SimpleBooleanProperty(true);
    private final StringProperty heading = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    /** The earlier commitments this one repeats, one line each ("Also in: …"); empty when none. */
    private final StringProperty alsoIn = new SimpleStringProperty("");
    /**
     * What looking for possible repeats found, one line each, or that it found none; empty until the officer asks
     * (for each commitment shown).
     */
    private final StringProperty possibleRepeats = new SimpleStringProperty("");
    /** The lines of {@link #alsoIn} and of {@link #possibleRepeats}, each with the earlier commitment it names. */
    private final ObservableList<RepeatLine> alsoInLines =
            FXCollections.observableArrayList();
    private final ObservableList<RepeatLine> possibleLines =
            FXCollections.observableArrayList();
    // One read-only view of each, kept: a view listens to its list only weakly.
    private final ObservableList<RepeatLine> alsoInShown = FXCollections.unmodifiableObservableList(alsoInLines);
    private final ObservableList<RepeatLine> possibleShown = FXCollections.unmodifiableObservableList(possibleLines);
    private final BooleanProperty lookingForRepeats = new SimpleBooleanProperty(false);
    private final ObjectProperty<Status> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Agency> owner = new SimpleObjectProperty<>();
    private final ObjectProperty<Sector> sector = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> deadline = new SimpleObjectProperty<>();
    private final StringProperty nextStep = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty progressDraft = new SimpleStringProperty("");
    /** Why the text typed in the deadline field was not taken; empty when it was. */
    private final StringProperty deadlineError = new SimpleStringProperty("");
    /** What the deadline field shows or has been typed into it, not yet read as a date. */
    private final StringProperty deadlineTyped = new SimpleStringProperty("");
    private final StringProperty evidenceLinkDraft = new SimpleStringProperty("");
    private final ObjectProperty<java.nio.file.Path> attachmentDraft = new SimpleObjectProperty<>();
    /** What went wrong last, if anything. */
    private final TaskStatus taskStatus = new TaskStatus();
    /** What another officer saved over a field before this officer's value reached the store; empty when nothing. */
    private final StringProperty clash = new SimpleStringProperty("");
    /** The officer's value a clash left unsaved, with its field, until they keep theirs or apply it anyway. */
    private Unsaved unsaved;
    /** The heading of the commitment a clash is about, and the clash's words without it. */
    private String clashAbout = "";
    private String clashWords = "";
    /** Per field with unsaved typing kept through a reload: the value the officer started from. */
    private final Map<String, Object> startedFrom = new java.util.HashMap<>();
    private final ObservableList<Agency> agencies = FXCollections.observableArrayList();
    private final ObservableList<Agency> coOwners = FXCollections.observableArrayList();
    private final ObservableList<Status> statusChoices = FXCollections.observableArrayList(Status.values());
    private final ObservableList<Sector> sectorChoices = FXCollections.observableArrayList(Sector.values());
    private final ObservableList<HistoryLine> history = FXCollections.observableArrayList();

    private final CommitmentEditor editor;
    private final TaskRunner tasks;
    /** Where possible repeats are looked for: by default with the rest; the app gives a thread of their own. */
    private TaskRunner lookups;
    private Runnable onRepeatsJudged = () -> { };
    private final Messages messages;
    /** The officer's name as the settings have it now: it signs each change. */
    private final java.util.function.Supplier<String> author;
    /** Told of each saved change with the commitment's row as now stored (the table replaces it). */
    private final java.util.function.Consumer<org.commitmentstracker.model.CommitmentOverview> onSaved;
    private final java.util.function.Consumer<java.net.URI> opener;
    private final DateTimeFormatter timeFormat;
    private Commitment loaded;
    /** True while fields are being filled from the store: the controls echo those values, which are no edits. */
    private boolean displaying;
    /** Set when the window closes: a field losing focus as its scene goes writes nothing to a closed store. */
    private boolean closed;
    private Undo lastUndo;
    private final LocalDateConverter dates;
    /** Per field, the value of the last write sent and not yet shown back: an edit is compared with it, so it is written once. */
    private final Map<String, Object> sent = new java.util.HashMap<>();
    private int savesUnderWay;
    /** How many writes failed (or typed dates were refused) since the window opened. */
    private int failures;
    /** The progress updates written but not added, per commitment, kept while another one is shown. */
    private final Map<Long, Draft> drafts = new java.util.HashMap<>();

    /** A value not saved because another officer changed the field first. */
    private record Unsaved(long commitmentId, FieldEdit<?> field, Object mine) {
    }

    /** A progress update being written: its note, link and file. */
    private record Draft(String note, String link, java.nio.file.Path file) {
        boolean isEmpty() {
            return (note == null || note.isBlank()) && (link == null || link.isBlank()) && file == null;
        }
    }

    /** @param opener shows a link or a file with the system's own program (browser, PDF reader) */
    public CommitmentDetailViewModel(CommitmentEditor editor, TaskRunner tasks, Messages messages, Clock clock,
                                     String author, Runnable onSaved, java.util.function.Consumer<java.net.URI> opener) {
        this(editor, tasks, messages, clock, () -> author, row -> onSaved.run(), opener);
    }

    /** @param author the officer's name at the time of each change (the settings may change it) */
    public CommitmentDetailViewModel(CommitmentEditor editor, TaskRunner tasks, Messages messages, Clock clock,
                                     java.util.function.Supplier<String> author,
                                     java.util.function.Consumer<org.commitmentstracker.model.CommitmentOverview> onSaved,
                                     java.util.function.Consumer<java.net.URI> opener) {
        this.editor = editor;
        this.opener = opener;
        this.tasks = tasks;
        this.lookups = tasks;
        this.messages = messages;
        this.author = author;
        this.onSaved = onSaved;
        this.timeFormat = DateTimeFormatter.ofPattern(messages.get("format.dateTime"), messages.locale())
                .withZone(clock.getZone() == null ? ZoneId.systemDefault() : clock.getZone());
        this.dates = new LocalDateConverter(messages, this::deadlineRefused);
        // A date set (shown, picked, or read from the text) is what the field now reads.
        deadline.addListener((o, was, is) -> deadlineTyped.set(dates.toString(is)));
    }

    // Commands

    /** Shows the commitment with this id, or nothing for null. */
    public void show(Long commitmentId) {
        if (loaded != null && !loaded.id().equals(commitmentId)) {
            // Another row: what is in the fields goes to the commitment they belong to, the draft update stays with it.
            commitAll();
            keepDraft(loaded.id());
            deadlineError.set("");
        }
        if (commitmentId == null) {
            loaded = null;
            empty.set(true);
            return;
        }
        tasks.run(() -> editor.load(commitmentId), this::display,
                failure -> taskStatus.showError(messages.format("detail.loadFailed", messages.explain(failure))));
    }

    /**
     * Shows what another officer saved (the workspace changed underneath): every field the
     * officer has not touched takes the stored value; one being edited keeps what was typed, and
     * remembers the value it was started from, so saving it later clashes if someone else changed it.
     */
    public void reload() {
        if (loaded == null || savesUnderWay > 0 || unsaved != null) {
            return;
        }
        long id = loaded.id();
        tasks.run(() -> editor.load(id), details -> {
            if (loaded != null && loaded.id() == id && savesUnderWay == 0) {
                keepTypingWhileShowing(details);
            }
        }, failure -> { });
    }

    private void keepTypingWhileShowing(CommitmentDetails details) {
        // A field being edited is left untouched (its text, its caret): only the others are filled.
        java.util.Set<String> typing = new java.util.HashSet<>();
        String typedDeadlineText = deadlineTyped.get();
        fields().forEach((key, field) -> {
            Object shownValue = field.saved().apply(loaded);
            boolean edited = !Objects.equals(field.edited().get(), shownValue)
                    || "deadline".equals(key) && !Objects.equals(typedDeadlineText, dates.toString(deadline.get()));
            if (edited) {
                startedFrom.putIfAbsent(key, shownValue);
                typing.add(key);
            }
        });
        displaying = true;
        try {
            fill(details, typing);
        } finally {
            displaying = false;
        }
    }

    /** The editable fields by key: what the officer set, what is stored, and the write. */
    private Map<String, FieldEdit<?>> fields() {
        Map<String, FieldEdit<?>> fields = new java.util.LinkedHashMap<>();
        // A status cannot be emptied: an empty choice is no edit. The other fields may be cleared.
        fields.put("status", new FieldEdit<>(status::get, Commitment::status, editor::changeStatus, false));
        fields.put("sector", new FieldEdit<>(sector::get, Commitment::sector, editor::changeSector, false));
        fields.put("owner", new FieldEdit<>(() -> owner.get() == null ? null : owner.get().id(),
                Commitment::ownerAgencyId, editor::changeOwner, true));
        fields.put("deadline", new FieldEdit<>(deadline::get, Commitment::deadline, editor::changeDeadline, true));
        fields.put("nextStep", new FieldEdit<>(() -> blankToNull(nextStep.get()), Commitment::nextStep,
                editor::changeNextStep, true));
        fields.put("notes", new FieldEdit<>(() -> blankToNull(notes.get()), Commitment::notes, editor::changeNotes,
                true));
        fields.put("coOwners", new FieldEdit<>(() -> coOwners.stream().map(Agency::id).distinct().sorted().toList(),
                Commitment::coOwnerAgencyIds, editor::changeCoOwners, true));
        return fields;
    }

    private void commit(String key) {
        commit(key, fields().get(key));
    }

    /** Saves the status now in {@link #statusProperty()} if it changed. */
    public void commitStatus() {
        commit("status");
    }

    /** Saves the sector now in {@link #sectorProperty()} if it changed (a sector cannot be emptied). */
    public void commitSector() {
        commit("sector");
    }

    public void commitOwner() {
        commit("owner");
    }

    public void commitDeadline() {
        if (!displaying) {
            deadlineError.set("");
        }
        commit("deadline");
    }

    /**
     * Reads what was typed in the deadline field ({@link #deadlineTypedProperty()}) when it is
     * not the date shown yet, then saves the deadline: a date that cannot be read or does not
     * exist is refused with a message and the deadline kept; an empty field clears it.
     */
    public void commitTypedDeadline() {
        String typed = deadlineTyped.get() == null ? "" : deadlineTyped.get().strip();
        if (loaded != null && !displaying && !typed.equals(dates.toString(deadline.get()))) {
            try {
                deadline.set(dates.fromString(typed));
            } catch (java.time.format.DateTimeParseException refused) {
                return;
            }
        }
        commitDeadline();
    }

    /** How the deadline field reads and shows dates; it tells this model of a refused text. */
    public LocalDateConverter deadlineConverter() {
        return dates;
    }

    private void deadlineRefused(String text) {
        failures++;
        deadlineError.set(messages.format("detail.deadline.refused", text,
                deadline.get() == null ? messages.get("detail.deadline.none") : dates.toString(deadline.get())));
    }

    public void commitNextStep() {
        commit("nextStep");
    }

    public void commitNotes() {
        commit("notes");
    }

    /** Saves the co-owners now in {@link #coOwners()} if they changed. */
    public void commitCoOwners() {
        commit("coOwners");
    }

    /** Writes a field the officer changed, signed; nothing while the fields only show what was loaded. */
    private void commit(String key, FieldEdit<?> field) {
        if (!displaying && !closed && loaded != null) {
            Object before = sent.containsKey(key) ? sent.get(key)
                    : startedFrom.containsKey(key) ? startedFrom.get(key) : field.saved().apply(loaded);
            startedFrom.remove(key);
            field.changeFrom(before, author.get()).ifPresent(change -> {
                sent.put(key, change.value());
                long id = loaded.id();
                save(change.write(), new Undo(id, change.undo(), new Unsaved(id, field, change.old()), () -> { }),
                        new Unsaved(id, field, change.value()));
            });
        }
    }

    /**
     * Undoes the last edit made here (Ctrl+Z) by writing the value back. History is
     * append-only, so the undo is itself a signed change in the log. Progress notes stay.
     */
    public void undo() {
        if (lastUndo == null) {
            return;
        }
        Undo undo = lastUndo;
        lastUndo = null;
        taskStatus.clearError();
        tasks.run(() -> {
            undo.write().accept(undo.commitmentId());
            return editor.load(undo.commitmentId());
        }, details -> {
            if (loaded != null && loaded.id() == undo.commitmentId()) {
                display(details);
            }
            onSaved.accept(details.overview());
            undo.undone().run();
        }, failure -> failed(failure, undo.unsaved()));
    }

    /**
     * After a clash: the officer keeps the other officer's value; the pane shows the commitment as
     * it is now stored (what they typed in that field is dropped).
     */
    public void keepTheirs() {
        Unsaved dropped = unsaved;
        clearClash();
        if (dropped != null && loaded != null && loaded.id() == dropped.commitmentId()) {
            tasks.run(() -> editor.load(dropped.commitmentId()), this::display,
                    failure -> taskStatus.showError(messages.format("detail.loadFailed", messages.explain(failure))));
        }
    }

    /**
     * After a clash: writes the officer's value over the other officer's, knowingly (the change
     * from theirs to it is signed in the history). Compared again with what is stored: one more
     * change made meanwhile is told as a clash again.
     */
    public void applyMineAnyway() {
        Unsaved mine = unsaved;
        if (mine == null) {
            return;
        }
        clearClash();
        String by = author.get();
        tasks.run(() -> {
            Object theirs = mine.field().saved().apply(editor.load(mine.commitmentId()).commitment());
            mine.field().writeOver(mine.commitmentId(), theirs, mine.mine(), by);
            return editor.load(mine.commitmentId());
        }, details -> {
            if (loaded != null && loaded.id() == mine.commitmentId()) {
                display(details);
            }
            onSaved.accept(details.overview());
        }, failure -> failed(failure, mine));
    }

    private void clearClash() {
        unsaved = null;
        clash.set("");
    }

    /** A write failed: a clash is told with both values and the two ways out, anything else as an error. */
    private void failed(Throwable failure, Unsaved attempted) {
        failures++;
        if (failure instanceof EditClashException e) {
            unsaved = attempted;
            String when = e.at() == null ? "—" : timeFormat.format(e.at());
            clashAbout = heading.get();
            clashWords = messages.format("detail.clash", e.by() == null ? messages.get("detail.clash.someone") : e.by(),
                    messages.get("detail.clash.field." + e.field().name()), when,
                    valueWord(e.field(), e.theirs()), valueWord(e.field(), e.mine()));
            clash.set(loaded != null && loaded.id() != attempted.commitmentId()
                    ? messages.format("detail.clash.elsewhere", clashAbout, clashWords) : clashWords);
        } else {
            taskStatus.showError(messages.format("detail.saveFailed", messages.explain(failure)));
        }
    }

    /** A stored value of a field (status code, agency id, ISO date…) in the words the pane shows it with. */
    private String valueWord(HistoryField field, String value) {
        Map<Long, Agency> byId = agencies.stream().collect(Collectors.toMap(Agency::id, Function.identity(), (a, b) -> a));
        return switch (field) {
            case STATUS -> statusWord(value);
            case SECTOR -> sectorWord(value);
            case OWNER -> agencyWord(value, byId);
            case DEADLINE -> dateWord(value);
            case CO_OWNERS -> agencyList(value, byId);
            default -> value == null || value.isBlank() ? messages.get("detail.clash.empty") : value;
        };
    }

    public boolean canUndo() {
        return lastUndo != null;
    }

    /**
     * How to put back what the last edit changed, what it tried to write should it clash (null: nothing can clash),
     * and what to tell once it is put back.
     */
    private record Undo(long commitmentId, java.util.function.LongConsumer write, Unsaved unsaved, Runnable undone) {
    }

    /** Adds the drafted progress note, with its evidence link and attached file if any, to the log. */
    public void addProgress() {
        String note = blankToNull(progressDraft.get());
        if (loaded == null) {
            return;
        }
        if (note == null) {
            taskStatus.showError(messages.get("detail.progress.noteRequired"));
            return;
        }
        String link = blankToNull(evidenceLinkDraft.get());
        if (link != null && !EvidenceLinks.isLink(link)) {
            taskStatus.showError(messages.format("detail.progress.badLink", link));
            return;
        }
        java.nio.file.Path file = attachmentDraft.get();
        // A progress note is appended to the log: it never clashes with another officer's.
        save(id -> {
            try {
                editor.addProgress(id, note, author.get(), link, file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e.getMessage(), e);
            }
        }, null, null);
    }

    /** Opens a log line's evidence link in the browser. */
    public void openLink(HistoryLine line) {
        if (line.link() != null && EvidenceLinks.isLink(line.link())) {
            opener.accept(java.net.URI.create(line.link()));
        }
    }

    /**
     * Looks for the earlier commitments of the same partner the one shown may repeat, worded too differently to
     * be linked: the officer judges them. Off the FX thread (it indexes the partner's commitments).
     */
    public void lookForPossibleRepeats() {
        if (loaded == null || lookingForRepeats.get()) {
            return;
        }
        long id = loaded.id();
        lookingForRepeats.set(true);
        showPossible("", List.of());
        lookups.run(() -> editor.possibleRepeatsOf(id), found -> {
            lookingForRepeats.set(false);
            if (loaded != null && loaded.id() == id) {
                showPossible(found.isEmpty() ? messages.get("detail.possibleRepeats.none")
                        : lines("detail.possibleRepeat", found), repeatLines("detail.possibleRepeat", found));
            }
        }, failure -> {
            lookingForRepeats.set(false);
            taskStatus.showError(messages.format("detail.possibleRepeats.failed", messages.explain(failure)));
        });
    }

    /**
     * Records the officer's word on a line of "Also in" ({@code same} false: not the same undertaking, unlinked) or
     * of the possible repeats ({@code same} true: the same, linked); finding repeats again keeps to it. The line
     * leaves the possible repeats, and "Also in" shows the links as they are then.
     */
    public void judgeRepeat(RepeatLine line, boolean same) {
        if (loaded == null) {
            return;
        }
        long id = loaded.id();
        taskStatus.clearError();
        savesUnderWay++;
        tasks.run(() -> {
            editor.judgeRepeat(id, line.earlierId(), same, author.get());
            return editor.load(id);
        }, details -> {
            savesUnderWay--;
            // Undone by the opposite word (the words are kept, as history is); the list's filter then reads again.
            lastUndo = new Undo(id, later -> editor.judgeRepeat(later, line.earlierId(), !same, author.get()), null,
                    () -> onRepeatsJudged.run());
            if (loaded != null && loaded.id() == id) {
                display(details);
            }
            onSaved.accept(details.overview());
            onRepeatsJudged.run();
        }, failure -> {
            failedSaveEnded();
            taskStatus.showError(messages.format("detail.repeat.judgeFailed", messages.explain(failure)));
        });
    }

    /** Told after the officer's word on a repeat is stored (the list's "repeated" filter reads the links again). */
    public void onRepeatsJudged(Runnable then) {
        this.onRepeatsJudged = then;
    }

    /**
     * A line of "Also in" or of the possible repeats: the earlier commitment it names, the line's words, and the
     * earlier commitment's own words (for the officer to compare).
     */
    public record RepeatLine(long earlierId, String text, String wording) {
        /** How much of the earlier commitment's words a line shows (the whole in its tooltip). */
        static final int WORDING_SHOWN = 240;

        /** The earlier commitment's words on one line, in quotes, cut at {@link #WORDING_SHOWN} characters. */
        public String excerpt() {
            if (wording == null) {
                return "";
            }
            String flat = flat();
            return "“" + (excerptCut() ? flat.substring(0, WORDING_SHOWN - 1).strip() + "…" : flat) + "”";
        }

        /** Whether {@link #excerpt} leaves words out. */
        public boolean excerptCut() {
            return wording != null && flat().length() > WORDING_SHOWN;
        }

        private String flat() {
            return wording.strip().replaceAll("\\s+", " ");
        }
    }

    private static boolean isLinked(RepeatLine line, CommitmentDetails details) {
        return details.alsoIn().stream().anyMatch(r -> r.earlierId() == line.earlierId());
    }

    private void showPossible(String summary, List<RepeatLine> lines) {
        possibleRepeats.set(summary);
        possibleLines.setAll(lines);
    }

    /**
     * Looks for possible repeats on {@code runner} rather than with the pane's other work: with thousands of the
     * partner's commitments it takes seconds, which the saves queued behind it would wait.
     */
    public void lookForRepeatsWith(TaskRunner runner) {
        this.lookups = runner;
    }

    /** Opens a log line's attached file with the system's program for it. */
    public void openAttachment(HistoryLine line) {
        if (line.attachment() != null) {
            // On a team workspace the file is read from the server first: on the worker, never the FX thread.
            tasks.run(() -> editor.attachmentFile(line.attachment()).toUri(), opener::accept,
                    failure -> taskStatus.showError(messages.format("detail.attachment.openFailed",
                            line.attachment(), messages.explain(failure))));
        }
    }

    /**
     * The window is closing (after {@link #saveBeforeLeaving} wrote what was typed): nothing more is
     * written, though a field may still lose focus as the stage's scene is replaced.
     */
    public void close() {
        closed = true;
    }

    /** Writes every field that differs from what was loaded (the window is closing, or the selection moves). */
    public void commitAll() {
        commitStatus();
        commitSector();
        commitOwner();
        commitTypedDeadline();
        commitNextStep();
        commitNotes();
        commitCoOwners();
    }

    /**
     * Writes what is still in the fields (the window is closing), then, once every write is
     * done, runs {@code saved}; when one failed or a typed date was refused, gives
     * {@code notSaved} the reason instead, so the window can ask before anything is lost.
     */
    public void saveBeforeLeaving(Runnable saved, java.util.function.Consumer<String> notSaved) {
        int failedBefore = failures;
        commitAll();
        tasks.run(() -> Boolean.TRUE, done -> {
            if (failures == failedBefore) {
                saved.run();
            } else {
                notSaved.accept(!deadlineError.get().isEmpty() ? deadlineError.get() : errorProperty().get());
            }
        }, failure -> notSaved.accept(messages.explain(failure)));
    }

    /** How many commitments have a progress update written but not added (the one shown included). */
    public int unaddedUpdates() {
        Draft current = new Draft(progressDraft.get(), evidenceLinkDraft.get(), attachmentDraft.get());
        return drafts.size() + (loaded != null && !current.isEmpty() ? 1 : 0);
    }

    /**
     * Takes over the updates written but not added in the pane this one replaces (the window
     * was rebuilt in another language): each shows again when its commitment is shown here.
     */
    public void takeDraftsFrom(CommitmentDetailViewModel previous) {
        if (previous.loaded != null) {
            previous.keepDraft(previous.loaded.id());
        }
        drafts.putAll(previous.drafts);
        previous.drafts.clear();
    }

    /** Puts the update being written aside for commitment {@code id} and empties the box. */
    private void keepDraft(long id) {
        Draft draft = new Draft(progressDraft.get(), evidenceLinkDraft.get(), attachmentDraft.get());
        if (draft.isEmpty()) {
            drafts.remove(id);
        } else {
            drafts.put(id, draft);
        }
        progressDraft.set("");
        evidenceLinkDraft.set("");
        attachmentDraft.set(null);
    }

    /** Shows again the update written for commitment {@code id}, if one was put aside. */
    private void restoreDraft(long id) {
        Draft draft = drafts.remove(id);
        if (draft != null) {
            progressDraft.set(draft.note());
            evidenceLinkDraft.set(draft.link());
            attachmentDraft.set(draft.file());
        }
    }

    private void save(java.util.function.LongConsumer write, Undo undoWrite, Unsaved attempted) {
        long id = loaded.id();
        taskStatus.clearError();
        clearClash();
        savesUnderWay++;
        tasks.run(() -> {
            write.accept(id);
            return editor.load(id);
        }, details -> {
            savesUnderWay--;
            boolean shown = loaded != null && loaded.id() == id;
            if (undoWrite != null) {
                lastUndo = undoWrite;
            } else if (shown) {
                progressDraft.set("");
                evidenceLinkDraft.set("");
                attachmentDraft.set(null);
            } else {
                // Added while the officer moved on: the draft put aside for it is in the log now.
                drafts.remove(id);
            }
            if (shown) {
                display(details);
            }
            onSaved.accept(details.overview());
        }, failure -> {
            failedSaveEnded();
            failed(failure, attempted);
        });
    }

    private void failedSaveEnded() {
        savesUnderWay--;
        if (savesUnderWay == 0) {
            // Nothing is on its way any more: compare the next edit with what is stored.
            sent.clear();
        }
    }

    private void display(CommitmentDetails details) {
        displaying = true;
        try {
            fill(details);
        } finally {
            displaying = false;
        }
    }

    private void fill(CommitmentDetails details) {
        fill(details, java.util.Set.of());
    }

    /** Shows the commitment; the fields named in {@code keep} (being edited) keep what they hold. */
    private void fill(CommitmentDetails details, java.util.Set<String> keep) {
        Commitment c = details.commitment();
        boolean another = loaded == null || !loaded.id().equals(c.id());
        loaded = c;
        if (another || savesUnderWay == 0) {
            sent.clear();
        }
        if (another) {
            showPossible("", List.of());
            restoreDraft(c.id());
            startedFrom.clear();
            if (unsaved != null && unsaved.commitmentId() != c.id()) {
                // Clashed as the officer left that commitment: still told here, naming it, until answered.
                clash.set(messages.format("detail.clash.elsewhere", clashAbout, clashWords));
            } else {
                clearClash();
            }
        }
        // Replacing a combo box's items clears its value: only when the directory changed.
        if (!agencies.equals(details.agencies())) {
            agencies.setAll(details.agencies());
        }
        Map<Long, Agency> byId = details.agencies().stream().collect(Collectors.toMap(Agency::id, Function.identity()));
        heading.set((details.overview().sample() ? messages.get("sample.chip") + " · " : "")
                + messages.partners(details.overview().partners()) + " · "
                + details.overview().statementTitle()
                + " · " + messages.format("detail.ref", details.overview().ref()));
        text.set(details.overview().text());
        alsoIn.set(lines("detail.alsoIn", details.alsoIn()));
        alsoInLines.setAll(repeatLines("detail.alsoIn", details.alsoIn()));
        // A possible repeat now linked (the officer said it is the same) is in "Also in", no longer possible.
        if (!another && possibleLines.stream().anyMatch(l -> isLinked(l, details))) {
            List<RepeatLine> left = possibleLines.stream().filter(l -> !isLinked(l, details)).toList();
            showPossible(left.stream().map(RepeatLine::text).collect(Collectors.joining("\n")), left);
        }
        if (!keep.contains("status")) {
            status.set(c.status());
        }
        if (!keep.contains("sector")) {
            sector.set(c.sector());
        }
        if (!keep.contains("owner")) {
            owner.set(c.ownerAgencyId() == null ? null : byId.get(c.ownerAgencyId()));
        }
        if (!keep.contains("coOwners")) {
            coOwners.setAll(c.coOwnerAgencyIds().stream().map(byId::get).filter(Objects::nonNull).toList());
        }
        if (!keep.contains("deadline")) {
            deadline.set(c.deadline());
        }
        if (!keep.contains("nextStep")) {
            nextStep.set(c.nextStep() == null ? "" : c.nextStep());
        }
        if (!keep.contains("notes")) {
            notes.set(c.notes() == null ? "" : c.notes());
        }
        history.setAll(details.history().stream().sorted((a, b) -> b.changedAt().compareTo(a.changedAt()))
                .map(h -> line(h, byId)).toList());
        empty.set(false);
    }

    private HistoryLine line(HistoryEntry h, Map<Long, Agency> agencies) {
        String when = timeFormat.format(h.changedAt());
        String what = switch (h.field()) {
            case PROGRESS -> h.comment();
            case STATUS -> messages.format("history.status", statusWord(h.oldValue()), statusWord(h.newValue()));
            case SECTOR -> messages.format("history.sector", sectorWord(h.oldValue()), sectorWord(h.newValue()));
            case OWNER -> messages.format("history.owner", agencyWord(h.oldValue(), agencies), agencyWord(h.newValue(), agencies));
            case DEADLINE -> messages.format("history.deadline", dateWord(h.oldValue()), dateWord(h.newValue()));
            case CO_OWNERS -> messages.format("history.co_owners", agencyList(h.newValue(), agencies));
            default -> messages.format("history." + h.field().name().toLowerCase(), orDash(h.newValue()));
        };
        if (h.field() != HistoryField.PROGRESS && h.comment() != null) {
            what = what + " — " + h.comment();
        }
        return new HistoryLine(when, h.author(), what, h.evidenceLink(), h.attachment());
    }

    private String agencyList(String ids, Map<Long, Agency> agencies) {
        if (ids == null || ids.isBlank()) {
            return "—";
        }
        return java.util.Arrays.stream(ids.split(",")).map(id -> agencyWord(id, agencies))
                .collect(Collectors.joining(", "));
    }

    private String sectorWord(String code) {
        return Sector.fromCode(code).map(messages::sector).orElse("—");
    }

    /** One line for each earlier commitment, in the words of {@code key}: its statement, date, paragraph, status then and now. */
    private String lines(String key, List<org.commitmentstracker.model.RepeatedCommitment> earlier) {
        return repeatLines(key, earlier).stream().map(RepeatLine::text).collect(Collectors.joining("\n"));
    }

    private List<RepeatLine> repeatLines(String key, List<org.commitmentstracker.model.RepeatedCommitment> earlier) {
        return earlier.stream().map(r -> new RepeatLine(r.earlierId(), messages.format(key, r.statementTitle(),
                        dateWord(r.statementDate() == null ? null : r.statementDate().toString()), r.ref(),
                        statusWord(r.statusThen().name()), statusWord(r.statusNow().name()))
                        + (r.judgedBy() == null ? "" : messages.format(
                                key.equals("detail.alsoIn") ? "detail.repeat.confirmedBy" : "detail.repeat.rejectedBy",
                                r.judgedBy())),
                        r.text()))
                .toList();
    }

    private String statusWord(String code) {
        return code == null ? "—" : messages.status(Status.valueOf(code));
    }

    private String agencyWord(String id, Map<Long, Agency> agencies) {
        Agency agency = id == null ? null : agencies.get(Long.parseLong(id));
        return agency == null ? "—" : agency.name(messages.language());
    }

    /** A date stored as 2027-03-31, shown as the rest of the screen shows dates. */
    private String dateWord(String iso) {
        if (iso == null) {
            return "—";
        }
        try {
            return dates.toString(LocalDate.parse(iso));
        } catch (java.time.format.DateTimeParseException notIso) {
            return iso;
        }
    }

    private static String orDash(String value) {
        return value == null ? "—" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    // Accessors for the view

    public ReadOnlyBooleanProperty emptyProperty() {
        return empty;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading;
    }

    public ReadOnlyStringProperty textProperty() {
        return text;
    }

    public ReadOnlyStringProperty alsoInProperty() {
        return alsoIn;
    }

    /** What looking for possible repeats found (or that it found none); empty until asked for the commitment shown. */
    public ReadOnlyStringProperty possibleRepeatsProperty() {
        return possibleRepeats;
    }

    /** The lines of "Also in", each with the earlier commitment it names (the officer may say it is not the same). */
    public ObservableList<RepeatLine> alsoInLines() {
        return alsoInShown;
    }

    /** The possible repeats found, each with the earlier commitment it names (the officer may say it is the same). */
    public ObservableList<RepeatLine> possibleLines() {
        return possibleShown;
    }

    public ReadOnlyBooleanProperty lookingForRepeatsProperty() {
        return lookingForRepeats;
    }

    public ReadOnlyStringProperty errorProperty() {
        return taskStatus.errorProperty();
    }

    /**
     * What another officer saved over a field before this officer's value reached the store,
     * with both values; empty when nothing clashed. {@link #keepTheirs()} or
     * {@link #applyMineAnyway()} answers it.
     */
    public ReadOnlyStringProperty clashProperty() {
        return clash;
    }

    public ObjectProperty<Status> statusProperty() {
        return status;
    }

    public ObjectProperty<Sector> sectorProperty() {
        return sector;
    }

    public ObservableList<Sector> sectorChoices() {
        return sectorChoices;
    }

    public String sectorLabel(Sector s) {
        return messages.sector(s);
    }

    public ObjectProperty<Agency> ownerProperty() {
        return owner;
    }

    public ObjectProperty<LocalDate> deadlineProperty() {
        return deadline;
    }

    /** Why the text typed as deadline was refused, for the line beside the field; empty when nothing was. */
    public ReadOnlyStringProperty deadlineErrorProperty() {
        return deadlineError;
    }

    /** The view keeps it in step with the deadline field's text as the officer types. */
    public StringProperty deadlineTypedProperty() {
        return deadlineTyped;
    }

    public StringProperty nextStepProperty() {
        return nextStep;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public StringProperty progressDraftProperty() {
        return progressDraft;
    }

    /** The next progress note's link to its evidence (a web page, a document on a portal). */
    public StringProperty evidenceLinkDraftProperty() {
        return evidenceLinkDraft;
    }

    /** The next progress note's file, copied into the workspace when the note is added. */
    public ObjectProperty<java.nio.file.Path> attachmentDraftProperty() {
        return attachmentDraft;
    }

    public ObservableList<Status> statusChoices() {
        return statusChoices;
    }

    /** The co-owners shown; the view keeps it in step with its choice and calls {@link #commitCoOwners()}. */
    public ObservableList<Agency> coOwners() {
        return coOwners;
    }

    public ObservableList<Agency> agencies() {
        return agencies;
    }

    public ObservableList<HistoryLine> history() {
        return history;
    }

    public String statusLabel(Status s) {
        return messages.status(s);
    }

    public String agencyLabel(Agency a) {
        return messages.agency(a);
    }
}
