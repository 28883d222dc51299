package org.commitmentstracker.store;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commitmentstracker.bundled.BundledData;
import org.commitmentstracker.bundled.TsvTable;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.CommitmentDraft;
import org.commitmentstracker.model.Sector;
import org.commitmentstracker.model.Statement;
import org.commitmentstracker.model.StatementDraft;
import org.commitmentstracker.model.StatementUnit;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.model.UnitDraft;
import org.commitmentstracker.model.UnitKind;

/**
 * The small workspace a newcomer sees on a first run: the statements in resources/sample, with
 * the units, statuses and progress notes that statements.tsv and units.tsv give them. The
 * progress is written through {@link CommitmentRepository}, so it appears in the history too.
 * Its statements are stored marked as the sample's, so screens can say so and reports leave them out.
 */
public final class SampleWorkspace {
    static final String LOADED_KEY = "sample_loaded_at";
    static final String AUTHOR = "Commitments Tracker (sample)";
    private static final Pattern NUMBERED = Pattern.compile("^(\\d+)\\.\\s+(.*)$", Pattern.DOTALL);

    private final StatementRepository statements;
    private final CommitmentRepository commitments;
    private final AgencyRepository agencies;
    private final WorkspaceSettings settings;
    private final Clock clock;

    public SampleWorkspace(StatementRepository statements, CommitmentRepository commitments,
                           AgencyRepository agencies, WorkspaceSettings settings, Clock clock) {
        this.statements = statements;
        this.agencies = agencies;
        this.commitments = commitments;
        this.settings = settings;
        this.clock = clock;
    }

    /** Loads the sample into a workspace that has never held a statement nor had the sample. */
    /**
     * Marks the first run as past without loading the sample: for a team workspace, whose statements are the
     * department's own from the start (the sample would show on every officer's screen).
     */
    public static void skipFirstRun(WorkspaceSettings settings, java.time.Instant at) {
        if (settings.get(LOADED_KEY).isEmpty()) {
            settings.put(LOADED_KEY, at.toString());
        }
    }

    public boolean loadIfFirstRun() {
        if (settings.get(LOADED_KEY).isPresent() || statements.count() > 0) {
            return false;
        }
        TsvTable statementTable = BundledData.table("sample/statements.tsv");
        TsvTable unitTable = BundledData.table("sample/units.tsv");
        for (Map<String, String> row : statementTable.rows()) {
            String file = TsvTable.cell(statementTable, row, "file");
            List<Map<String, String>> unitRows = unitTable.rows().stream()
                    .filter(u -> file.equals(u.get("file"))).toList();
            load(row, unitRows, BundledData.text("sample/" + file));
        }
        settings.put(LOADED_KEY, clock.instant().toString());
        return true;
    }

    private void load(Map<String, String> meta, List<Map<String, String>> unitRows, String text) {
        String file = meta.get("file");
        List<String> paragraphs = Arrays.stream(text.strip().split("\\R\\s*\\R"))
                .map(p -> p.strip().replaceAll("\\s+", " ")).toList();
        if (paragraphs.size() - 1 != unitRows.size()) {
            throw new IllegalStateException("resources/sample/units.tsv lists " + unitRows.size() + " units for "
                    + file + ", which has " + (paragraphs.size() - 1) + " paragraphs after its title");
        }
        Map<Sector, Agency> sectorOwners = agencies.sectorOwners();
        List<UnitDraft> units = new ArrayList<>();
        for (int i = 0; i < unitRows.size(); i++) {
            units.add(unit(i, paragraphs.get(i + 1), unitRows.get(i), sectorOwners));
        }
        Statement statement = new Statement(null, paragraphs.get(0),
                List.of(meta.get("partners").split("\\s*;\\s*")), LocalDate.parse(meta.get("date")),
                meta.get("place"), meta.get("language"), blankToNull(meta.get("source")),
                blankToNull(meta.get("relationship")), null, text, null);
        long statementId = statements.insert(new StatementDraft(statement, units), true).orElseThrow(() ->
                new IllegalStateException("The sample statement " + file + " is already in the workspace"));
        applyProgress(statementId, unitRows);
    }

    private static UnitDraft unit(int index, String paragraph, Map<String, String> row,
                                  Map<Sector, Agency> sectorOwners) {
        String ref = row.get("ref");
        String text = paragraph;
        Matcher numbered = NUMBERED.matcher(paragraph);
        if (numbered.matches() && numbered.group(1).equals(ref)) {
            text = numbered.group(2);
        }
        UnitKind kind = UnitKind.valueOf(row.get("kind"));
        StatementUnit unit = new StatementUnit(null, index, ref, kind, null, text, null);
        if (kind != UnitKind.COMMITMENT) {
            return new UnitDraft(unit, null);
        }
        String deadline = row.get("deadline");
        Sector sector = Sector.fromCode(row.get("sector")).orElse(null);
        String owner = row.get("owner");
        if (owner.isEmpty() && sectorOwners.containsKey(sector)) {
            owner = sectorOwners.get(sector).code();
        }
        CommitmentDraft commitment = new CommitmentDraft(sector, blankToNull(owner),
                deadline.isEmpty() ? null : LocalDate.parse(deadline), blankToNull(row.get("actor")),
                blankToNull(row.get("target")));
        return new UnitDraft(unit, commitment);
    }

    private void applyProgress(long statementId, List<Map<String, String>> unitRows) {
        Map<String, Long> ids = commitments.idsByRef(statementId);
        for (Map<String, String> row : unitRows) {
            Long id = ids.get(row.get("ref"));
            if (id == null) {
                continue;
            }
            String progress = row.get("progress");
            if (!progress.isEmpty()) {
                commitments.addProgress(id, progress, AUTHOR);
            }
            String status = row.get("status");
            if (!status.isEmpty()) {
                commitments.changeStatus(id, Status.valueOf(status), AUTHOR, null);
            }
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
