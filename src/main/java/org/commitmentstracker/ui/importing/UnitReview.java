package org.commitmentstracker.ui.importing;

import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.commitmentstracker.extract.ExtractedUnit;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.Sector;
import org.commitmentstracker.model.UnitKind;

/**
 * One unit of a statement under review: what the extractor found, and what the officer made of
 * it. Sector, owner and deadline matter for commitments only, but are kept when the kind is
 * turned back and forth. Plain Java with JavaFX properties.
 */
public final class UnitReview {
    private final String ref;
    private final String text;
    private final String section;
    private final String actor;
    private final String target;
    private final BooleanProperty kept = new SimpleBooleanProperty(true);
    private final ObjectProperty<UnitKind> kind = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper cue = new ReadOnlyStringWrapper();
    private final ObjectProperty<Sector> sector = new SimpleObjectProperty<>();
    private final ObjectProperty<Agency> owner = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> deadline = new SimpleObjectProperty<>();
    private String sectorCue;
    private String deadlineCue;

    UnitReview(ExtractedUnit found, Agency owner) {
        this.ref = found.ref();
        this.text = found.text();
        this.section = found.section();
        this.actor = found.actor() == null ? null : found.actor().code();
        this.target = found.target();
        this.kind.set(found.kind());
        this.cue.set(found.kindCue());
        this.sector.set(found.sector());
        this.owner.set(owner);
        this.deadline.set(found.deadline());
        this.sectorCue = found.sectorCue();
        this.deadlineCue = found.deadlineCue();
    }

    public String ref() {
        return ref;
    }

    public String text() {
        return text;
    }

    public String section() {
        return section;
    }

    String actor() {
        return actor;
    }

    String target() {
        return target;
    }

    /** False when the officer rejected the unit: it is left out of the stored statement. */
    public BooleanProperty keptProperty() {
        return kept;
    }

    public ObjectProperty<UnitKind> kindProperty() {
        return kind;
    }

    public UnitKind kind() {
        return kind.get();
    }

    /** Why the unit has its kind: the words that decided it, or the officer's change. */
    public ReadOnlyStringProperty cueProperty() {
        return cue.getReadOnlyProperty();
    }

    void setCue(String why) {
        cue.set(why);
    }

    public ObjectProperty<Sector> sectorProperty() {
        return sector;
    }

    public ObjectProperty<Agency> ownerProperty() {
        return owner;
    }

    public ObjectProperty<LocalDate> deadlineProperty() {
        return deadline;
    }

    public String sectorCue() {
        return sectorCue;
    }

    public String deadlineCue() {
        return deadlineCue;
    }

    /** Takes the extractor's suggestion for sector, owner and deadline (a unit made a commitment). */
    void suggest(ExtractedUnit suggestion, Agency suggestedOwner) {
        sector.set(suggestion.sector());
        sectorCue = suggestion.sectorCue();
        owner.set(suggestedOwner);
        deadline.set(suggestion.deadline());
        deadlineCue = suggestion.deadlineCue();
    }

    /** A tracked commitment when saved: a commitment the officer kept. */
    public boolean isTracked() {
        return kept.get() && kind.get() == UnitKind.COMMITMENT;
    }
}
