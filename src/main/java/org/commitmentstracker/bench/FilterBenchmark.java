package org.commitmentstracker.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.commitmentstracker.service.CommitmentService;
import org.commitmentstracker.service.StatementImportService;
import org.commitmentstracker.service.WorkspaceServices;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.TaskRunner;
import org.commitmentstracker.ui.commitments.CommitmentsViewModel;

/**
 * Search and filter latency at desk scale, through the commitments table's own ViewModel
 * (store search, then the filters over the loaded rows), run on the calling thread.
 */
public final class FilterBenchmark {

    public void run(PrintWriter out, int commitments, Path scratch) {
        try {
            Path files = Files.createDirectories(scratch.resolve("filter-statements"));
            SyntheticStatements statements = new SyntheticStatements(11);
            try (WorkspaceServices workspace = WorkspaceServices.open(scratch.resolve("filter-workspace"),
                    Clock.systemUTC()).withAgencies()) {
                CommitmentService repository = workspace.commitments();
                StatementImportService importer = workspace.imports();
                for (int i = 0; repository.count() < commitments; i++) {
                    Path file = files.resolve("s" + i + ".txt");
                    Files.writeString(file, statements.statement(i, i % 2 == 1, 8_000));
                    importer.importAll(List.of(file));
                }
                CommitmentsViewModel vm = new CommitmentsViewModel(repository::overview, repository::matching,
                        TaskRunner.sameThread(), new Messages(Locale.ENGLISH), Clock.systemUTC());
                long loadStart = System.nanoTime();
                vm.refresh();
                double loadMs = (System.nanoTime() - loadStart) / 1e6;
                Latency searching = Latency.searches(vm, 60);
                Latency filtering = Latency.filters(vm, 60);
                out.printf("table: %d commitments loaded into the table's ViewModel in %.0f ms%n",
                        repository.count(), loadMs);
                out.printf("search (diacritic-insensitive, FTS5 + filters): median %.1f ms, p95 %.1f ms%n",
                        searching.medianMs(), searching.p95Ms());
                out.printf("filter (status, overdue): median %.1f ms, p95 %.1f ms%n",
                        filtering.medianMs(), filtering.p95Ms());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }
}
