package org.commitmentstracker.store;

import java.nio.file.Path;
import java.util.List;

/** The store file failed SQLite's check at opening: it is left untouched, for the officer to decide. */
public final class DamagedStoreException extends WorkspaceException {
    private final Path file;
    private final List<String> problems;

    public DamagedStoreException(Path file, List<String> problems) {
        super("The store " + file + " is damaged (" + String.join("; ", problems.subList(0, Math.min(3, problems.size())))
                + "). It was left as it is; restore a backup (the app offers the newest good one).");
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public Path file() {
        return file;
    }

    public List<String> problems() {
        return problems;
    }
}
