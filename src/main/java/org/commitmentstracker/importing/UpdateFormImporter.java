package org.commitmentstracker.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.commitmentstracker.model.Commitment;
import org.commitmentstracker.model.CommitmentOverview;
import org.commitmentstracker.model.Explanation;
import org.commitmentstracker.model.FormUpdate;
import org.commitmentstracker.model.Labels;
import org.commitmentstracker.store.CommitmentRepository;

/**
 * Brings a returned update form in: every row is matched by its hidden ID and checked; the
 * preview says what each would change, which rows are rejected and why, and which commitments
 * changed in the app after the form was made (conflicts, never overwritten). Applying writes
 * the accepted rows as history signed by the form's author, in one transaction. A form applied
 * once changes nothing the second time.
 */
public final class UpdateFormImporter {
    private final UpdateFormReader reader = new UpdateFormReader();
    private final CommitmentRepository commitments;
    private final Labels labels;

    /** @param language the language of the preview's words */
    public UpdateFormImporter(CommitmentRepository commitments, String language) {
        this.commitments = commitments;
        this.labels = new Labels(language);
    }

    public UpdatePreview preview(Path file) throws UnreadableFormException {
        FilledForm form = reader.read(file);
        String author = form.author().isEmpty() ? UpdatePreview.ownerSignature(form.ownerCode()) : form.author();
        List<UpdatePreview.RowOutcome> outcomes = new ArrayList<>();
        Map<Long, Integer> seen = new HashMap<>();
        for (FilledForm.Row row : form.rows()) {
            outcomes.add(check(row, author, seen));
        }
        return new UpdatePreview(form.fileName(), form.ownerCode(), author, outcomes);
    }

    /** Applies the preview's accepted rows; returns how many commitments changed. */
    public int apply(UpdatePreview preview) {
        List<FormUpdate> updates = preview.toApply();
        commitments.applyFormUpdates(updates, preview.author());
        return updates.size();
    }

    private UpdatePreview.RowOutcome check(FilledForm.Row row, String author, Map<Long, Integer> seen) {
        // A repeated ID is refused even when its first row was: which of the two was meant is unknown.
        Integer first = row.id() == null ? null : seen.putIfAbsent(row.id(), row.number());
        if (first != null) {
            return rejected(row, refOf(row.id()), RowProblem.DUPLICATE_ID, List.of(Explanation.of(
                    "ID " + row.id() + " appears again (first on row " + first + ")", "forms.row.DUPLICATE_ID",
                    String.valueOf(row.id()), String.valueOf(first))));
        }
        if (row.problem() != null) {
            return rejected(row, row.id() == null ? null : refOf(row.id()), row.problem(), row.reasons());
        }
        Optional<Commitment> found = commitments.find(row.id());
        if (found.isEmpty()) {
            return rejected(row, null, RowProblem.UNKNOWN_ID, List.of(Explanation.of(
                    "unknown ID " + row.id() + ": no such commitment in this workspace", "forms.row.UNKNOWN_ID",
                    String.valueOf(row.id()))));
        }
        Commitment now = found.get();
        String ref = refOf(row.id());
        FormUpdate update = new FormUpdate(row.id(),
                row.status() != null && row.status() != now.status() ? row.status() : null,
                row.deadline() != null && !row.deadline().equals(now.deadline()) ? row.deadline() : null,
                row.note() != null && !commitments.hasProgressNote(row.id(), row.note(), author) ? row.note() : null,
                row.evidenceLink());
        if (update.isEmpty()) {
            return new UpdatePreview.RowOutcome(row.number(), row.id(), ref, UpdatePreview.Outcome.UNCHANGED, null,
                    withWarnings(List.of(), row), null, row.warnings());
        }
        List<Explanation> changes = describe(now, update);
        if (now.updatedAt().isAfter(row.version())) {
            Explanation conflict = Explanation.of("changed in the app on " + now.updatedAt()
                    + ", after the form was made; not applied: " + english(changes), "forms.row.CONFLICT",
                    now.updatedAt(), changes);
            return new UpdatePreview.RowOutcome(row.number(), row.id(), ref, UpdatePreview.Outcome.CONFLICT, null,
                    withWarnings(List.of(conflict), row), null, row.warnings());
        }
        return new UpdatePreview.RowOutcome(row.number(), row.id(), ref, UpdatePreview.Outcome.APPLY, null,
                withWarnings(changes, row), update, row.warnings());
    }

    /** The changes followed by the cells left out, so every screen that shows the changes shows them too. */
    private static List<Explanation> withWarnings(List<Explanation> changes, FilledForm.Row row) {
        if (row.warnings().isEmpty()) {
            return changes;
        }
        List<Explanation> words = row.warnings().stream().map(CellWarning::words).toList();
        List<Explanation> all = new ArrayList<>(changes);
        all.add(Explanation.of("ignored: " + english(words), "forms.row.IGNORED", words));
        return all;
    }

    private static String english(List<Explanation> parts) {
        return String.join("; ", parts.stream().map(Explanation::english).toList());
    }

    private String refOf(long id) {
        return commitments.overviewOf(id).map(CommitmentOverview::ref).orElse(null);
    }

    private List<Explanation> describe(Commitment now, FormUpdate update) {
        List<Explanation> parts = new ArrayList<>();
        if (update.status() != null) {
            parts.add(Explanation.of("status " + labels.status(now.status()) + " → " + labels.status(update.status()),
                    "forms.row.STATUS", now.status(), update.status()));
        }
        if (update.deadline() != null) {
            parts.add(Explanation.of("deadline " + Objects.toString(now.deadline(), "—") + " → " + update.deadline(),
                    "forms.row.DEADLINE", now.deadline(), update.deadline()));
        }
        if (update.note() != null) {
            String note = "note \"" + update.note() + "\"";
            parts.add(update.evidenceLink() == null ? Explanation.of(note, "forms.row.NOTE", update.note())
                    : Explanation.of(note + " with " + update.evidenceLink(), "forms.row.NOTE_LINK", update.note(),
                    update.evidenceLink()));
        }
        return parts;
    }

    private static UpdatePreview.RowOutcome rejected(FilledForm.Row row, String ref, RowProblem problem,
                                                     List<Explanation> reasons) {
        return new UpdatePreview.RowOutcome(row.number(), row.id(), ref, UpdatePreview.Outcome.REJECTED, problem,
                reasons, null);
    }
}
