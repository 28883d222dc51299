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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
            "-XX:MaxHeapFreeRatio=30", "-XX:G1PeriodicGCInterval=5000", "-XX:InlineSmallCode=1000");

    /**
     * @param appImage the packaged app-image to start for the cold-start figure, or null
     * @param appJar   the application jar, started when there is no image; null (and no image) to skip it
     */
    public void run(PrintWriter out, int commitments, Path scratch, Path appImage, Path appJar) {
        Path folder = scratch.resolve("scale-workspace-" + commitments);
        try (WorkspaceServices workspace = WorkspaceServices.open(folder, Clock.systemUTC())) {
            long fillStart = System.nanoTime();
            int stored = SyntheticWorkspace.fill(workspace, commitments);
            // The everyday start: the officer's name is known (a first start asks it in a dialog).
            workspace.settings().setAuthor("Bench officer");
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
        Optional<PackagedApp> image = appImage == null ? Optional.empty()
                : PackagedApp.image(appImage);
        if (image.isPresent() || appJar != null) {
            coldStart(out, commitments, folder, image.orElseGet(() -> PackagedApp.jar(appJar)), scratch);
        }
        out.flush();
    }

    /**
     * Starts the app on the workspace as officers start it (the app-image's launcher when one was built) and reads
     * when its first window was painted with its rows, and its memory; beside it, in the same run, the floor: a
     * small JavaFX window ({@link FloorWindow}) on the same runtime, with its own AOT cache when the app has one.
     */
    private void coldStart(PrintWriter out, int commitments, Path folder, PackagedApp app, Path scratch) {
        if (System.getenv("DISPLAY") == null && !System.getProperty("os.name").startsWith("Windows")
                && !System.getProperty("os.name").startsWith("Mac")) {
            out.printf("scale %d: cold start skipped: no display (run under Xvfb: xvfb-run java -jar ... bench)%n",
                    commitments);
            return;
        }
        try {
            List<String> floor = floorCommand(app, scratch);
            List<Long> appMs = new ArrayList<>();
            List<Long> floorMs = new ArrayList<>();
            long resident = -1;
            long settled = -1;
            for (int run = 0; run < COLD_RUNS; run++) {
                Started started = startAndWait(appCommand(app, folder), app.isImage(), run == 0 ? SETTLED_MS : 0);
                appMs.add(started.ms());
                resident = Math.max(resident, started.residentMb());
                settled = Math.max(settled, started.settledMb());
                floorMs.add(startAndWait(floor, false, -1).ms());
            }
            long appMedian = median(appMs);
            long floorMedian = median(floorMs);
            out.printf("scale %d: cold start of the %s (%s%s) to its first painted window with its rows: median %d ms "
                            + "(runs %s); floor, a small JavaFX window on the same runtime%s: median %d ms (runs %s); "
                            + "ratio %.1f; resident memory of the running app %d MB 2 s after, %d MB once settled "
                            + "(%d s after)%n", commitments,
                    app.isImage() ? "packaged app-image" : "jar", "Java " + app.runtimeVersion(),
                    app.aotCache().isPresent() ? ", with its AOT cache" : ", no AOT cache", appMedian, appMs,
                    app.aotCache().isPresent() ? " with its own AOT cache" : "", floorMedian, floorMs,
                    appMedian / (double) Math.max(1, floorMedian), resident, settled, SETTLED_MS / 1000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final int COLD_RUNS = 3;

    private static List<String> appCommand(PackagedApp app, Path folder) {
        List<String> command = new ArrayList<>();
        if (app.isImage()) {
            command.add(app.launcher().toString());
        } else {
            command.add(app.java().toString());
            command.addAll(app.javaOptions());
            command.addAll(List.of("-Dcommitments.timing=true", "-jar", app.classPath()));
        }
        command.addAll(List.of("--data-dir", folder.toString()));
        return command;
    }

    /** The floor's command; when the app has an AOT cache, the floor's own is trained first (once per run). */
    private static List<String> floorCommand(PackagedApp app, Path scratch) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(app.java().toString());
        command.addAll(app.optionsWithoutCache());
        command.addAll(List.of("-Dfloor.exitAfterPaint=true", "-cp", app.classPath()));
        if (app.aotCache().isPresent()) {
            Path cache = scratch.resolve("floor.aot");
            if (!Files.exists(cache)) {
                List<String> training = new ArrayList<>(command);
                training.add(1, "-XX:AOTCacheOutput=" + cache);
                training.add(2, "-Xlog:aot=error");
                training.add(FloorWindow.class.getName());
                Process p = new ProcessBuilder(training).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
            // Without its cache the floor would start slower and flatter the ratio: no cache, no figure.
            if (!Files.isRegularFile(cache)) {
                throw new IllegalStateException("the floor's AOT training run wrote no cache at " + cache);
            }
            command.add(1, PackagedApp.AOT_CACHE_OPTION + cache);
        }
        command.add(FloorWindow.class.getName());
        return command;
    }

    /**
     * The running app's memory is read again once settled: the first load's burst is given back by G1's periodic
     * collection ({@code -XX:G1PeriodicGCInterval}) once the app is idle.
     */
    private static final long SETTLED_MS = 40_000;

    private record Started(long ms, long residentMb, long settledMb) {
    }

    /**
     * Starts the command and waits for its "first window painted" line; the app is then let settle 2 s (the
     * dashboard loads after the table) for its memory and stopped; the floor ends by itself.
     *
     * @param settleMs for the app: also read its memory this long after the paint (0: only 2 s after); -1 for the floor
     */
    private static Started startAndWait(List<String> command, boolean timingByEnvironment, long settleMs)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (timingByEnvironment) {
            // The image's launcher takes no JVM options on its command line; the JVM reads this one itself.
            builder.environment().put("JAVA_TOOL_OPTIONS", "-D" + "commitments.timing=true");
        }
        Process process = builder.start();
        // A window that never paints (a toolkit that cannot start, say) prints nothing more: stopped at the deadline,
        // its output ends and the wait below with it.
        java.util.concurrent.CompletableFuture.delayedExecutor(120, TimeUnit.SECONDS).execute(process::destroyForcibly);
        java.util.Deque<String> last = new java.util.ArrayDeque<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                last.addLast(line);
                if (last.size() > 5) {
                    last.removeFirst();
                }
                if (line.contains(FloorWindow.LINE) || line.contains("timing: first window painted")) {
                    long ms = Long.parseLong(line.replaceAll(".* after (\\d+) ms.*", "$1"));
                    long resident = -1;
                    long settled = -1;
                    if (settleMs >= 0) {
                        Thread.sleep(2_000);
                        resident = residentMb(process.pid());
                        if (settleMs > 2_000) {
                            Thread.sleep(settleMs - 2_000);
                            settled = residentMb(process.pid());
                        }
                    }
                    return new Started(ms, resident, settled);
                }
            }
            throw new IllegalStateException("no first painted window from " + command.get(0) + " within 120 s; "
                    + "its last lines: " + String.join(" | ", last));
        } finally {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
            process.destroyForcibly();
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
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
