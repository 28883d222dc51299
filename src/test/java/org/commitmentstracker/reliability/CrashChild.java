package org.commitmentstracker.reliability;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.commitmentstracker.service.WorkspaceServices;
import org.commitmentstracker.service.CommitmentService;
import org.commitmentstracker.importing.ImportOutcome;
import org.commitmentstracker.model.CommitmentOverview;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.store.AgencyRepository;
import org.commitmentstracker.store.Attachments;
import org.commitmentstracker.store.CommitmentRepository;
import org.commitmentstracker.store.HistoryRepository;
import org.commitmentstracker.store.Workspace;
import org.commitmentstracker.service.CommitmentEditor;

/**
 * The app's own writing code in a JVM of its own, for {@link CrashSafetyIT} to kill at a random
 * moment. Both modes print {@code READY} once the workspace is open.
 * <ul>
 * <li>{@code import WORKSPACE FOLDER}: imports the folder's statements as the {@code import}
 * command does, then prints {@code FAILED name: reason} for each file that failed and {@code DONE}.
 * <li>{@code edits WORKSPACE SEED AUTHOR}: changes the status of random commitments through the
 * detail pane's editor, one after another until killed, printing {@code TRY id status} before a
 * change and {@code SAVED id status} once the editor returned.
 * </ul>
 */
public final class CrashChild {
    private CrashChild() {
    }

    public static void main(String[] args) {
        switch (args[0]) {
            case "import" -> importFolder(Path.of(args[1]), Path.of(args[2]));
            case "edits" -> changeStatuses(Path.of(args[1]), Long.parseLong(args[2]), args[3]);
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    private static void importFolder(Path folder, Path statements) {
        try (WorkspaceServices workspace = WorkspaceServices.open(folder, Clock.systemUTC())) {
            say("READY");
            List<ImportOutcome> outcomes = workspace.withAgencies().imports()
                    .importAll(List.of(statements));
            for (ImportOutcome outcome : outcomes) {
                if (outcome instanceof ImportOutcome.Failed failed) {
                    say("FAILED " + failed.message());
                }
            }
            say("DONE");
        }
    }

    private static void changeStatuses(Path folder, long seed, String author) {
        try (WorkspaceServices workspace = WorkspaceServices.open(folder, Clock.systemUTC())) {
            CommitmentService commitments = workspace.commitments();
            CommitmentEditor editor = commitments;
            // Read afresh: an edit the last run tried may have been stored just before its kill.
            Map<Long, Status> statuses = new HashMap<>();
            for (CommitmentOverview row : commitments.overview()) {
                statuses.put(row.commitmentId(), row.status());
            }
            List<Long> ids = new ArrayList<>(statuses.keySet());
            ids.sort(null);
            Random random = new Random(seed);
            Status[] all = Status.values();
            say("READY");
            while (true) {
                long id = ids.get(random.nextInt(ids.size()));
                // Always another status: setting the same one stores nothing and writes no history.
                Status current = statuses.get(id);
                Status next = all[(current.ordinal() + 1 + random.nextInt(all.length - 1)) % all.length];
                say("TRY " + id + " " + next);
                editor.changeStatus(id, current, next, author);
                statuses.put(id, next);
                say("SAVED " + id + " " + next);
            }
        }
    }

    /** One write of a whole line, flushed: the parent sees every line printed before the kill. */
    private static void say(String line) {
        System.out.print(line + "\n");
        System.out.flush();
    }
}
