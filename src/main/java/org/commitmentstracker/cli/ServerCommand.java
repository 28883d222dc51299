package org.commitmentstracker.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.commitmentstracker.service.ServerSetup;
import org.commitmentstracker.service.WorkspaceServices;
import org.commitmentstracker.store.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code server init --server URL --user ADMIN}: what the ministry's IT runs on a team workspace's server. */
@Command(name = "server", mixinStandardHelpOptions = true,
        description = "Sets up a team workspace on a PostgreSQL server (see docs/team-workspace.md).",
        subcommands = ServerCommand.Init.class)
public final class ServerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /**
     * {@code server init}: migrates the database and creates the group roles tracker_reporter,
     * tracker_officer and tracker_admin with their rights; the login must own the database (and may
     * create roles). Running it again changes nothing; after installing a newer app, it upgrades.
     */
    @Command(name = "init", mixinStandardHelpOptions = true,
            description = "Migrates the team workspace's database and creates the roles tracker_reporter, "
                    + "tracker_officer and tracker_admin; safe to run again. --user must own the database.")
    static final class Init implements Callable<Integer> {
        @Mixin
        DataDirOption workspace = new DataDirOption();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            String url = workspace.server();
            if (url == null) {
                return Refusal.refuse(err, 2,
                        "server init needs the server: --server jdbc:postgresql://host:port/db --user ADMIN");
            }
            try {
                ServerSetup setup = WorkspaceServices.initServer(url, workspace.user(), workspace.password(url));
                out.printf("The team workspace at %s is at schema version %d, with the roles %s (%d agencies in its "
                        + "directory).%nGive each officer a login with one role, e.g. CREATE ROLE lan LOGIN PASSWORD "
                        + "'...' IN ROLE tracker_officer;%n", setup.address(), setup.schemaVersion(),
                        String.join(", ", setup.roles()), setup.agencies());
                out.flush();
                return 0;
            } catch (WorkspaceException e) {
                return Refusal.refuse(err, 1, e.getMessage());
            }
        }
    }
}
