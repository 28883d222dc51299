package org.commitmentstracker.ui.importing;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.commitmentstracker.extract.CommitmentSuggester;
import org.commitmentstracker.extract.ExtractedUnit;
import org.commitmentstracker.extract.Extraction;
import org.commitmentstracker.extract.meta.StatementMetadata;
import org.commitmentstracker.importing.ImportCandidate;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.Statement;
import org.commitmentstracker.model.StatementDraft;
import org.commitmentstracker.model.UnitKind;

/**
 * One statement under review: its metadata as the officer corrects it, its units as the officer
 * accepts, rejects, re-kinds, splits and merges them, and where it stands (ready, already in the
 * workspace, saved). Turns into the draft the store keeps. It holds them as JavaFX properties for
 * the screen; the rules for editing the units are {@link ReviewEdits}'.
 */
public final class StatementReview {
    /** Where a statement of the batch stands. */
    public enum State { READY, ALREADY_IMPORTED, UNREADABLE, SAVED, FAILED }

    private final String fileName;
    private final String location;
    private final boolean pasted;
    private final LocalDate today;
    private final String originalText;
    private final String source;
    private final ReviewEdits edits;
    private final StringProperty title = new SimpleStringProperty();
    private final StringProperty partners = new SimpleStringProperty();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty place = new SimpleStringProperty();
    private final StringProperty language = new SimpleStringProperty();
    private final StringProperty relationship = new SimpleStringProperty();
    private final ObservableList<UnitReview> units = FXCollections.observableArrayList(
            u -> new javafx.beans.Observable[] {u.keptProperty(), u.kindProperty(), u.deadlineProperty(),
                u.deadlineCheckedProperty()});
    private final ObjectProperty<State> state = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");

    /**
     * A statement that could be read, with the workspace's agencies for its owners.
     *
     * @param location where it was read from (a file's full path), or null for pasted text
     * @param warnings the reader's doubts about the text, in the officer's language (empty when none)
     * @param today    the day of the review, against which deadlines already past are flagged
     */
    StatementReview(ImportCandidate.Ready ready, String location, List<Agency> agencies, String warnings,
                    LocalDate today) {
        this.fileName = ready.fileName();
        this.location = location == null ? fileName : location;
        this.pasted = location == null;
        this.today = today;
        Extraction extraction = ready.extraction();
        this.originalText = extraction.originalText();
        StatementMetadata m = extraction.metadata();
        this.source = m.source();
        this.edits = new ReviewEdits(new CommitmentSuggester(ready.owners()), agencies);
        title.set(m.title());
        partners.set(String.join(", ", m.partners()));
        date.set(m.date());
        place.set(m.place());
        language.set(m.language());
        relationship.set(m.relationship());
        for (ExtractedUnit u : extraction.units()) {
            units.add(new UnitReview(edits.found(u)));
        }
        state.set(ready.alreadyImported() ? State.ALREADY_IMPORTED : State.READY);
        message.set(warnings);
    }

    /**
     * A file that could not be read: shown with its reason, never saved.
     *
     * @param reason why, in the officer's language
     */
    StatementReview(ImportCandidate.Unreadable unreadable, String location, String reason) {
        this.fileName = unreadable.fileName();
        this.location = location == null ? fileName : location;
        this.pasted = location == null;
        this.today = null;
        this.originalText = "";
        this.source = null;
        this.edits = null; // an unreadable file has no units to edit
        state.set(State.UNREADABLE);
        message.set(reason);
    }

    /** Text pasted by the officer rather than read from a file. */
    public boolean pasted() {
        return pasted;
    }

    public String fileName() {
        return fileName;
    }

    /** Where it was read from: a file's full path, or its name for pasted text. */
    public String location() {
        return location;
    }

    public String originalText() {
        return originalText;
    }

    public StringProperty titleProperty() {
        return title;
    }

    /** The partner countries, separated by commas. */
    public StringProperty partnersProperty() {
        return partners;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public StringProperty languageProperty() {
        return language;
    }

    public StringProperty relationshipProperty() {
        return relationship;
    }

    /** All units in source order; a change of a unit's kept flag or kind is reported as a list change. */
    public ObservableList<UnitReview> units() {
        return units;
    }

    public ObjectProperty<State> stateProperty() {
        return state;
    }

    public State state() {
        return state.get();
    }

    /** Why it cannot be saved, or what became of it. */
    public StringProperty messageProperty() {
        return message;
    }

    /** The commitments that would be tracked: kept and of kind commitment. */
    public long trackedCount() {
        return units.stream().filter(UnitReview::isTracked).count();
    }

    /** The paragraphs left out (unticked): noise by default, and those the officer left out. */
    public long leftOutCount() {
        return units.stream().filter(u -> !u.keptProperty().get()).count();
    }

    /**
     * Whether a commitment to track has a deadline already past on the statement's date or on
     * the day of the review, which would make it overdue the moment it is saved.
     */
    public boolean isPastDeadline(UnitReview unit) {
        LocalDate deadline = unit.deadlineProperty().get();
        return unit.isTracked() && deadline != null && today != null
                && (deadline.isBefore(today) || date.get() != null && deadline.isBefore(date.get()));
    }

    /** A past deadline the officer has not yet checked. */
    public boolean isPastDeadlineToCheck(UnitReview unit) {
        return isPastDeadline(unit) && !unit.deadlineCheckedProperty().get();
    }

    /** How many past deadlines the officer has not yet checked. */
    public long pastDeadlinesToCheck() {
        return units.stream().filter(this::isPastDeadlineToCheck).count();
    }

    /** The officer says the past deadlines are right as they are. */
    void checkPastDeadlines() {
        units.stream().filter(this::isPastDeadlineToCheck).forEach(u -> u.deadlineCheckedProperty().set(true));
    }

    /** Turns a unit into another kind; a new commitment gets suggested sector, owner and deadline. */
    void changeKind(UnitReview unit, UnitKind kind, String why) {
        edits.changeKind(unit.value(), kind, why, metadata()).ifPresent(unit::update);
    }

    /**
     * Cuts a unit in two at {@code at} (a position in its text), as {@link ReviewEdits#split} says.
     *
     * @return false when a part would be empty
     */
    boolean split(UnitReview unit, int at, String why) {
        int index = units.indexOf(unit);
        if (index < 0) {
            return false;
        }
        List<ReviewedParagraph> parts = edits.split(unit.value(), at, why, metadata());
        if (parts.isEmpty()) {
            return false;
        }
        units.set(index, new UnitReview(parts.get(0)));
        units.add(index + 1, new UnitReview(parts.get(1)));
        return true;
    }

    /**
     * Joins a unit and the one after it into one, as {@link ReviewEdits#merge} says.
     *
     * @return false when there is no next unit
     */
    boolean mergeWithNext(UnitReview unit, String why) {
        int index = units.indexOf(unit);
        if (index < 0 || index + 1 >= units.size()) {
            return false;
        }
        units.set(index, new UnitReview(edits.merge(unit.value(), units.get(index + 1).value(), why)));
        units.remove(index + 1);
        return true;
    }

    /** The statement's metadata as the officer has it now. */
    private StatementMetadata metadata() {
        return new StatementMetadata(title.get(), partnerList(), date.get(), place.get(), language.get(), source,
                relationship.get());
    }

    private List<String> partnerList() {
        String value = partners.get() == null ? "" : partners.get();
        return Arrays.stream(value.split("[,;]")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /** The statement with its kept units renumbered in order, as the store keeps it. */
    StatementDraft toDraft() {
        Statement statement = new Statement(null, blankToNull(title.get()) == null ? fileName : title.get().strip(),
                partnerList(), date.get(), blankToNull(place.get()), language.get(), source,
                blankToNull(relationship.get()), null, originalText, null);
        return new StatementDraft(statement, ReviewEdits.drafts(units.stream().map(UnitReview::value).toList()));
    }

    /**
     * Where a unit stands in the source text, as {start, end}, so the source can show it; null
     * when its words cannot be found (a unit merged from far apart).
     */
    public int[] sourceRange(UnitReview unit) {
        return SourcePlaces.rangeOf(unit.text(), originalText);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
