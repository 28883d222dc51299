package org.commitmentstracker.cli;

import java.nio.file.Path;
import org.commitmentstracker.store.DataFolders;
import picocli.CommandLine.Option;

/** {@code --data-dir DIR}, shared by the commands that open a workspace. */
public final class DataDirOption {
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "The workspace's data folder (default: ${DEFAULT-VALUE}: the one chosen in Settings, else the standard one).")
    Path dataDir = DataFolders.currentFolder();

    public Path dataDir() {
        return dataDir;
    }
}
