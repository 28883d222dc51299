package org.commitmentstracker.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.commitmentstracker.io.IoFailures;

/**
 * An open data folder: its lock, its store file and the repositories over it. Opening checks the
 * folder can be written, takes the lock, and opens and upgrades the store; each failure is a
 * {@link WorkspaceException} that names the path. A team workspace ({@link #openServer}) keeps its
 * data on a PostgreSQL server; its folder on this laptop holds only the officer's settings.
 */
public final class Workspace implements AutoCloseable {
    public static final String STORE_FILE = "commitments.db";

    private final Path folder;
    /** Null for a workspace opened only to read. */
    private final WorkspaceLock lock;
    private final Database database;

    private Workspace(Path folder, WorkspaceLock lock, Database database) {
        this.folder = folder;
        this.lock = lock;
        this.database = database;
    }

    public static Workspace open(Path folder) {
        return open(folder, false);
    }

    /** As {@link #open}, the store's quick check running beside (see {@link Database#openCheckingBeside}). */
    public static Workspace openCheckingBeside(Path folder) {
        return open(folder, true);
    }

    private static Workspace open(Path folder, boolean checkBeside) {
        Path absolute = folder.toAbsolutePath().normalize();
        requireWritableFolder(absolute);
        WorkspaceLock lock = WorkspaceLock.acquire(absolute);
        try {
            Path store = absolute.resolve(STORE_FILE);
            return new Workspace(absolute, lock, checkBeside ? Database.openCheckingBeside(store) : Database.open(store));
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Opens a team workspace on a PostgreSQL server as {@code user}. Its local folder (see
     * {@link DataFolders#serverFolder}) keeps what belongs to this laptop: settings, layout, backups.
     * No lock: officers on many laptops share the server, which orders their writes.
     *
     * @param password kept only in memory
     */
    public static Workspace openServer(String url, String user, String password, Path localFolder) {
        Path absolute = localFolder.toAbsolutePath().normalize();
        // The server first: a refused login or a wrong address leaves no folder behind on this laptop.
        Database database = Database.openServer(url, user, password);
        try {
            requireWritableFolder(absolute);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return new Workspace(absolute, null, database);
    }

    /**
     * Opens the workspace in {@code folder} only to read it, without its lock: beside an app that has it open, for
     * what changes nothing (a dry run). Nothing is created, migrated or written.
     */
    public static Workspace openReadOnly(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute)) {
            throw new WorkspaceException("The data folder " + absolute + " does not exist.");
        }
        return new Workspace(absolute, null, Database.openReadOnly(absolute.resolve(STORE_FILE)));
    }

    private static void requireWritableFolder(Path folder) {
        try {
            PrivateFiles.createFolder(folder);
        } catch (IOException e) {
            throw new WorkspaceException(WorkspaceException.Problem.CANNOT_CREATE_FOLDER,
                    "Cannot create the data folder " + folder + ": " + IoFailures.reason(e), e, folder,
                    IoFailures.reason(e));
        }
        if (!Files.isDirectory(folder)) {
            throw new WorkspaceException(WorkspaceException.Problem.NOT_A_FOLDER,
                    "The data folder " + folder + " is not a folder.", null, folder);
        }
        // Files.isWritable can be wrong for network drives and ACLs: write a file to be sure.
        try {
            Path probe = Files.createTempFile(folder, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException e) {
            throw new WorkspaceException(WorkspaceException.Problem.CANNOT_WRITE_FOLDER,
                    "Cannot write to the data folder " + folder + ": " + IoFailures.reason(e), e, folder,
                    IoFailures.reason(e));
        }
    }

    public Path folder() {
        return folder;
    }

    /** Whether the data is on a PostgreSQL server rather than in this folder's store file. */
    public boolean onServer() {
        return database.onServer();
    }

    public Database database() {
        return database;
    }

    @Override
    public void close() {
        try {
            database.close();
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }
}
