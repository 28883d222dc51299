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
 * {@code publish --data-dir DIR --server URL --user U}: copies a laptop's workspace, with all its history
 * and every id, into an empty team workspace on the server. Exit code 1 when refused (a server workspace
 * that is not empty, say), with nothing copied.
 */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = "Copies a data folder's workspace, with all its history, into an empty team workspace on a server.")
public final class PublishCommand implements Callable<Integer> {
    @Mixin
    DataDirOption dataDir = new DataDirOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String url = dataDir.server();
        if (url == null) {
            return Refusal.refuse(err, 2, "publish needs --data-dir DIR and --server jdbc:postgresql://host:port/db.");
        }
        try {
            WorkspaceServices.Published published = WorkspaceServices.publish(dataDir.dataDir(), url, dataDir.user(),
                    dataDir.password(url), Clock.systemUTC());
            out.printf("Published %s to %s: %s, %s, %s.%n", dataDir.dataDir(), published.server(),
                    Counted.of(published.statements(), "statement"), Counted.of(published.commitments(), "commitment"),
                    Counted.of(published.historyEntries(), "history entry", "history entries"));
            out.flush();
            return 0;
        } catch (WorkspaceException e) {
            return Refusal.refuse(err, 1, e.getMessage());
        }
    }
}
