package org.commitmentstracker.cli;

import java.io.Console;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.commitmentstracker.service.WorkspaceServices;
import org.commitmentstracker.store.DataFolders;
import org.commitmentstracker.store.WorkspaceException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Where a command's workspace is: {@code --data-dir DIR}, or a team workspace on a server with
 * {@code --server jdbc:postgresql://host:port/db [--user U]}. Either may stand before the command
 * ({@code --data-dir D import f.txt}) or after it: a command without its own takes the one given
 * before it, so a statement is never imported into the standard folder by surprise. The server's
 * password comes from {@code PGPASSWORD} or is asked on the console, never from the command line.
 */
public final class DataDirOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "The workspace's data folder (default: ${DEFAULT-VALUE}: the one chosen in Settings, else the standard one).")
    Path dataDir = DataFolders.currentFolder();

    @Option(names = "--server", paramLabel = "URL",
            description = "A team workspace on PostgreSQL instead of a data folder: jdbc:postgresql://host:port/db "
                    + "(the password comes from PGPASSWORD or is asked).")
    String server;

    @Option(names = "--user", paramLabel = "LOGIN", description = "The database login on --server (default: your "
            + "system user name).")
    String user;

    /** The environment (PGPASSWORD) and the console prompt; tests give their own. */
    Map<String, String> environment = System.getenv();
    Function<String, char[]> passwordPrompt = DataDirOption::askOnConsole;

    public Path dataDir() {
        DataDirOption before = before();
        return givenHere("--data-dir") || before == null ? dataDir : before.dataDir();
    }

    /** The server's address given here or before the command; null for a data folder. */
    public String server() {
        DataDirOption before = before();
        if (givenHere("--server") || givenHere("--data-dir") || before == null) {
            return server;
        }
        return before.server();
    }

    /** The login on the server: {@code --user} given here or before the command, else the system's user name. */
    public String user() {
        DataDirOption before = before();
        if (user != null || before == null) {
            return user != null ? user : System.getProperty("user.name", "postgres");
        }
        return before.user();
    }

    /**
     * Opens the workspace this option names (created when new, upgraded when old).
     *
     * @throws WorkspaceException naming what is wrong, the server's address without parameters
     */
    public WorkspaceServices open(Clock clock) {
        String url = server();
        WorkspaceServices services = url == null ? WorkspaceServices.open(dataDir(), clock)
                : WorkspaceServices.openServer(url, user(), password(url), clock, Locale.getDefault(),
                System.getProperty("user.name", "unknown"));
        warnWhenReadable(services);
        return services;
    }

    private void warnWhenReadable(WorkspaceServices services) {
        CommandLine line = mixee == null ? null : mixee.commandLine();
        warnWhenReadable(services, line == null ? new java.io.PrintWriter(System.err, true) : line.getErr());
    }

    /** One line on stderr when other accounts on this computer can read the workspace; nothing changes by itself. */
    static void warnWhenReadable(WorkspaceServices services, java.io.PrintWriter err) {
        java.util.List<Path> open = services.readableByOthers();
        if (!open.isEmpty()) {
            err.println("Warning: other accounts on this computer can read " + open.get(0)
                    + (open.size() > 1 ? " (and " + (open.size() - 1) + " more)" : "")
                    + ". Make it private with: chmod -R go-rwx " + services.folder()
                    + " (or Make private in the app).");
            err.flush();
        }
    }

    /** As {@link #open}, but a data folder only to read, beside an app that has it open; a server as usual. */
    public WorkspaceServices openToRead(Clock clock) {
        if (server() != null) {
            return open(clock);
        }
        WorkspaceServices services = WorkspaceServices.openReadOnly(dataDir(), clock);
        warnWhenReadable(services);
        return services;
    }

    /** PGPASSWORD, else asked on the console; kept only in memory. */
    String password(String url) {
        return password(url, user());
    }

    /** The password of {@code login} on the server (an offline copy's, say): PGPASSWORD, else asked. */
    String password(String url, String login) {
        DataDirOption root = root();
        String fromEnvironment = root.environment.get("PGPASSWORD");
        if (fromEnvironment != null) {
            return fromEnvironment;
        }
        char[] typed = root.passwordPrompt.apply("Password for " + login + " on " + shown(url) + ": ");
        if (typed == null) {
            throw new WorkspaceException("No password for " + login + " on " + shown(url)
                    + ": set PGPASSWORD or run the command in a terminal to be asked.");
        }
        return new String(typed);
    }

    /** Whether --server was given (here or before the command). */
    boolean onServer() {
        return server() != null;
    }

    private static char[] askOnConsole(String prompt) {
        Console console = System.console();
        return console == null ? null : console.readPassword("%s", prompt);
    }

    /** The address without its parameters, which may hold a password. */
    static String shown(String url) {
        return org.commitmentstracker.model.ServerAddresses.shown(url);
    }

    /** The option of the command line's first command: where the environment and the prompt are injected. */
    private DataDirOption root() {
        CommandSpec root = mixee == null ? null : mixee.root();
        if (root != null && root.userObject() instanceof MainCommand main) {
            return main.workspaceOption();
        }
        return this;
    }

    private DataDirOption before() {
        CommandSpec parent = mixee == null ? null : mixee.parent();
        if (parent != null && parent.userObject() instanceof MainCommand main) {
            return main.workspaceOption();
        }
        return null;
    }

    private boolean givenHere(String option) {
        CommandLine line = mixee == null ? null : mixee.commandLine();
        return line == null || line.getParseResult() == null || line.getParseResult().hasMatchedOption(option);
    }
}
