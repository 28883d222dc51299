package org.commitmentstracker.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Objects;

/**
 * Tells when a store is first written, from outside and without opening it: SQLite in WAL mode
 * appends every commit to the write-ahead log beside the store file, so the log's size or time
 * changes. Opening a store creates an empty log, which does not count.
 */
record StoreWrites(Path log, long size, FileTime modified) {
    /** The log of {@code storeFile} as it is now, to compare later states with. */
    static StoreWrites since(Path storeFile) {
        Path log = storeFile.resolveSibling(storeFile.getFileName() + "-wal");
        BasicFileAttributes now = attributes(log);
        return now == null ? new StoreWrites(log, 0, null) : new StoreWrites(log, now.size(), now.lastModifiedTime());
    }

    /** Whether something was written to the store since this state was taken. */
    boolean written() {
        BasicFileAttributes now = attributes(log);
        return now != null && now.size() > 0
                && (now.size() != size || !Objects.equals(now.lastModifiedTime(), modified));
    }

    private static BasicFileAttributes attributes(Path log) {
        try {
            return Files.readAttributes(log, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }
}
