package org.commitmentstracker.cli;

import java.nio.file.Path;
import org.commitmentstracker.store.DataFolders;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --data-dir DIR}, shared by the commands that open a workspace. It may stand before the
 * command ({@code --data-dir D import f.txt}) or after it: a command without its own takes the
 * one given before it, so a statement is never imported into the standard folder by surprise.
 */
public final class DataDirOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "The workspace's data folder (default: ${DEFAULT-VALUE}: the one chosen in Settings, else the standard one).")
    Path dataDir = DataFolders.currentFolder();

    public Path dataDir() {
        if (givenHere()) {
            return dataDir;
        }
        CommandSpec parent = mixee == null ? null : mixee.parent();
        if (parent != null && parent.userObject() instanceof MainCommand main) {
            return main.dataDir();
        }
        return dataDir;
    }

    private boolean givenHere() {
        CommandLine line = mixee == null ? null : mixee.commandLine();
        return line == null || line.getParseResult() == null || line.getParseResult().hasMatchedOption("--data-dir");
    }
}
