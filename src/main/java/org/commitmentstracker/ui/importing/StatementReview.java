package org.commitmentstracker.ui.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
import org.commitmentstracker.model.CommitmentDraft;
import org.commitmentstracker.model.Statement;
import org.commitmentstracker.model.StatementDraft;
import org.commitmentstracker.model.StatementUnit;
import org.commitmentstracker.model.UnitDraft;
import org.commitmentstracker.model.UnitKind;

/**
 * One statement under review: its metadata as the officer corrects it, its units as the officer
 * accepts, rejects, re-kinds, splits and merges them, and where it stands (ready, already in the
 * workspace, saved). Turns into the draft the store keeps.
 */
public final class StatementReview {
    /** Where a statement of the batch stands. */
    public enum State { READY, ALREADY_IMPORTED, UNREADABLE, SAVED, FAILED }

    /** The words of a unit looked for in the source: enough to place it, few enough to survive re-wrapping. */
    private static final int WORDS_TO_PLACE = 12;

    private final String fileName;
    private final String originalText;
    private final String source;
    private final CommitmentSuggester suggester;
    private final Map<String, Agency> agenciesByCode;
    private final StringProperty title = new SimpleStringProperty();
    private final StringProperty partners = new SimpleStringProperty();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty place = new SimpleStringProperty();
    private final StringProperty language = new SimpleStringProperty();
    private final StringProperty relationship = new SimpleStringProperty();
    private final ObservableList<UnitReview> units = FXCollections.observableArrayList(
            u -> new javafx.beans.Observable[] {u.keptProperty(), u.kindProperty()});
    private final ObjectProperty<State> state = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");

    /** A statement that could be read, with the workspace's agencies for its owners. */
    StatementReview(ImportCandidate.Ready ready, List<Agency> agencies) {
        this.fileName = ready.fileName();
        Extraction extraction = ready.extraction();
        this.originalText = extraction.originalText();
        StatementMetadata m = extraction.metadata();
        this.source = m.source();
        this.suggester = new CommitmentSuggester(ready.owners());
        this.agenciesByCode = agencies.stream().collect(Collectors.toMap(Agency::code, Function.identity(), (a, b) -> a));
        title.set(m.title());
        partners.set(String.join(", ", m.partners()));
        date.set(m.date());
        place.set(m.place());
        language.set(m.language());
        relationship.set(m.relationship());
        for (ExtractedUnit u : extraction.units()) {
            units.add(new UnitReview(u, agenciesByCode.get(u.owner())));
        }
        state.set(ready.alreadyImported() ? State.ALREADY_IMPORTED : State.READY);
    }

    /** A file that could not be read: shown with its reason, never saved. */
    StatementReview(ImportCandidate.Unreadable unreadable) {
        this.fileName = unreadable.fileName();
        this.originalText = "";
        this.source = null;
        this.suggester = null;
        this.agenciesByCode = Map.of();
        state.set(State.UNREADABLE);
        message.set(unreadable.reason());
    }

    public String fileName() {
        return fileName;
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

    /** Turns a unit into another kind; a new commitment gets suggested sector, owner and deadline. */
    void changeKind(UnitReview unit, UnitKind kind, String why) {
        if (unit.kind() == kind) {
            return;
        }
        unit.kindProperty().set(kind);
        unit.setCue(why);
        if (kind == UnitKind.COMMITMENT && unit.sectorProperty().get() == null) {
            ExtractedUnit suggestion = suggester.suggest(0, unit.ref(), unit.text(), unit.section(), why, metadata());
            unit.suggest(suggestion, agenciesByCode.get(suggestion.owner()));
        }
    }

    /**
     * Cuts a unit in two at {@code at} (a position in its text). Both parts keep its kind; a
     * commitment's parts each get their own suggestions.
     *
     * @return false when a part would be empty
     */
    boolean split(UnitReview unit, int at, String why) {
        int index = units.indexOf(unit);
        if (index < 0 || at <= 0 || at >= unit.text().length()) {
            return false;
        }
        String first = unit.text().substring(0, at).strip();
        String second = unit.text().substring(at).strip();
        if (first.isEmpty() || second.isEmpty()) {
            return false;
        }
        String ref = unit.ref() == null ? "" : unit.ref();
        units.set(index, part(unit, ref + "a", first, why));
        units.add(index + 1, part(unit, ref + "b", second, why));
        return true;
    }

    private UnitReview part(UnitReview whole, String ref, String text, String why) {
        UnitReview part;
        if (whole.kind() == UnitKind.COMMITMENT) {
            ExtractedUnit found = suggester.suggest(0, ref, text, whole.section(), why, metadata());
            part = new UnitReview(found, agenciesByCode.get(found.owner()));
        } else {
            part = new UnitReview(new ExtractedUnit(0, ref, whole.kind(), text, whole.section(), null, null, null, null,
                    null, why, null, null), null);
        }
        part.keptProperty().set(whole.keptProperty().get());
        return part;
    }

    /**
     * Joins a unit and the one after it into one. The result is a commitment when either was,
     * with the commitment's sector, owner and deadline.
     *
     * @return false when there is no next unit
     */
    boolean mergeWithNext(UnitReview unit, String why) {
        int index = units.indexOf(unit);
        if (index < 0 || index + 1 >= units.size()) {
            return false;
        }
        UnitReview next = units.get(index + 1);
        UnitReview lead = unit.kind() != UnitKind.COMMITMENT && next.kind() == UnitKind.COMMITMENT ? next : unit;
        String text = unit.text() + " " + next.text();
        UnitReview merged = new UnitReview(new ExtractedUnit(0, unit.ref(), lead.kind(), text, unit.section(),
                lead.sectorProperty().get(), lead.deadlineProperty().get(), null, lead.target(), null, why,
                lead.sectorCue(), lead.deadlineCue()), lead.ownerProperty().get());
        merged.keptProperty().set(unit.keptProperty().get() || next.keptProperty().get());
        units.set(index, merged);
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
        List<UnitDraft> drafts = new ArrayList<>();
        for (UnitReview u : units) {
            if (!u.keptProperty().get()) {
                continue;
            }
            StatementUnit unit = new StatementUnit(null, drafts.size(), u.ref(), u.kind(), u.section(), u.text(),
                    u.cueProperty().get());
            CommitmentDraft commitment = u.kind() != UnitKind.COMMITMENT ? null
                    : new CommitmentDraft(u.sectorProperty().get(),
                            u.ownerProperty().get() == null ? null : u.ownerProperty().get().code(),
                            u.deadlineProperty().get(), u.actor(), u.target());
            drafts.add(new UnitDraft(unit, commitment));
        }
        return new StatementDraft(statement, drafts);
    }

    /**
     * Where a unit stands in the source text, as {start, end}, so the source can show it; null
     * when its words cannot be found (a unit merged from far apart).
     */
    public int[] sourceRange(UnitReview unit) {
        String[] words = unit.text().strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return null;
        }
        Matcher start = wordsPattern(Arrays.copyOfRange(words, 0, Math.min(words.length, WORDS_TO_PLACE)))
                .matcher(originalText);
        if (!start.find()) {
            return null;
        }
        Matcher end = wordsPattern(Arrays.copyOfRange(words, Math.max(0, words.length - WORDS_TO_PLACE), words.length))
                .matcher(originalText);
        return new int[] {start.start(), end.find(start.start()) ? end.end() : start.end()};
    }

    private static Pattern wordsPattern(String[] words) {
        return Pattern.compile(Arrays.stream(words).map(Pattern::quote).collect(Collectors.joining("\\s+")));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
