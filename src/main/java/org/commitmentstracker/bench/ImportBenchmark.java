package org.commitmentstracker.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.commitmentstracker.service.StatementImportService;
import org.commitmentstracker.service.WorkspaceServices;
import org.commitmentstracker.importing.ImportOutcome;
import org.commitmentstracker.model.ImportPhases;
import org.commitmentstracker.model.ImportPhases.Phase;

/** Imports N statement files (about 8 KB each, English and Vietnamese) into a new, empty workspace. */
public final class ImportBenchmark {
    static final int SIZE = 8_000;

    public void run(PrintWriter out, int count, Path scratch) {
        try {
            Path files = Files.createDirectories(scratch.resolve("statements"));
            SyntheticStatements statements = new SyntheticStatements(7);
            long bytes = 0;
            for (int i = 0; i < count; i++) {
                String text = statements.statement(i, i % 2 == 1, SIZE);
                bytes += text.getBytes(StandardCharsets.UTF_8).length;
                Files.writeString(files.resolve(String.format("statement-%05d.txt", i)), text);
            }
            try (WorkspaceServices workspace = WorkspaceServices.open(scratch.resolve("workspace"), Clock.systemUTC())
                    .withAgencies()) {
                StatementImportService importer = workspace.imports();
                long start = System.nanoTime();
                ImportPhases phases = new ImportPhases();
                List<ImportOutcome> outcomes = importer.importAll(List.of(files), phases);
                double seconds = (System.nanoTime() - start) / 1e9;
                long imported = outcomes.stream().filter(o -> o instanceof ImportOutcome.Imported).count();
                int commitments = workspace.commitments().count();
                out.printf("import: %d statements (%.1f MB of text, %d commitments) into an empty workspace: "
                                + "%.1f s, %.0f statements/s, %.2f MB/s%n",
                        imported, bytes / 1e6, commitments, seconds, imported / seconds, bytes / 1e6 / seconds);
                printPhases(out, phases);
                out.flush();
                double floor = ImportFloor.seconds(workspace.storeFile(), scratch.resolve("floor"));
                double bare = ImportFloor.seconds(workspace.storeFile(), scratch.resolve("floor-without-search"), false);
                out.printf("import floor: the same rows through plain JDBC, one transaction per statement: %.1f s, "
                        + "%.0f statements/s (%.1f s of it the full-text trigger); the import (reading and extraction "
                        + "included) takes %.1f times that%n",
                        floor, imported / floor, floor - bare, seconds / floor);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        out.flush();
    }

    /** Where the time went: reading and extraction summed over the threads that ran them, storing on its one thread. */
    private static void printPhases(PrintWriter out, ImportPhases phases) {
        out.printf("import phases (seconds summed over threads): reading %.2f, extraction %.2f, draft %.2f; "
                        + "storing thread: waiting for extraction %.2f, duplicate check %.2f, statement and partners %.2f, "
                        + "units %.2f, commitments with full text %.2f, commit %.2f%n",
                secs(phases, Phase.READ), secs(phases, Phase.EXTRACT), secs(phases, Phase.DRAFT),
                secs(phases, Phase.WAIT), secs(phases, Phase.DUPLICATE_CHECK), secs(phases, Phase.STATEMENT),
                secs(phases, Phase.UNITS), secs(phases, Phase.COMMITMENTS), secs(phases, Phase.COMMIT));
    }

    private static double secs(ImportPhases phases, Phase phase) {
        return phases.total(phase).toNanos() / 1e9;
    }
}
