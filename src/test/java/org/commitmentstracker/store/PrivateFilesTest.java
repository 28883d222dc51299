package org.commitmentstracker.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Item 8 of step 11: what the app creates is the officer's only (folders 700, files 600), whatever the umask. */
class PrivateFilesTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void posixOnly() {
        assumeTrue(java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
                "Windows: the per-user profile keeps a workspace private");
    }

    @Test
    void aNewWorkspaceFolderIs700AndItsStoreWithItsWalFilesIs600() throws Exception {
        Path data = dir.resolve("new").resolve("workspace");
        try (StoreFixture store = new StoreFixture(data)) {
            store.statements.insert(StoreFixture.smallStatement("Private", "MOIT"));
            assertThat(mode(data)).isEqualTo("rwx------");
            assertThat(mode(data.getParent())).as("a folder created above it").isEqualTo("rwx------");
            assertThat(mode(data.resolve(Workspace.STORE_FILE))).isEqualTo("rw-------");
            // SQLite made these itself, with the store's permissions.
            assertThat(mode(data.resolve(Workspace.STORE_FILE + "-wal"))).isEqualTo("rw-------");
            assertThat(mode(data.resolve(Workspace.STORE_FILE + "-shm"))).isEqualTo("rw-------");
            assertThat(mode(data.resolve(WorkspaceLock.FILE_NAME))).isEqualTo("rw-------");
            assertThat(PrivateFiles.readableByOthers(data)).isEmpty();
        }
    }

    @Test
    void backupsAttachmentsAndCopiesArePrivateToo() throws Exception {
        Path data = dir.resolve("data");
        Path evidence = dir.resolve("minutes.pdf");
        Files.writeString(evidence, "minutes");
        Files.setPosixFilePermissions(evidence, PosixFilePermissions.fromString("rw-r--r--"));
        try (StoreFixture store = new StoreFixture(data)) {
            Path backup = new Backups(store.workspace.database(), dir.resolve("backups"), store.clock).backUp();
            assertThat(mode(dir.resolve("backups"))).isEqualTo("rwx------");
            assertThat(mode(backup)).isEqualTo("rw-------");

            String attached = new Attachments(data).copyIn(7, evidence);
            assertThat(mode(data.resolve(attached))).isEqualTo("rw-------");
            assertThat(mode(data.resolve(attached).getParent())).isEqualTo("rwx------");

            Path moved = dir.resolve("moved");
            WorkspaceCopy.copy(store.workspace, moved);
            assertThat(mode(moved)).isEqualTo("rwx------");
            assertThat(mode(moved.resolve(Workspace.STORE_FILE))).isEqualTo("rw-------");
            assertThat(mode(moved.resolve(attached))).isEqualTo("rw-------");
        }
        Path restoredInto = dir.resolve("restored");
        Files.createDirectories(restoredInto);
        StoreReplacement.restore(restoredInto, Backups.list(dir.resolve("backups")).get(0).file(), Clock.systemUTC());
        assertThat(mode(restoredInto.resolve(Workspace.STORE_FILE))).isEqualTo("rw-------");
    }

    @Test
    void aStoreOthersCanReadIsFoundAndMadePrivate() throws Exception {
        Path data = dir.resolve("open");
        try (StoreFixture store = new StoreFixture(data)) {
            store.statements.insert(StoreFixture.smallStatement("Open", "MOIT"));
        }
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(data.resolve(Workspace.STORE_FILE), PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(PrivateFiles.readableByOthers(data)).containsExactly(data, data.resolve(Workspace.STORE_FILE));

        PrivateFiles.restrictAll(data);
        assertThat(PrivateFiles.readableByOthers(data)).isEmpty();
        assertThat(mode(data.resolve(Workspace.STORE_FILE))).isEqualTo("rw-------");
    }

    @Test
    void aFolderThatAlreadyExistsIsLeftAsItWas() throws Exception {
        Path chosen = Files.createDirectories(dir.resolve("shared"));
        Files.setPosixFilePermissions(chosen, PosixFilePermissions.fromString("rwxr-xr-x"));
        PrivateFiles.createFolder(chosen);
        assertThat(mode(chosen)).isEqualTo("rwxr-xr-x");
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
