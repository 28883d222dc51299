package org.commitmentstracker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Temporary folders for tests that cannot take JUnit's {@code @TempDir} (fixtures, static
 * set-ups, helpers called from many tests), removed when the test JVM ends. Without this each
 * {@code ./mvnw verify} left some 70 folders (about 140 MB) in the system's temporary folder.
 */
public final class ScratchFolders {
    private static final List<Path> MADE = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ScratchFolders::removeAll, "scratch-folders"));
    }

    private ScratchFolders() {
    }

    /** A new empty folder whose name starts with {@code prefix}. */
    public static Path create(String prefix) {
        try {
            Path folder = Files.createTempDirectory(prefix);
            synchronized (MADE) {
                MADE.add(folder);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new empty file in a folder of its own, removed with it. */
    public static Path file(String prefix, String suffix) {
        try {
            return Files.createFile(create(prefix).resolve(prefix + suffix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void removeAll() {
        synchronized (MADE) {
            MADE.forEach(ScratchFolders::remove);
        }
    }

    private static void remove(Path folder) {
        try (Stream<Path> tree = Files.walk(folder)) {
            tree.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // the JVM is ending; what cannot be removed stays in the temporary folder
        }
    }
}
