package org.commitmentstracker.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.commitmentstracker.service.WorkspaceServices;
import org.commitmentstracker.LauncherProcessTest;
import org.commitmentstracker.importing.ImportOutcome;
import org.commitmentstracker.importing.UnreadableFormException;
import org.commitmentstracker.importing.UpdateFormImporter;
import org.commitmentstracker.importing.UpdatePreview;
import org.commitmentstracker.store.CommitmentRepository;
import org.commitmentstracker.store.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the bad-input corpus (src/test/resources/bad-input/, each with its class of message in
 * expected.tsv) and the inputs too large to commit, given to the command a desk officer would use on a workspace
 * holding the sample statements. Each must be refused with its class (through the importer), on the command line
 * with a non-zero exit code and one message naming the file, never a stack trace, and leave every table of the
 * store as it was. The figures go to target/reliability/bad-input.txt.
 */
class BadInputCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/bad-input");
    static final Path SUMMARY = Path.of("target/reliability/bad-input.txt");

    @TempDir
    static Path dir;
    static Path pristine;
    static Path data;
    static StoreFingerprint before;
    static List<CorpusEntry> large;
    static int tried;
    static int refusedAsExpected;
    static int storeUnchanged;

    @BeforeAll
    static void workspaceAndLargeInputs() throws IOException {
        // As the launcher does: jOOQ's banner is no part of what a user sees.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        pristine = dir.resolve("pristine");
        data = dir.resolve("data");
        CorpusWorkspace.create(pristine);
        before = StoreFingerprint.of(pristine);
        large = LargeInputs.write(dir.resolve("large"));
    }

    /** Each input meets the workspace as made, whatever an input before it did. */
    @BeforeEach
    void freshWorkspace() throws IOException {
        if (Files.exists(data)) {
            try (Stream<Path> files = Files.walk(data)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        // Copied as the app made it: private (folder 700, files 600), so no warning joins the refusals.
        Files.createDirectories(data, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
        try (Stream<Path> files = Files.list(pristine)) {
            for (Path file : files.toList()) {
                Files.copy(file, data.resolve(file.getFileName()), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    static Stream<CorpusEntry> corpus() throws IOException {
        return Stream.concat(CorpusEntry.load(CORPUS).stream(), large.stream());
    }

    @Test
    void theCorpusHoldsThirtyFilesOrMoreEachListedWithItsClass() throws IOException {
        Set<String> listed = CorpusEntry.load(CORPUS).stream().map(CorpusEntry::fileName).collect(Collectors.toSet());
        Set<String> present;
        try (Stream<Path> files = Files.list(CORPUS)) {
            present = files.map(f -> f.getFileName().toString())
                    .filter(n -> !n.equals(CorpusEntry.LIST) && !n.equals(".gitattributes")).collect(Collectors.toSet());
        }
        assertThat(listed).hasSizeGreaterThanOrEqualTo(30).isEqualTo(present);
        try (Stream<Path> files = Files.list(CORPUS)) {
            assertThat(files).allSatisfy(f -> assertThat(Files.size(f)).as(f.toString()).isLessThan(256 * 1024));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void isRefusedWithItsClassInOneLineAndChangesNothing(CorpusEntry entry) throws Exception {
        tried++;
        Refusal refusal = entry.isStatement() ? statementRefusal(entry) : formRefusal(entry);
        CliRun run = CliRun.of(entry.command(), "--data-dir", data.toString(), entry.file().toString());
        StoreFingerprint after = StoreFingerprint.of(data);
        boolean asExpected = entry.expected().equals(refusal.problem());
        refusedAsExpected += asExpected ? 1 : 0;
        storeUnchanged += after.equals(before) ? 1 : 0;

        assertThat(refusal.problem()).as("class of %s: %s", entry.fileName(), refusal.seen())
                .isEqualTo(entry.expected());
        assertThat(run.exitCode()).as(run.all()).isNotZero();
        assertThat(run.all()).contains(entry.fileName()).contains(refusal.messages())
                .doesNotContain("Exception", "\tat ");
        assertThat(run.loggedExceptions()).isEmpty();
        assertThat(after).isEqualTo(before);
    }

    /** The same files in one run of the real launcher in a child JVM: one line each on stderr, exit code 1. */
    @Test
    void theLauncherRefusesAllTheStatementsInOneRunWithoutAStackTrace() throws Exception {
        List<String> args = new ArrayList<>(List.of("import", "--data-dir", data.toString()));
        List<CorpusEntry> statements = corpus().filter(CorpusEntry::isStatement).toList();
        statements.forEach(e -> args.add(e.file().toString()));

        LauncherProcessTest.Result result = LauncherProcessTest.run(dir.resolve("home"), args.toArray(String[]::new));

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines()).hasSize(statements.size())
                .allSatisfy(line -> assertThat(statements).anySatisfy(e -> assertThat(line).startsWith(e.fileName() + ": ")));
        assertThat(result.err()).doesNotContain("Exception", "\tat ");
        assertThat(StoreFingerprint.of(data)).isEqualTo(before);
    }

    @AfterAll
    static void summary() throws IOException {
        String line = "bad input: " + tried + " files tried, " + refusedAsExpected + " refused with the expected class, "
                + (storeUnchanged == tried ? "store unchanged in all" : "store unchanged in " + storeUnchanged);
        System.out.println(line);
        Files.createDirectories(SUMMARY.getParent());
        Files.writeString(SUMMARY, line + "\n", StandardCharsets.UTF_8);
    }

    /**
     * What the API made of a file: the class it was refused with (null if it was not refused as one thing), the
     * words the command line must print for it, and what happened, for a failure's message.
     */
    record Refusal(Enum<?> problem, List<String> messages, String seen) {
    }

    private static Refusal statementRefusal(CorpusEntry entry) {
        try (WorkspaceServices workspace = WorkspaceServices.open(data, Clock.systemUTC())) {
            List<ImportOutcome> outcomes = workspace.withAgencies().imports()
                    .importAll(List.of(entry.file()));
            if (outcomes.size() == 1 && outcomes.get(0) instanceof ImportOutcome.Failed failed) {
                return new Refusal(failed.problem(), List.of(failed.message()), failed.message());
            }
            return new Refusal(null, List.of(), outcomes.toString());
        }
    }

    /**
     * A whole form refused, or rows rejected in it, or answer cells left out with a warning (the rest of their row
     * counts), all of one class, and none applied.
     */
    private static Refusal formRefusal(CorpusEntry entry) {
        try (Workspace workspace = Workspace.open(data)) {
            UpdatePreview preview = new UpdateFormImporter(
                    new CommitmentRepository(workspace.database(), Clock.systemUTC()), "en").preview(entry.file());
            List<UpdatePreview.RowOutcome> refused = preview.rows().stream()
                    .filter(r -> r.outcome() == UpdatePreview.Outcome.REJECTED || !r.warnings().isEmpty()).toList();
            Set<Enum<?>> classes = refused.stream().flatMap(r -> r.problem() != null ? java.util.stream.Stream.of(
                    r.problem()) : r.warnings().stream().map(org.commitmentstracker.importing.CellWarning::problem))
                    .collect(Collectors.toSet());
            if (classes.size() != 1 || preview.count(UpdatePreview.Outcome.APPLY) > 0) {
                return new Refusal(null, List.of(), preview.rows().toString());
            }
            return new Refusal(classes.iterator().next(), refused.stream()
                    .map(r -> "row " + r.row() + (r.ref() == null ? "" : " (ref. " + r.ref() + ")") + ": "
                            + (r.outcome() == UpdatePreview.Outcome.REJECTED ? "rejected, " : "nothing to change; ")
                            + r.changes()).toList(), preview.rows().toString());
        } catch (UnreadableFormException e) {
            return new Refusal(e.problem(), List.of(e.getMessage()), e.getMessage());
        }
    }
}
