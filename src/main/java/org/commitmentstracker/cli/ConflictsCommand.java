package org.commitmentstracker.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.commitmentstracker.service.ConflictChoice;
import org.commitmentstracker.service.WorkspaceServices;
import org.commitmentstracker.store.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code conflicts --data-dir DIR} lists an offline copy's sync conflicts; with {@code --resolve N --keep
 * mine|theirs} (or {@code --merge TEXT} for notes and next steps) settles one, sent at the next sync.
 */
@Command(name = "conflicts", mixinStandardHelpOptions = true,
        description = "Lists an offline copy's sync conflicts, or resolves one (--resolve N --keep mine|theirs).")
public final class ConflictsCommand implements Callable<Integer> {
    @Mixin
    DataDirOption dataDir = new DataDirOption();

    @Option(names = "--resolve", paramLabel = "N", description = "The conflict to resolve (its # in the list).")
    Long conflict;

    @Option(names = "--keep", paramLabel = "mine|theirs", description = "Whose value to keep.")
    String keep;

    @Option(names = "--merge", paramLabel = "TEXT", description = "Notes or next step: keep this merged text.")
    String merged;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ConflictChoice choice = null;
        if (conflict != null) {
            if (merged != null) {
                choice = ConflictChoice.MERGE;
            } else if ("mine".equalsIgnoreCase(keep)) {
                choice = ConflictChoice.KEEP_MINE;
            } else if ("theirs".equalsIgnoreCase(keep)) {
                choice = ConflictChoice.KEEP_THEIRS;
            } else {
                return Refusal.refuse(err, 2, "--resolve needs --keep mine, --keep theirs or --merge TEXT.");
            }
        }
        try (WorkspaceServices workspace = WorkspaceServices.open(dataDir.dataDir(), Clock.systemUTC())) {
            if (choice != null) {
                workspace.offlineCopy().resolve(conflict, choice, merged);
                out.printf("Resolved conflict #%d; the choice goes to the server at the next sync.%n", conflict);
            }
            var left = workspace.offlineCopy().conflicts();
            if (left.isEmpty()) {
                out.println("No conflicts.");
            }
            SyncCommand.printConflicts(out, left);
            out.flush();
            return 0;
        } catch (IllegalArgumentException | WorkspaceException e) {
            return Refusal.refuse(err, 1, e.getMessage());
        }
    }
}
