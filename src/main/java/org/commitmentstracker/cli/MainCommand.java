package org.commitmentstracker.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.commitmentstracker.model.AppVersion;
import org.commitmentstracker.store.DataFolders;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;

/**
 * {@code commitments-tracker [--data-dir DIR]}: with no sub-command, asks for the desktop app.
 * {@code --help} and {@code --version} print and exit without starting JavaFX.
 */
@Command(name = "commitments-tracker",
        mixinStandardHelpOptions = true,
        versionProvider = MainCommand.Version.class,
        description = "Tracks the follow-up of the commitments in Viet Nam's joint statements.%n"
                + "Without a command, opens the desktop app.",
        footer = "%nThe data folder defaults to the OS's application data folder.")
public final class MainCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "The workspace's data folder (default: ${DEFAULT-VALUE}).")
    private Path dataDir = DataFolders.defaultFolder();

    private boolean guiRequested;

    @Override
    public Integer call() {
        guiRequested = true;
        return 0;
    }

    /** True when the command line asked for the desktop app rather than a command. */
    public boolean guiRequested() {
        return guiRequested;
    }

    public Path dataDir() {
        return dataDir;
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Commitments Tracker " + AppVersion.current()};
        }
    }
}
