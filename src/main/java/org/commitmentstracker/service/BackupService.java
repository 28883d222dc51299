package org.commitmentstracker.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.commitmentstracker.store.Backups;
import org.commitmentstracker.store.Database;
import org.commitmentstracker.store.SqliteBackup;

/**
 * Backups of the open workspace, in the folder the officer chose (read at each call, since
 * Settings can change it while the workspace is open).
 */
public final class BackupService implements BackupActions {
    private final Database database;
    private final Supplier<Path> folder;
    private final Clock clock;

    BackupService(Database database, Supplier<Path> folder, Clock clock) {
        this.database = database;
        this.folder = folder;
        this.clock = clock;
    }

    @Override
    public Path backUpNow() throws IOException {
        return store().backUp();
    }

    @Override
    public List<Choice> backups() throws IOException {
        return store().list().stream().map(b -> new Choice(b.file(), b.madeAt())).toList();
    }

    @Override
    public List<String> problems(Path backup) {
        return SqliteBackup.problems(backup);
    }

    private Backups store() {
        return new Backups(database, folder.get(), clock);
    }
}
