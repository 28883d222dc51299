package org.commitmentstracker.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.commitmentstracker.extract.read.StatementProblem;
import org.commitmentstracker.importing.ImportOutcome;
import org.commitmentstracker.importing.StatementImporterTest;
import org.commitmentstracker.model.ImportPhases;
import org.commitmentstracker.store.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import of many files reads and analyses several at once while it stores them one by one:
 * what lands, and in what order, is still decided file by file, on a store file and on a team
 * workspace's server alike.
 */
class ParallelImportTest {
    /** More files than are read ahead, so the reading threads are busy while statements are stored. */
    private static final List<String> PARTNERS = List.of("Peru", "Chile", "Brazil", "Mexico", "Atlantis", "Cuba",
            "Spain", "Italy", "Kenya", "Japan", "Egypt", "Nepal");
    private static final String POISONED = "Atlantis";

    @TempDir
    Path dir;

    @Test
    void onAStoreFileAStatementThatCannotBeStoredLeavesNothingAndTheOthersLandInTheFilesOrder() throws Exception {
        try (WorkspaceServices workspace = WorkspaceServices.open(dir.resolve("data"), Clock.systemUTC()).withAgencies()) {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + workspace.storeFile());
                 Statement s = c.createStatement()) {
                s.execute("CREATE TRIGGER refuse_atlantis BEFORE INSERT ON commitment "
                        + "WHEN (SELECT text FROM unit WHERE id = NEW.unit_id) LIKE '%" + POISONED + "%' "
                        + "BEGIN SELECT RAISE(ABORT, 'no commitments with " + POISONED + "'); END");
            }
            importAndCheck(workspace);
        }
    }

    @Test
    void onATeamWorkspaceAStatementThatCannotBeStoredLeavesNothingAndTheOthersLandInTheFilesOrder() throws Exception {
        String url = TestPostgres.newDatabase("parallelimport");
        WorkspaceServices.initServer(url, "postgres", null);
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE FUNCTION refuse_atlantis() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    + "IF (SELECT text FROM unit WHERE id = NEW.unit_id) LIKE '%" + POISONED + "%' THEN "
                    + "RAISE EXCEPTION 'no commitments with " + POISONED + "'; END IF; RETURN NEW; END $$");
            s.execute("CREATE TRIGGER refuse_atlantis BEFORE INSERT ON commitment "
                    + "FOR EACH ROW EXECUTE FUNCTION refuse_atlantis()");
        }
        try (WorkspaceServices workspace = WorkspaceServices.openServer(url, "postgres", null, Clock.systemUTC(),
                Locale.ENGLISH, "postgres").withAgencies()) {
            importAndCheck(workspace);
        }
    }

    @Test
    void anImportInterruptedStopsBetweenStatementsAndKeepsEachStoredOneWhole() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            files.add(Files.writeString(dir.resolve(String.format("statement-%03d.txt", i)),
                    StatementImporterTest.STATEMENT.replace("ten scholarships", (i + 11) + " scholarships"),
                    StandardCharsets.UTF_8));
        }
        try (WorkspaceServices workspace = WorkspaceServices.open(dir.resolve("data"), Clock.systemUTC()).withAgencies()) {
            AtomicReference<Throwable> ended = new AtomicReference<>();
            Thread importing = new Thread(() -> {
                try {
                    workspace.imports().importAll(files);
                } catch (Throwable t) {
                    ended.set(t);
                }
            }, "importing");
            importing.start();
            long until = System.nanoTime() + 60_000_000_000L;
            while (workspace.statements().all().size() < 3 && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            importing.interrupt();
            importing.join(30_000);

            assertThat(importing.isAlive()).isFalse();
            assertThat(ended.get()).isInstanceOf(IllegalStateException.class).hasMessage("The import was interrupted.");
            int stored = workspace.statements().all().size();
            assertThat(stored).isBetween(3, files.size() - 1);
            long perStatement = workspace.commitments().count() / stored;
            assertThat(perStatement).isPositive();
            assertThat(workspace.commitments().count()).isEqualTo((int) (perStatement * stored));
        }
    }

    private void importAndCheck(WorkspaceServices workspace) throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < PARTNERS.size(); i++) {
            files.add(Files.writeString(dir.resolve(String.format("statement-%02d.txt", i)),
                    StatementImporterTest.STATEMENT.replace("Peru", PARTNERS.get(i)), StandardCharsets.UTF_8));
        }
        files.add(4, Files.writeString(dir.resolve("statement-04-empty.txt"), " \n"));
        // The first statement again, with other line ends: found already stored, within the same import.
        files.add(Files.writeString(dir.resolve("statement-99-again.txt"),
                Files.readString(files.get(0)).replace("\n", "\r\n"), StandardCharsets.UTF_8));
        ImportPhases phases = new ImportPhases();

        List<ImportOutcome> outcomes = workspace.imports().importAll(files, phases);

        // One outcome per file, in the files' order: the unreadable one and the refused one reported
        // where they stood, and the statements after them still stored.
        assertThat(outcomes).hasSize(files.size());
        assertThat(outcomes).extracting(ParallelImportTest::fileOf)
                .containsExactlyElementsOf(files.stream().map(f -> f.getFileName().toString()).toList());
        assertThat(outcomes.get(4)).isInstanceOfSatisfying(ImportOutcome.Failed.class,
                failed -> assertThat(failed.problem()).isEqualTo(StatementProblem.EMPTY));
        assertThat(outcomes.get(5)).isInstanceOfSatisfying(ImportOutcome.Failed.class, failed -> {
            assertThat(failed.problem()).isEqualTo(StatementProblem.NOT_SAVED);
            assertThat(failed.reason()).contains("no commitments with " + POISONED);
        });
        List<ImportOutcome.Imported> imported = outcomes.stream()
                .filter(o -> o instanceof ImportOutcome.Imported).map(o -> (ImportOutcome.Imported) o).toList();
        assertThat(imported).hasSize(PARTNERS.size() - 1);
        assertThat(outcomes.get(outcomes.size() - 1)).isInstanceOf(ImportOutcome.AlreadyImported.class);
        // Stored in the files' order: each statement's id is greater than the one before it.
        assertThat(imported).extracting(ImportOutcome.Imported::statementId).isSorted().doesNotHaveDuplicates();
        // Nothing of the refused statement was kept: not its row, its units, nor its partners.
        assertThat(workspace.statements().all()).hasSize(PARTNERS.size() - 1)
                .noneSatisfy(s -> assertThat(s.title() + s.partners()).contains(POISONED));
        long expectedCommitments = imported.stream().mapToLong(ImportOutcome.Imported::commitments).sum();
        assertThat(workspace.commitments().count()).isEqualTo((int) expectedCommitments);
        for (ImportOutcome.Imported one : imported) {
            assertThat(workspace.statements().units(one.statementId())).isNotEmpty()
                    .noneSatisfy(u -> assertThat(u.text()).contains(POISONED));
        }
        // The phase timers saw every part of the import.
        for (ImportPhases.Phase phase : List.of(ImportPhases.Phase.READ, ImportPhases.Phase.EXTRACT,
                ImportPhases.Phase.DUPLICATE_CHECK, ImportPhases.Phase.UNITS, ImportPhases.Phase.COMMITMENTS,
                ImportPhases.Phase.COMMIT)) {
            assertThat(phases.total(phase)).as(phase.name()).isPositive();
        }
    }

    private static String fileOf(ImportOutcome outcome) {
        if (outcome instanceof ImportOutcome.Imported i) {
            return i.fileName();
        }
        if (outcome instanceof ImportOutcome.AlreadyImported a) {
            return a.fileName();
        }
        return ((ImportOutcome.Failed) outcome).fileName();
    }
}
