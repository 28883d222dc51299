package org.commitmentstracker.importing;

import java.util.List;
import org.commitmentstracker.model.Explanation;
import org.commitmentstracker.model.FormUpdate;

/**
 * What a returned update form would change, row by row, before anything is applied.
 *
 * @param author who signs the changes: the name written in the form, else the owner's code
 */
public record UpdatePreview(String fileName, String ownerCode, String author, List<RowOutcome> rows) {
    public UpdatePreview {
        rows = List.copyOf(rows);
    }

    /** What becomes of one row. */
    public enum Outcome { APPLY, UNCHANGED, CONFLICT, REJECTED }

    /**
     * @param row     the row number as the spreadsheet shows it
     * @param ref     the commitment's reference in its statement, when known
     * @param problem why a rejected row was rejected, as a class; null for the other outcomes
     * @param said    what would change ("status In progress → Completed"), or why not, followed by the cells left
     *                out ("ignored: …"), part by part: English, and words for the window
     * @param update  what to apply, for rows to apply
     * @param warnings the optional cells of the row left out (the rest of the row still counts)
     */
    public record RowOutcome(int row, Long commitmentId, String ref, Outcome outcome, RowProblem problem,
                             List<Explanation> said, FormUpdate update, List<CellWarning> warnings) {
        public RowOutcome {
            said = List.copyOf(said);
            warnings = List.copyOf(warnings);
        }

        public RowOutcome(int row, Long commitmentId, String ref, Outcome outcome, RowProblem problem,
                          List<Explanation> said, FormUpdate update) {
            this(row, commitmentId, ref, outcome, problem, said, update, List.of());
        }

        /** What would change, or why not, in English (the command line): the parts separated by "; ". */
        public String changes() {
            return String.join("; ", said.stream().map(Explanation::english).toList());
        }
    }

    /** Who signs a form that names nobody: its owner, as the form's ("MOIT (update form)"). */
    static String ownerSignature(String ownerCode) {
        return ownerCode + " (update form)";
    }

    /** The form names nobody: its owner signs ({@link #author()} is the owner's code with "(update form)"). */
    public boolean signedByOwner() {
        return author.equals(ownerSignature(ownerCode));
    }

    /** How many rows have cells left out with a warning. */
    public long countWithWarnings() {
        return rows.stream().filter(r -> !r.warnings().isEmpty()).count();
    }

    public long count(Outcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    public List<FormUpdate> toApply() {
        return rows.stream().filter(r -> r.outcome() == Outcome.APPLY).map(RowOutcome::update).toList();
    }
}
