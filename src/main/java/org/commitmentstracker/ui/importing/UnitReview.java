package org.commitmentstracker.ui.importing;

import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.Sector;
import org.commitmentstracker.model.UnitKind;

/**
 * One unit of a statement under review, as JavaFX properties the screen binds to: what the
 * extractor found, and what the officer made of it. The rules that change it are in
 * {@link ReviewEdits}, over its plain {@link #value()}.
 */
public final class UnitReview {
    private final String ref;
    private final String text;
    private final String section;
    private final String actor;
    private final String target;
    private final BooleanProperty kept = new SimpleBooleanProperty();
    private final ObjectProperty<UnitKind> kind = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper cue = new ReadOnlyStringWrapper();
    private final ObjectProperty<Sector> sector = new SimpleObjectProperty<>();
    private final ObjectProperty<Agency> owner = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> deadline = new SimpleObjectProperty<>();
    private final BooleanProperty deadlineChecked = new SimpleBooleanProperty();
    private boolean updating;
    private String sectorCue;
    private String deadlineCue;

    UnitReview(ReviewedParagraph value) {
        this.ref = value.ref();
        this.text = value.text();
        this.section = value.section();
        this.actor = value.actor();
        this.target = value.target();
        update(value);
        // A deadline the officer sets is one the officer has checked; a suggested one is not.
        deadline.addListener((o, old, now) -> {
            if (!updating) {
                deadlineChecked.set(true);
            }
        });
    }

    /** The unit as plain values, as the officer has it now. */
    ReviewedParagraph value() {
        return new ReviewedParagraph(ref, kind.get(), text, section, sector.get(), owner.get(), deadline.get(), actor,
                target, cue.get(), sectorCue, deadlineCue, kept.get());
    }

    /** Takes an edit of this unit (its kind, commitment fields, kept flag); its ref and text stay. */
    void update(ReviewedParagraph edited) {
        updating = true;
        kept.set(edited.kept());
        kind.set(edited.kind());
        cue.set(edited.cue());
        sector.set(edited.sector());
        sectorCue = edited.sectorCue();
        owner.set(edited.owner());
        if (!java.util.Objects.equals(deadline.get(), edited.deadline())) {
            deadlineChecked.set(false);
        }
        deadline.set(edited.deadline());
        deadlineCue = edited.deadlineCue();
        updating = false;
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

    public ObjectProperty<Sector> sectorProperty() {
        return sector;
    }

    public ObjectProperty<Agency> ownerProperty() {
        return owner;
    }

    public ObjectProperty<LocalDate> deadlineProperty() {
        return deadline;
    }

    /**
     * True once the officer has looked at the deadline: set it, or said that a deadline already
     * past is right. A past deadline not checked is flagged at review.
     */
    public BooleanProperty deadlineCheckedProperty() {
        return deadlineChecked;
    }

    public String sectorCue() {
        return sectorCue;
    }

    public String deadlineCue() {
        return deadlineCue;
    }

    /** A tracked commitment when saved: a commitment the officer kept. */
    public boolean isTracked() {
        return kept.get() && kind.get() == UnitKind.COMMITMENT;
    }
}
