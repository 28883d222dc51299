package org.commitmentstracker.bench;

import java.io.PrintWriter;
import java.util.List;
import java.util.Random;
import org.commitmentstracker.model.Commitment;
import org.commitmentstracker.model.CommitmentOverview;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.service.CommitmentService;
import org.commitmentstracker.service.WorkspaceServices;

/**
 * Edit and search at N commitments on one workspace, the same on SQLite and on PostgreSQL, so
 * the two print side by side. An edit is the commitment read, then what the detail pane's save
 * does: a status change compared-and-set against the value read (with its history entry), then
 * the commitment read back; a search is the store's diacritic-insensitive full-text query (FTS5 on SQLite,
 * unaccent + tsvector on PostgreSQL), without the table's filters. The workspace is filled with
 * made-up statements without histories.
 */
public final class TeamBenchmark {
    private static final int RUNS = 200;

    /**
     * @param where   "sqlite" or "postgresql", for the printed lines
     * @param workspace an empty workspace; it is filled, not emptied afterwards
     */
    public void run(PrintWriter out, String where, int commitments, WorkspaceServices workspace) {
        CommitmentService service = workspace.commitments();
        if (service.count() > 0) {
            throw new IllegalArgumentException("the team benchmark fills the workspace with made-up commitments: "
                    + "give it an empty one (this one holds " + service.count() + ")");
        }
        long fillStart = System.nanoTime();
        int stored = SyntheticWorkspace.fill(workspace, commitments, false);
        out.printf("team %d %s: workspace made in %.1f s%n", stored, where, (System.nanoTime() - fillStart) / 1e9);
        out.flush();
        List<Long> ids = service.overview().stream().map(CommitmentOverview::commitmentId).toList();
        Random random = new Random(3);
        Latency edits = Latency.of(RUNS, i -> {
            long id = ids.get(random.nextInt(ids.size()));
            Commitment seen = service.load(id).commitment();
            Status next = Status.values()[(seen.status().ordinal() + 1) % Status.values().length];
            service.changeStatus(id, seen.status(), next, "bench");
            service.load(id);
        });
        Latency searches = Latency.of(RUNS, i -> service.matching(Latency.QUERIES.get(i % Latency.QUERIES.size())));
        out.printf("team %d %s: edit (read, compare-and-set status change with its history, read back) median %.1f ms, "
                + "p95 %.1f ms%n", stored, where, edits.medianMs(), edits.p95Ms());
        out.printf("team %d %s: search (store full-text query) median %.1f ms, p95 %.1f ms%n", stored, where,
                searches.medianMs(), searches.p95Ms());
        out.flush();
    }
}
