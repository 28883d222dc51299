package org.commitmentstracker.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.commitmentstracker.model.AppVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;

/**
 * {@code commitments-tracker [--data-dir DIR]}: with no sub-command, asks for the desktop app.
 * {@code --help} and {@code --version} print and exit without starting JavaFX.
 */
@Command(name = "commitments-tracker",
        mixinStandardHelpOptions = true,
        versionProvider = MainCommand.Version.class,
        subcommands = {ExtractCommand.class, ImportCommand.class, ExportCommand.class, ExportWordCommand.class,
            ExportFormsCommand.class,
            ImportUpdatesCommand.class, ListCommand.class, EditCommand.class, DeleteStatementCommand.class,
            ServerCommand.class, CheckoutCommand.class, SyncCommand.class, ConflictsCommand.class, PublishCommand.class,
            BenchCommand.class, ExportCalendarCommand.class, FindRepeatsCommand.class},
        description = "Tracks the follow-up of the commitments in Viet Nam's joint statements.%n"
                + "Without a command, opens the desktop app.",
        footer = "%nThe data folder defaults to the OS's application data folder.")
public final class MainCommand implements Callable<Integer> {

    @Mixin
    private DataDirOption dataDir = new DataDirOption();

    private boolean guiRequested;

    @Override
    public Integer call() {
        guiRequested = true;
        return 0;
    }

    /** True when the command line asked for the desktop app rather than a command. */
    /**
     * The data folder when the arguments ask only for the window on one ({@code --data-dir DIR}, or nothing for the
     * current folder): the start officers make every morning, which then need not build the whole command
     * line's model (some twenty commands, read by reflection) first. Empty for anything else.
     */
    public static java.util.Optional<Path> desktopOnly(String... args) {
        if (args.length == 0) {
            return java.util.Optional.of(org.commitmentstracker.store.DataFolders.currentFolder());
        }
        if (args.length == 1 && args[0].startsWith("--data-dir=") && args[0].length() > "--data-dir=".length()) {
            return java.util.Optional.of(Path.of(args[0].substring("--data-dir=".length())));
        }
        if (args.length == 2 && args[0].equals("--data-dir") && !args[1].startsWith("-")) {
            return java.util.Optional.of(Path.of(args[1]));
        }
        return java.util.Optional.empty();
    }

    public boolean guiRequested() {
        return guiRequested;
    }

    public Path dataDir() {
        return dataDir.dataDir();
    }

    /** A team workspace's address given for the desktop app ({@code --server}); null for a data folder. */
    public String server() {
        return dataDir.server();
    }

    /** The login on {@link #server()}. */
    public String user() {
        return dataDir.user();
    }

    /** The workspace given before the command: a data folder or a server. */
    DataDirOption workspaceOption() {
        return dataDir;
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Commitments Tracker " + AppVersion.current()};
        }
    }
}
