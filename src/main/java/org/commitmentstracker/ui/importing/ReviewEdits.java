package org.commitmentstracker.ui.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.commitmentstracker.extract.CommitmentSuggester;
import org.commitmentstracker.extract.ExtractedUnit;
import org.commitmentstracker.extract.meta.StatementMetadata;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.UnitDraft;
import org.commitmentstracker.model.UnitKind;

/**
 * What the officer may do to a statement's paragraphs at review, as plain rules without the
 * toolkit: change a paragraph's kind, cut one in two, join two into one, and hand the kept ones
 * to the store. A paragraph that becomes a commitment gets the extractor's suggestions for
 * sector, owner and deadline, the owner taken from the workspace's agencies.
 */
final class ReviewEdits {
    private final CommitmentSuggester suggester;
    private final Map<String, Agency> agenciesByCode;

    ReviewEdits(CommitmentSuggester suggester, List<Agency> agencies) {
        this.suggester = suggester;
        this.agenciesByCode = agencies.stream()
                .collect(Collectors.toMap(Agency::code, Function.identity(), (a, b) -> a));
    }

    /** A paragraph as the extractor found it, with its suggested owner if the workspace has that agency. */
    ReviewedParagraph found(ExtractedUnit unit) {
        return ReviewedParagraph.found(unit, agenciesByCode.get(unit.owner()));
    }

    /**
     * The paragraph as another kind, with {@code why} as its cue; one made a commitment without a
     * sector yet gets suggested sector, owner and deadline. Made noise, it is left out; noise made
     * anything else is kept, as the officer who re-kinds it means to keep it.
     *
     * @return empty when it has that kind already
     */
    Optional<ReviewedParagraph> changeKind(ReviewedParagraph unit, UnitKind kind, String why,
                                           StatementMetadata statement) {
        if (unit.kind() == kind) {
            return Optional.empty();
        }
        ReviewedParagraph changed = unit.withKind(kind, why);
        if (kind == UnitKind.NOISE || unit.kind() == UnitKind.NOISE) {
            changed = changed.withKept(kind != UnitKind.NOISE);
        }
        if (kind == UnitKind.COMMITMENT && unit.sector() == null) {
            ExtractedUnit suggestion = suggester.suggest(0, unit.ref(), unit.text(), unit.section(), why, statement);
            changed = changed.withSuggestion(suggestion, agenciesByCode.get(suggestion.owner()));
        }
        return Optional.of(changed);
    }

    /**
     * The two parts of a paragraph cut at {@code at} (a position in its text), numbered its ref
     * with "a" and "b". Both keep its kind and whether it is kept; a commitment's parts each get
     * their own suggestions.
     *
     * @return empty when a part would be empty
     */
    List<ReviewedParagraph> split(ReviewedParagraph unit, int at, String why, StatementMetadata statement) {
        if (at <= 0 || at >= unit.text().length()) {
            return List.of();
        }
        String first = unit.text().substring(0, at).strip();
        String second = unit.text().substring(at).strip();
        if (first.isEmpty() || second.isEmpty()) {
            return List.of();
        }
        String ref = unit.ref() == null ? "" : unit.ref();
        return List.of(part(unit, ref + "a", first, why, statement), part(unit, ref + "b", second, why, statement));
    }

    private ReviewedParagraph part(ReviewedParagraph whole, String ref, String text, String why,
                                   StatementMetadata statement) {
        if (whole.kind() == UnitKind.COMMITMENT) {
            return found(suggester.suggest(0, ref, text, whole.section(), why, statement)).withKept(whole.kept());
        }
        return new ReviewedParagraph(ref, whole.kind(), text, whole.section(), null, null, null, null, null, why,
                null, null, whole.kept());
    }

    /**
     * A paragraph and the one after it joined into one, under the first one's ref. The result is
     * a commitment when either was, with that commitment's sector, owner, deadline and target
     * (the acting side is not carried over); it is kept when either was.
     */
    ReviewedParagraph merge(ReviewedParagraph unit, ReviewedParagraph next, String why) {
        ReviewedParagraph lead = unit.kind() != UnitKind.COMMITMENT && next.kind() == UnitKind.COMMITMENT ? next : unit;
        return new ReviewedParagraph(unit.ref(), lead.kind(), unit.text() + " " + next.text(), unit.section(),
                lead.sector(), lead.owner(), lead.deadline(), null, lead.target(), why, lead.sectorCue(),
                lead.deadlineCue(), unit.kept() || next.kept());
    }

    /** The kept paragraphs, renumbered in order, as the store keeps them; the rejected ones are left out. */
    static List<UnitDraft> drafts(List<ReviewedParagraph> units) {
        List<UnitDraft> drafts = new ArrayList<>();
        for (ReviewedParagraph unit : units) {
            if (unit.kept()) {
                drafts.add(unit.toDraft(drafts.size()));
            }
        }
        return drafts;
    }
}
