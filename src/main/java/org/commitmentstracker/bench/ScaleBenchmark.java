package org.commitmentstracker.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.commitmentstracker.service.CommitmentService;
import org.commitmentstracker.service.WorkspaceServices;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.TaskRunner;
import org.commitmentstracker.ui.commitments.CommitmentsViewModel;
import org.commitmentstracker.ui.detail.CommitmentDetailViewModel;

/**
 * Search, filter, memory and cold start at N commitments (with histories), through the
 * table's own ViewModel, beside the floor SQLite sets: the same FTS query through plain JDBC.
 */
public final class ScaleBenchmark {
    private static final int RUNS = 40;
    /** The JVM options the packaged app runs with (installer/jpackage/common.txt). */
    static final List<String> APP_JVM_OPTIONS = List.of("-Xmx512m", "-XX:GCTimeRatio=4", "-XX:MinHeapFreeRatio=10",
            "-XX:MaxHeapFreeRatio=30");

    /** @param appJar the application jar, to start the app for the cold-start figure; null to skip it */
    public void run(PrintWriter out, int commitments, Path scratch, Path appJar) {
        Path folder = scratch.resolve("scale-workspace-" + commitments);
        try (WorkspaceServices workspace = WorkspaceServices.open(folder, Clock.systemUTC())) {
            long fillStart = System.nanoTime();
            int stored = SyntheticWorkspace.fill(workspace, commitments);
            out.printf("scale %d: workspace with histories made in %.1f s%n", stored, (System.nanoTime() - fillStart) / 1e9);
            CommitmentService repository = workspace.commitments();
            CommitmentsViewModel vm = new CommitmentsViewModel(repository::overview, repository::matching,
                    TaskRunner.sameThread(), new Messages(Locale.ENGLISH), Clock.systemUTC());
            long loadStart = System.nanoTime();
            vm.refresh();
            out.printf("scale %d: table loaded in %.0f ms%n", stored, (System.nanoTime() - loadStart) / 1e6);
            Latency searching = Latency.searches(vm, RUNS);
            Latency filtering = Latency.filters(vm, RUNS);
            Latency floor = floor(workspace.storeFile());
            out.printf("scale %d: search median %.1f ms, p95 %.1f ms; SQLite floor (same FTS query, plain JDBC) "
                            + "median %.1f ms, p95 %.1f ms; ratio at p95 %.1f%n", stored, searching.medianMs(),
                    searching.p95Ms(), floor.medianMs(), floor.p95Ms(), searching.p95Ms() / Math.max(0.001, floor.p95Ms()));
            out.printf("scale %d: filter median %.1f ms, p95 %.1f ms%n", stored, filtering.medianMs(), filtering.p95Ms());
            // As the window wires them: the pane's save hands the table the row as now stored.
            CommitmentDetailViewModel pane = new CommitmentDetailViewModel(repository, TaskRunner.sameThread(),
                    new Messages(Locale.ENGLISH), Clock.systemUTC(), () -> "bench", vm::replace, uri -> { });
            Latency editing = Latency.edits(vm, pane, RUNS);
            out.printf("scale %d: edit shown in table (status saved, its row replaced) median %.1f ms, p95 %.1f ms%n",
                    stored, editing.medianMs(), editing.p95Ms());
            System.gc();
            out.printf("scale %d: this JVM with the table's rows loaded: resident %d MB, heap used %d MB%n", stored,
                    residentMb(ProcessHandle.current().pid()),
                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024));
            out.flush();
        }
        if (appJar != null) {
            coldStart(out, commitments, folder, appJar);
        }
        out.flush();
    }

    /** Starts the desktop app on the workspace and reads when its first window was painted, and its memory. */
    private void coldStart(PrintWriter out, int commitments, Path folder, Path appJar) {
        if (System.getenv("DISPLAY") == null && !System.getProperty("os.name").startsWith("Windows")
                && !System.getProperty("os.name").startsWith("Mac")) {
            out.printf("scale %d: cold start skipped: no display (run under Xvfb: xvfb-run java -jar ... bench)%n",
                    commitments);
            return;
        }
        try {
            List<String> command = new java.util.ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(APP_JVM_OPTIONS);
            command.addAll(List.of("-Dcommitments.timing=true", "-jar", appJar.toString(), "--data-dir", folder.toString()));
            Process app = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(app.getInputStream(),
                    StandardCharsets.UTF_8))) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                String line;
                while (System.nanoTime() < deadline && (line = lines.readLine()) != null) {
                    if (line.contains("timing: first window painted")) {
                        Thread.sleep(2_000); // let it settle: the dashboard and the table are both loaded
                        out.printf("scale %d: cold start, %s; resident memory of the running app %d MB%n", commitments,
                                line.substring(line.indexOf("first window")), residentMb(app.pid()));
                        break;
                    }
                }
            } finally {
                app.destroy();
                app.waitFor(10, TimeUnit.SECONDS);
                app.destroyForcibly();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The same FTS queries through plain JDBC: what SQLite itself needs. */
    private static Latency floor(Path store) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store);
             PreparedStatement query = c.prepareStatement(
                     "SELECT rowid FROM commitment_search WHERE commitment_search MATCH ?")) {
            return Latency.of(RUNS, i -> {
                try {
                    StringBuilder match = new StringBuilder();
                    for (String word : Latency.QUERIES.get(i % Latency.QUERIES.size()).split(" ")) {
                        match.append('"').append(word).append("\"* ");
                    }
                    query.setString(1, match.toString().strip());
                    try (ResultSet rs = query.executeQuery()) {
                        while (rs.next()) {
                            rs.getLong(1);
                        }
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Resident memory of a process (Linux /proc); -1 where it cannot be read. */
    static long residentMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
