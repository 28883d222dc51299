package org.commitmentstracker.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.commitmentstracker.model.CommitmentOverview;
import org.commitmentstracker.service.BulkEditService;
import org.commitmentstracker.service.WorkspaceServices;
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
 * A workspace filled quickly for the report and scale figures: statements of 50 commitments in
 * English and Vietnamese stored directly (no extraction), then histories of several entries
 * each (status changes, a new owner or deadline for some) written in large transactions.
 */
final class SyntheticWorkspace {
    static final int COMMITMENTS_PER_STATEMENT = 50;

    private SyntheticWorkspace() {
    }

    /** Fills the workspace with about {@code commitments} commitments, with histories; returns how many it holds. */
    static int fill(WorkspaceServices workspace, int commitments) {
        return fill(workspace, commitments, true);
    }

    /**
     * Fills the workspace with about {@code commitments} commitments, with histories of several
     * entries each or none (faster, for a load test that writes its own); returns how many it holds.
     */
    static int fill(WorkspaceServices workspace, int commitments, boolean histories) {
        List<Agency> owners = workspace.withAgencies().agencies().agencies();
        BulkEditService repository = workspace.bulkEdits();
        int stored = 0;
        SyntheticStatements words = new SyntheticStatements(7);
        Random random = new Random(7);
        for (int s = 0; stored < commitments; s++) {
            boolean vietnamese = s % 2 == 1;
            int year = 2023 + s % 3;
            List<UnitDraft> units = new ArrayList<>();
            StringBuilder original = new StringBuilder("Synthetic statement " + s + "\n");
            for (int u = 0; u < COMMITMENTS_PER_STATEMENT; u++) {
                int field = random.nextInt(10);
                String text = words.sentence(vietnamese, field, year, s) + " " + words.sentence(vietnamese, field, year, s);
                original.append(u + 1).append(". ").append(text).append('\n');
                Sector sector = Sector.values()[random.nextInt(Sector.values().length)];
                units.add(new UnitDraft(new StatementUnit(null, u, Integer.toString(u + 1), UnitKind.COMMITMENT, null,
                        text, "agreed to"), new CommitmentDraft(sector, owners.get(random.nextInt(owners.size())).code(),
                        LocalDate.of(year + 1 + random.nextInt(3), 1 + random.nextInt(12), 1).plusMonths(1).minusDays(1),
                        "both", null)));
            }
            Statement statement = new Statement(null, "Joint Statement No. " + s,
                    List.of(List.of("Chile", "Peru", "Hungary", "Kazakhstan", "Mongolia").get(s % 5)),
                    LocalDate.of(year, 1 + s % 12, 1 + s % 28), "Ha Noi", vietnamese ? "vi" : "en", null, null, null,
                    original.toString(), null);
            workspace.imports().saveWithoutRepeats("synthetic-" + s, new StatementDraft(statement, units));
            stored += units.size();
        }
        if (!histories) {
            return workspace.commitments().count();
        }
        List<Long> ids = workspace.commitments().overview().stream().map(CommitmentOverview::commitmentId).sorted()
                .toList();
        // Histories: most get started, then some finish, fall behind or change hands.
        List<Long> started = new ArrayList<>();
        List<Long> completed = new ArrayList<>();
        List<Long> atRisk = new ArrayList<>();
        List<Long> moved = new ArrayList<>();
        for (long id : ids) {
            int roll = random.nextInt(10);
            if (roll < 8) {
                started.add(id);
            }
            if (roll < 3) {
                completed.add(id);
            } else if (roll < 5) {
                atRisk.add(id);
            }
            if (roll % 3 == 0) {
                moved.add(id);
            }
        }
        inChunks(started, chunk -> repository.apply(chunk, Status.IN_PROGRESS, null, null, "bench"));
        inChunks(moved, chunk -> repository.apply(chunk, null, owners.get(0).id(), LocalDate.of(2027, 6, 30), "bench"));
        inChunks(completed, chunk -> repository.apply(chunk, Status.COMPLETED, null, null, "bench"));
        inChunks(atRisk, chunk -> repository.apply(chunk, Status.AT_RISK, null, null, "bench"));
        return workspace.commitments().count();
    }

    private static void inChunks(List<Long> ids, java.util.function.Consumer<List<Long>> write) {
        for (int i = 0; i < ids.size(); i += 5_000) {
            write.accept(ids.subList(i, Math.min(ids.size(), i + 5_000)));
        }
    }
}
