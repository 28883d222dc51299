package org.commitmentstracker.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.commitmentstracker.model.ExplainedIOException;
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
        refuseOnServer();
        return store().backUp();
    }

    @Override
    public List<Choice> backups() throws IOException {
        refuseOnServer();
        return store().list().stream().map(b -> new Choice(b.file(), b.madeAt())).toList();
    }

    @Override
    public List<String> problems(Path backup) {
        return SqliteBackup.problems(backup);
    }

    @Override
    public boolean backsUpHere() {
        return !database.onServer();
    }

    private void refuseOnServer() throws IOException {
        if (database.onServer()) {
            throw new ExplainedIOException("Backups of the team workspace at " + database.serverAddress()
                    + " are made on the server by IT (with pg_dump); this app makes none of its own.", null,
                    "backup.onServer", database.serverAddress());
        }
    }

    private Backups store() {
        return new Backups(database, folder.get(), clock);
    }
}
