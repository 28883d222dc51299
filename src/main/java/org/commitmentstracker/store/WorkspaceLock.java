package org.commitmentstracker.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An OS file lock on {@code workspace.lock} in the data folder, held while the workspace is open,
 * so that a second app on the same folder is refused instead of writing beside the first.
 * The OS drops the lock when the process dies, so a crash never leaves the workspace locked.
 */
final class WorkspaceLock implements AutoCloseable {
    static final String FILE_NAME = "workspace.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static WorkspaceLock acquire(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new WorkspaceException("Cannot create the lock file " + file + ": " + e.getMessage(), e);
        }
        // It names who holds the workspace: the officer's only, like the rest of the folder.
        PrivateFiles.tryRestrict(file);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new WorkspaceException("Cannot lock the workspace in " + folder + ": " + e.getMessage(), e);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new WorkspaceAlreadyOpenException(folder);
        }
        writeOwner(channel);
        return new WorkspaceLock(channel, lock);
    }

    /** Leaves the process id in the file: a help for whoever wonders who holds it. */
    private static void writeOwner(FileChannel channel) {
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
        } catch (IOException ignored) {
            // The lock itself is what matters; the note is a courtesy.
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing to release.
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // Closing the channel below releases it too.
        }
        closeQuietly(channel);
    }
}
