package org.commitmentstracker.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.commitmentstracker.service.WorkspaceServices;
import org.commitmentstracker.store.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code find-repeats [--data-dir DIR | --server URL]}: links, for the whole workspace, each commitment to the
 * earlier commitments of the same partner it repeats, replacing the links there were. An import links its
 * own statements; this is for a workspace whose statements came in before repeats were looked for.
 */
@Command(name = "find-repeats", mixinStandardHelpOptions = true,
        description = "Links every commitment to the earlier commitments of the same partner it repeats "
                + "(done at each import; run once for statements imported before).")
public final class FindRepeatsCommand implements Callable<Integer> {
    @Mixin
    DataDirOption dataDir = new DataDirOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (WorkspaceServices workspace = dataDir.open(Clock.systemDefaultZone())) {
            int links = workspace.repeats().relinkAll();
            int repeating = workspace.repeats().repeating().size();
            out.printf("%s %s an earlier one (%s) in %s%n", Counted.of(repeating, "commitment"),
                    repeating == 1 ? "repeats" : "repeat", Counted.of(links, "link"),
                    workspace.onServer() ? workspace.serverAddress() : workspace.folder());
            out.flush();
            return 0;
        } catch (WorkspaceException e) {
            return Refusal.refuse(err, 1, "The repeats were not looked for: " + e.getMessage());
        }
    }
}
