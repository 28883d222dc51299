package org.commitmentstracker.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.commitmentstracker.store.StoreFailureException;
import org.commitmentstracker.store.StoreFixture;
import org.commitmentstracker.store.Workspace;
import org.commitmentstracker.store.WorkspaceException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder or store that cannot be written: the user is told which and why, nothing is
 * created in it, and nothing in it is lost. Made read-only for real, root included (see
 * {@link ReadOnlyPlace}); /sys is a folder the kernel lets no one create files in.
 */
class ReadOnlyStoreTest {
    @TempDir
    Path dir;

    @Test
    void aFolderTheKernelTakesNoFilesInIsNamedAndLeftAsItWas() throws IOException {
        Path sys = Path.of("/sys/kernel");
        Assumptions.assumeTrue(Files.isDirectory(sys), "a Linux /sys");
        List<String> before = names(sys);

        assertThatThrownBy(() -> Workspace.open(sys))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageStartingWith("Cannot write to the data folder /sys/kernel: ")
                .hasMessageNotContaining(".write-check")
                .satisfies(e -> FaultLog.record("read-only data folder (/sys, refused by the kernel to anyone)",
                        "workspace not opened, nothing created", e.getMessage()));
        assertThatThrownBy(() -> Workspace.open(sys.resolve("commitments")))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageStartingWith("Cannot create the data folder /sys/kernel/commitments: ");

        assertThat(names(sys)).isEqualTo(before);
    }

    @Test
    void aDataFolderMadeReadOnlyIsNamedAndItsStoreKept() throws Exception {
        Path data = dir.resolve("data");
        Path store = aWorkspaceWithACommitment(data);
        byte[] stored = Files.readAllBytes(store);
        List<String> files = names(data);

        try (ReadOnlyPlace readOnly = ReadOnlyPlace.of(data)) {
            assertThatThrownBy(() -> Workspace.open(data))
                    .isInstanceOf(WorkspaceException.class)
                    .hasMessageStartingWith("Cannot write to the data folder " + data.toAbsolutePath() + ": ")
                    .hasMessageNotContaining(".write-check")
                    .satisfies(e -> FaultLog.record("read-only data folder (" + readOnly.how() + ")",
                            "workspace not opened, nothing created, store kept byte for byte", e.getMessage()));
            assertThat(names(data)).isEqualTo(files);
        }
        assertThat(store).hasBinaryContent(stored);
        Workspace.open(data).close();
    }

    @Test
    void aStoreThatTurnsReadOnlyWhileOpenRefusesAnEditWholeAndTakesItOnceWritable() throws Exception {
        Path data = dir.resolve("data");
        try (StoreFixture store = new StoreFixture(data)) {
            long statement = store.statements.insert(StoreFixture.smallStatement("Trade with Chile.", null)).orElseThrow();
            AllOrNothingEdit edit = new AllOrNothingEdit(store, store.commitments.idsByRef(statement).get("2"));
            // The folder, the store and its log; not the log's index (-shm), which SQLite maps into memory: a page
            // of it written back to disk and then written through the mapping of an immutable file is a SIGBUS that
            // kills the JVM (ext4), something no permission change does to a real officer's open store.
            Path[] everything = Stream.concat(Stream.of(data), names(data).stream()
                    .filter(name -> !name.endsWith("-shm")).map(data::resolve)).toArray(Path[]::new);
            // The state in which the next writer first writes that index: the log copied into the store (a
            // checkpoint), and the index's pages written back to disk, as the kernel does within seconds anyway.
            store.workspace.database().dsl().fetch("PRAGMA wal_checkpoint(FULL)");
            try (FileChannel index = FileChannel.open(data.resolve(Workspace.STORE_FILE + "-shm"))) {
                index.force(true);
            }

            try (ReadOnlyPlace readOnly = ReadOnlyPlace.of(everything)) {
                assertThatThrownBy(edit::apply)
                        .isInstanceOf(StoreFailureException.class)
                        .hasMessageStartingWith("The store " + data.resolve(Workspace.STORE_FILE).toAbsolutePath())
                        .satisfies(e -> FaultLog.record("store turned read-only while open (" + readOnly.how() + ")",
                                "edit refused whole, neither status nor history changed, saved once writable",
                                e.getMessage()));
                edit.assertNothingApplied();
            }
            edit.apply();
            edit.assertApplied();
        }
    }

    @Test
    void aReadOnlyStoreFileIsToldAtTheFirstEditAndKept() throws Exception {
        Path data = dir.resolve("data");
        Path file = aWorkspaceWithACommitment(data);
        byte[] stored = Files.readAllBytes(file);

        try (ReadOnlyPlace readOnly = ReadOnlyPlace.of(file); StoreFixture store = new StoreFixture(data)) {
            AllOrNothingEdit edit = new AllOrNothingEdit(store, store.commitments.overview().get(0).commitmentId());
            assertThatThrownBy(edit::apply)
                    .isInstanceOf(StoreFailureException.class)
                    .hasMessage("The store " + file.toAbsolutePath() + " cannot be written: it, or its folder, is read-only")
                    .satisfies(e -> FaultLog.record("read-only store file (" + readOnly.how() + ")",
                            "opens for reading, the first edit refused whole, file kept byte for byte", e.getMessage()));
            edit.assertNothingApplied();
        }
        assertThat(file).hasBinaryContent(stored);
    }

    /** A closed workspace holding one statement with a commitment; returns its store file. */
    static Path aWorkspaceWithACommitment(Path data) {
        try (StoreFixture store = new StoreFixture(data)) {
            store.statements.insert(StoreFixture.smallStatement("Trade with Chile.", null));
        }
        return data.resolve(Workspace.STORE_FILE);
    }

    static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
