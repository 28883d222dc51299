package org.commitmentstracker.store;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Keeps what the app creates private to the officer: a workspace holds the follow-up of diplomatic
 * commitments. On Linux and macOS (file systems with POSIX permissions) folders are made 700 and
 * files 600 as they are created, whatever the umask. On Windows there is nothing to do here: a
 * workspace lives in the per-user profile (%APPDATA%), whose access list already keeps other
 * accounts out, and a file system without POSIX permissions is left as it is.
 *
 * <p>SQLite creates a store's {@code -wal} and {@code -shm} files itself, with the permissions of
 * the store file: the store is therefore created here (empty, 600) before SQLite opens it, and the
 * folder around them is 700 anyway.
 */
public final class PrivateFiles {
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private PrivateFiles() {
    }

    /**
     * Creates {@code folder} and the folders missing above it, each private (700); a folder that
     * already exists is left as it is (the warning at start tells of it).
     */
    public static Path createFolder(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            return absolute;
        }
        Path parent = absolute.getParent();
        if (parent != null && !Files.exists(parent)) {
            createFolder(parent);
        }
        if (posix(absolute.getFileSystem())) {
            try {
                Files.createDirectory(absolute, PosixFilePermissions.asFileAttribute(FOLDER));
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                return absolute;
            }
            // The umask may have taken bits away from what was asked; never added any.
            tryRestrict(absolute);
        } else {
            Files.createDirectories(absolute);
        }
        return absolute;
    }

    /** Creates an empty file readable by the officer only (600); it must not exist yet. */
    public static Path createFile(Path file) throws IOException {
        if (posix(file.getFileSystem())) {
            FileAttribute<Set<PosixFilePermission>> mode = PosixFilePermissions.asFileAttribute(FILE);
            Files.createFile(file, mode);
            tryRestrict(file);
        } else {
            Files.createFile(file);
        }
        return file;
    }

    /** Makes a file 600 or a folder 700 (not what is inside); nothing on a file system without POSIX permissions. */
    public static void restrict(Path path) throws IOException {
        if (posix(path.getFileSystem()) && Files.exists(path, LinkOption.NOFOLLOW_LINKS)
                && !Files.isSymbolicLink(path)) {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? FOLDER : FILE);
        }
    }

    /** Makes a folder and everything in it private: folders 700, files 600 (links are not followed). */
    public static void restrictAll(Path folder) throws IOException {
        if (!posix(folder.getFileSystem()) || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.toList()) {
                restrict(path);
            }
        }
    }

    /**
     * What in a workspace's folder other accounts on this computer can read or enter: the folder
     * itself and the store with its {@code -wal}/{@code -shm} files. Empty when private, or on a file
     * system without POSIX permissions.
     */
    public static List<Path> readableByOthers(Path dataFolder) {
        List<Path> open = new ArrayList<>();
        if (!posix(dataFolder.getFileSystem())) {
            return open;
        }
        List<Path> checked = new ArrayList<>(List.of(dataFolder));
        for (String name : List.of(Workspace.STORE_FILE, Workspace.STORE_FILE + "-wal", Workspace.STORE_FILE + "-shm")) {
            checked.add(dataFolder.resolve(name));
        }
        for (Path path : checked) {
            try {
                if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                    Set<PosixFilePermission> mode = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
                    if (mode.stream().anyMatch(OTHERS::contains)) {
                        open.add(path);
                    }
                }
            } catch (IOException | UnsupportedOperationException e) {
                // Permissions that cannot be read are not reported as open.
            }
        }
        return open;
    }

    /**
     * As {@link #restrict}, for what was just created: a file system that refuses to change
     * permissions (a FAT USB stick) keeps what it has, and the copy or the workspace still works.
     */
    public static void tryRestrict(Path path) {
        try {
            restrict(path);
        } catch (IOException | UnsupportedOperationException e) {
            // Not private on this file system: the warning at start tells the officer if it shows.
        }
    }

    private static boolean posix(FileSystem fileSystem) {
        return fileSystem.supportedFileAttributeViews().contains("posix");
    }
}
