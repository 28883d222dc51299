package org.commitmentstracker.reliability;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Files and folders made read-only for real, and made writable again on close. Taking the write
 * permission away stops an ordinary user; root, whom permissions do not stop (tests run as root in
 * CI), is stopped by the immutable attribute (chattr +i). Each way is checked by trying to write;
 * where neither stops writes, the test is aborted, said so, rather than passed unproven.
 */
final class ReadOnlyPlace implements AutoCloseable {
    private final Map<Path, Set<PosixFilePermission>> permissions = new LinkedHashMap<>();
    private final List<Path> immutable = new ArrayList<>();

    private ReadOnlyPlace() {
    }

    static ReadOnlyPlace of(Path... paths) throws IOException, InterruptedException {
        ReadOnlyPlace place = new ReadOnlyPlace();
        for (Path path : paths) {
            Set<PosixFilePermission> before = Files.getPosixFilePermissions(path);
            place.permissions.put(path, before);
            Set<PosixFilePermission> readOnly = EnumSet.copyOf(before);
            readOnly.removeAll(Set.of(PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_WRITE,
                    PosixFilePermission.OTHERS_WRITE));
            Files.setPosixFilePermissions(path, readOnly);
        }
        if (place.anyWritable(paths)) {
            for (Path path : paths) {
                if (chattr("+i", path)) {
                    place.immutable.add(path);
                }
            }
        }
        if (place.anyWritable(paths)) {
            place.close();
            Assumptions.abort("neither permissions nor the immutable attribute stop writes here");
        }
        return place;
    }

    /** How the place was made read-only, for the fault summary. */
    String how() {
        return immutable.isEmpty() ? "write permission removed" : "immutable attribute (chattr +i), as root";
    }

    private boolean anyWritable(Path... paths) {
        for (Path path : paths) {
            try {
                if (Files.isDirectory(path)) {
                    Files.delete(Files.createTempFile(path, ".probe", ".tmp"));
                } else {
                    FileChannel.open(path, StandardOpenOption.WRITE, StandardOpenOption.APPEND).close();
                }
                return true;
            } catch (IOException refused) {
                // as wanted
            }
        }
        return false;
    }

    private static boolean chattr(String flag, Path path) throws IOException, InterruptedException {
        try {
            Process p = new ProcessBuilder("chattr", flag, path.toString()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException noChattr) {
            return false;
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        for (Path path : immutable) {
            chattr("-i", path);
        }
        for (Map.Entry<Path, Set<PosixFilePermission>> entry : permissions.entrySet()) {
            Files.setPosixFilePermissions(entry.getKey(), entry.getValue());
        }
    }
}
