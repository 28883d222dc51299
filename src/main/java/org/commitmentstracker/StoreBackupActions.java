package org.commitmentstracker;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.commitmentstracker.store.Backups;
import org.commitmentstracker.store.SqliteBackup;
import org.commitmentstracker.ui.backup.BackupActions;

/** Backups of the open workspace; a restore is handed to the app, which must close and reopen it. */
final class StoreBackupActions implements BackupActions {
    private final Backups backups;
    private final Consumer<Path> restore;

    StoreBackupActions(Backups backups, Consumer<Path> restore) {
        this.backups = backups;
        this.restore = restore;
    }

    @Override
    public Path backUpNow() throws IOException {
        return backups.backUp();
    }

    @Override
    public List<Choice> backups() throws IOException {
        return backups.list().stream().map(b -> new Choice(b.file(), b.madeAt())).toList();
    }

    @Override
    public List<String> problems(Path backup) {
        return SqliteBackup.problems(backup);
    }

    @Override
    public void restore(Path backup) {
        restore.accept(backup);
    }
}
