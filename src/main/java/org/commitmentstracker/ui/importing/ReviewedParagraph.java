package org.commitmentstracker.ui.importing;

import java.time.LocalDate;
import org.commitmentstracker.extract.ExtractedUnit;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.CommitmentDraft;
import org.commitmentstracker.model.Sector;
import org.commitmentstracker.model.StatementUnit;
import org.commitmentstracker.model.UnitDraft;
import org.commitmentstracker.model.UnitKind;

/**
 * A paragraph under review as plain values at one moment: what the extractor found, what the
 * officer made of it, and whether the officer keeps it. {@link ReviewEdits} works on these;
 * {@link UnitReview} holds the same as JavaFX properties for the screen. Sector, owner and
 * deadline matter for commitments only, but are kept when the kind is turned back and forth.
 *
 * @param actor the acting side's code, or null
 * @param cue   why it has its kind: the words that decided it, or the officer's change
 */
record ReviewedParagraph(String ref, UnitKind kind, String text, String section, Sector sector, Agency owner,
                         LocalDate deadline, String actor, String target, String cue, String sectorCue,
                         String deadlineCue, boolean kept) {

    /**
     * A paragraph as the extractor found it: kept until the officer says otherwise, except noise
     * (captions, menus, page furniture, long lists), which is left out until the officer keeps it.
     */
    static ReviewedParagraph found(ExtractedUnit unit, Agency owner) {
        return new ReviewedParagraph(unit.ref(), unit.kind(), unit.text(), unit.section(), unit.sector(), owner,
                unit.deadline(), unit.actor() == null ? null : unit.actor().code(), unit.target(), unit.kindCue(),
                unit.sectorCue(), unit.deadlineCue(), unit.kind() != UnitKind.NOISE);
    }

    ReviewedParagraph withKind(UnitKind newKind, String why) {
        return new ReviewedParagraph(ref, newKind, text, section, sector, owner, deadline, actor, target, why,
                sectorCue, deadlineCue, kept);
    }

    /** Takes the extractor's suggestion for sector, owner and deadline. */
    ReviewedParagraph withSuggestion(ExtractedUnit suggestion, Agency suggestedOwner) {
        return new ReviewedParagraph(ref, kind, text, section, suggestion.sector(), suggestedOwner,
                suggestion.deadline(), actor, target, cue, suggestion.sectorCue(), suggestion.deadlineCue(), kept);
    }

    ReviewedParagraph withKept(boolean keep) {
        return new ReviewedParagraph(ref, kind, text, section, sector, owner, deadline, actor, target, cue,
                sectorCue, deadlineCue, keep);
    }

    /** The unit the store keeps at place {@code ordinal}; a commitment carries its own fields. */
    UnitDraft toDraft(int ordinal) {
        StatementUnit unit = new StatementUnit(null, ordinal, ref, kind, section, text, cue);
        CommitmentDraft commitment = kind != UnitKind.COMMITMENT ? null
                : new CommitmentDraft(sector, owner == null ? null : owner.code(), deadline, actor, target);
        return new UnitDraft(unit, commitment);
    }
}
