package org.commitmentstracker.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import org.commitmentstracker.service.WorkspaceServices;
import org.commitmentstracker.store.Workspace;

/**
 * The import killed again and again. Each run imports, into one workspace kept across the kills,
 * 60 statements the store does not hold yet (those a killed run left, then new ones). After every
 * kill each stored statement must hold all the units, commitments and partners the extractor
 * finds in its file.
 */
final class ImportCrashes implements Callable<CrashOutcome> {
    /** More than a child imports before its kill, so that it is killed mid-import. */
    private static final int FILES_PER_RUN = 60;

    private final int kills;
    private final Path dir;
    private final long statementSeed;
    private final ChildKiller killer;
    private Set<String> stored = Set.of();
    private int midImport;
    private int storingRuns;
    private int halfImported;
    private long statementChecks;

    /** @param random gives the statements and the kill moments */
    ImportCrashes(int kills, Path dir, Random random, int maxDelayMillis) {
        this.kills = kills;
        this.dir = dir;
        this.statementSeed = random.nextLong();
        this.killer = new ChildKiller(dir, new Random(random.nextLong()), maxDelayMillis);
    }

    @Override
    public CrashOutcome call() throws Exception {
        KillTally tally = killer.tally();
        try (WorkspaceServices analysis = WorkspaceServices.open(dir.resolve("analysis"), Clock.systemUTC())) {
            StatementPool pool = new StatementPool(statementSeed, analysis.withAgencies().imports(),
                    Files.createDirectories(dir.resolve("pool")));
            for (int run = 1; run <= kills; run++) {
                Path statements = dir.resolve("run-" + run);
                pool.fill(statements, FILES_PER_RUN, stored);
                ChildJvm child = killer.startAndKill(run, "import", statements.toString());
                midImport += child.lines().contains("DONE") ? 0 : 1;
                child.lines().stream().filter(line -> line.startsWith("FAILED")).forEach(tally::problem);
                tally.checkAfterKill(killer.workspace(), store -> checkWhole(store, pool, tally));
            }
        }
        tally.checkReopens(killer.workspace());
        return new CrashOutcome(String.format("crash safety: import %s (%d mid-import, %d after storing statements "
                        + "of their run); after the kills %d half-imported statements of %d stored (%d statement "
                        + "checks), %s",
                killer.timing(), midImport, storingRuns, halfImported, stored.size(), statementChecks,
                tally.figures()), tally.problems());
    }

    private void checkWhole(StoreFacts store, StatementPool pool, KillTally tally) throws SQLException {
        Map<String, StoreFacts.Contents> contents = store.statements();
        for (Map.Entry<String, StoreFacts.Contents> statement : contents.entrySet()) {
            statementChecks++;
            Optional<StoreFacts.Contents> whole = pool.expected(statement.getKey());
            if (whole.isEmpty() || !whole.get().equals(statement.getValue())) {
                halfImported++;
                tally.problem("statement " + statement.getKey() + " holds " + statement.getValue()
                        + ", whole it holds " + whole.map(String::valueOf).orElse("(not one of the files)"));
            }
        }
        storingRuns += contents.size() > stored.size() ? 1 : 0;
        stored = contents.keySet();
    }
}
