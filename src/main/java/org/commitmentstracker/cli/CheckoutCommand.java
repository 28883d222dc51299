package org.commitmentstracker.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.commitmentstracker.service.WorkspaceServices;
import org.commitmentstracker.store.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code checkout --server URL --user U --data-dir DIR [--partner P]…}: "Take offline". Makes a new local
 * workspace in DIR from the server's, every id kept, remembering the server and the login (never the
 * password). Exit code 1 when refused (nothing is taken then).
 */
@Command(name = "checkout", mixinStandardHelpOptions = true,
        description = "Takes an offline copy of a team workspace into a new data folder (all of it, or some partners').")
public final class CheckoutCommand implements Callable<Integer> {
    @Mixin
    DataDirOption dataDir = new DataDirOption();

    @Option(names = "--partner", paramLabel = "PARTNER",
            description = "Take only the statements with this partner (repeat for more); default: all.")
    List<String> partners = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String url = dataDir.server();
        if (url == null) {
            return Refusal.refuse(err, 2, "checkout needs --server jdbc:postgresql://host:port/db and --data-dir DIR.");
        }
        try (WorkspaceServices copy = WorkspaceServices.checkout(url, dataDir.user(), dataDir.password(url),
                dataDir.dataDir(), partners, Clock.systemUTC())) {
            out.printf("Took an offline copy of %s (as %s) into %s: %s, %s.%n",
                    copy.offlineCopy().origin().orElseThrow().serverAddress(), dataDir.user(), copy.folder(),
                    Counted.of(copy.statements().all().size(), "statement"),
                    Counted.of(copy.commitments().count(), "commitment"));
            out.flush();
            return 0;
        } catch (WorkspaceException e) {
            return Refusal.refuse(err, 1, e.getMessage());
        }
    }
}
