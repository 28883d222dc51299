package org.commitmentstracker.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.commitmentstracker.service.WorkspaceServices;
import org.commitmentstracker.bench.SyntheticStatements;
import org.commitmentstracker.importing.ImportOutcome;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.store.Workspace;

/**
 * A burst of status edits killed again and again, on one workspace of three imported statements
 * kept across the kills. Each run edits as its own author, so its history rows are its own. After
 * every kill the run's history must hold every edit reported saved (and at most the one under
 * way besides), and every commitment's status must be the last saved or one tried since.
 */
final class EditCrashes implements Callable<CrashOutcome> {
    private static final int STATEMENTS = 3;
    private static final int STATEMENT_SIZE = 8_000;

    private final int kills;
    private final Path dir;
    private final Random random;
    private final ChildKiller killer;
    private long savedEdits;
    private long foundEdits;
    private int underWay;
    private int underWayStored;

    /** @param random gives the statements, the edits and the kill moments */
    EditCrashes(int kills, Path dir, Random random, int maxDelayMillis) {
        this.kills = kills;
        this.dir = dir;
        this.random = random;
        this.killer = new ChildKiller(dir, new Random(random.nextLong()), maxDelayMillis);
    }

    @Override
    public CrashOutcome call() throws Exception {
        KillTally tally = killer.tally();
        AllowedStatuses allowed = new AllowedStatuses(workspaceWithCommitments());
        for (int run = 1; run <= kills; run++) {
            String author = "crash test, run " + run;
            ChildJvm child = killer.startAndKill(run, "edits", Long.toString(random.nextLong()), author);
            EditTranscript transcript = EditTranscript.of(child.lines());
            allowed.record(transcript);
            savedEdits += transcript.saved().size();
            underWay += transcript.unreported().isPresent() ? 1 : 0;
            tally.checkAfterKill(killer.workspace(), store -> {
                checkHistory(store, author, transcript, tally);
                allowed.mismatches(store.statuses()).forEach(tally::problem);
            });
        }
        tally.checkReopens(killer.workspace());
        return new CrashOutcome(String.format("crash safety: status edits %s (%d during an edit, %d of those edits "
                        + "stored unreported); after the kills %d edits reported saved and %d of them in the "
                        + "history (%d lost), %s",
                killer.timing(), underWay, underWayStored, savedEdits, foundEdits, savedEdits - foundEdits,
                tally.figures()), tally.problems());
    }

    private void checkHistory(StoreFacts store, String author, EditTranscript transcript, KillTally tally)
            throws SQLException {
        List<StatusEdit> history = store.statusChangesBy(author);
        foundEdits += transcript.savedFoundIn(history);
        if (transcript.matches(history)) {
            underWayStored += transcript.unreportedStored(history) ? 1 : 0;
        } else {
            tally.problem("the history of the run holds " + history.size() + " status changes for "
                    + transcript.saved().size() + " reported saved (and "
                    + transcript.unreported().map(String::valueOf).orElse("none") + " under way)");
        }
    }

    /** Imports three statements into a new workspace; returns their commitments' statuses. */
    private Map<Long, Status> workspaceWithCommitments() throws Exception {
        Path statements = Files.createDirectories(dir.resolve("statements"));
        SyntheticStatements texts = new SyntheticStatements(random.nextLong());
        for (int i = 0; i < STATEMENTS; i++) {
            Files.writeString(statements.resolve("statement-" + i + ".txt"),
                    texts.statement(i, i % 2 == 1, STATEMENT_SIZE));
        }
        try (WorkspaceServices open = WorkspaceServices.open(killer.workspace(), Clock.systemUTC())) {
            List<ImportOutcome> outcomes = open.withAgencies().imports().importAll(List.of(statements));
            if (!outcomes.stream().allMatch(outcome -> outcome instanceof ImportOutcome.Imported)) {
                throw new IllegalStateException("the edits workspace could not be set up: " + outcomes);
            }
        }
        try (StoreFacts store = new StoreFacts(killer.workspace().resolve(Workspace.STORE_FILE))) {
            return store.statuses();
        }
    }
}
