package org.commitmentstracker.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commitmentstracker.service.StatementImportService;
import org.commitmentstracker.service.WorkspaceServices;
import org.commitmentstracker.importing.ImportOutcome;
import org.commitmentstracker.model.ImportPhases;
import org.commitmentstracker.model.ImportPhases.Phase;

/**
 * Imports N statement files (about 8 KB each, English and Vietnamese) into a new, empty workspace. Run as officers'
 * imports run: in a JVM started as the app is (the packaged app-image's runtime, AOT cache and launcher options when
 * one was built; else the jar with the app's options), the floor timed in that same JVM.
 */
public final class ImportBenchmark {
    static final int SIZE = 8_000;
    /** How many times the floor is timed (its median is the one compared). */
    static final int FLOOR_RUNS = 3;
    /** How many rounds are timed with the JIT warm, each against its floor (the median ratio is the figure). */
    static final int WARM_ROUNDS = 3;

    /** The {@code bench} option that runs the import in the JVM it is given to, not in a new one. */
    public static final String IN_THIS_JVM = "--in-this-jvm";

    /**
     * Runs the import figures in a JVM started as the app is: the app-image at {@code appImage} when there is one,
     * else {@code appJar} on this Java with the app's options; in this JVM when neither is there (run from classes).
     */
    public void run(PrintWriter out, int count, Path scratch, Path appImage, Path appJar) {
        Optional<PackagedApp> image = appImage == null ? Optional.empty() : PackagedApp.image(appImage);
        if (image.isEmpty() && appJar == null) {
            out.printf("import: in this JVM (Java %s; not run from the jar, so not with the app's options)%n",
                    System.getProperty("java.version"));
            run(out, count, scratch);
            return;
        }
        PackagedApp app = image.orElseGet(() -> PackagedApp.jar(appJar));
        out.printf("import: in a JVM started as the app is: %s, Java %s, options %s%n",
                app.isImage() ? "the packaged app-image's runtime" : "the jar", app.runtimeVersion(),
                String.join(" ", app.javaOptions()));
        out.flush();
        List<String> command = new ArrayList<>();
        command.add(app.java().toString());
        command.addAll(app.javaOptions());
        command.addAll(List.of("-cp", app.classPath(), "org.commitmentstracker.Launcher", "bench", "--only", "import",
                "--statements", Integer.toString(count), IN_THIS_JVM));
        try {
            Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    out.println(line);
                    out.flush();
                }
            }
            int exit = child.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("the import's JVM ended with exit code " + exit);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

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
            // Each round into a new workspace: first in a fresh JVM (the JIT compiling the extractor as it goes),
            // then again with the JIT warm, as in an app that has imported before, each warm round beside its own
            // floor: the machine's speed moves within a minute by more than a change to the import does, so one warm
            // round against its floor is one sample, and the median of the warm rounds' ratios is the figure.
            double coldSeconds = 0;
            double coldRepeatSeconds = 0;
            List<Double> warmRatios = new ArrayList<>();
            for (int round = 1; round <= 1 + WARM_ROUNDS; round++) {
                boolean warm = round > 1;
                out.printf("import, %s:%n", warm ? "round " + round + ", the JIT warm (as in an app that imported before)"
                        : "first round, in a fresh JVM (the JIT compiling as it goes)");
                try (WorkspaceServices workspace = WorkspaceServices.open(scratch.resolve("workspace-" + round),
                        Clock.systemUTC())
                        .withAgencies()) {
                    StatementImportService importer = workspace.imports();
                    ImportPhases phases = new ImportPhases();
                    long start = System.nanoTime();
                    long startCpu = ImportPhases.processCpu();
                    long startGc = gcMillis();
                    long startJit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
                    List<ImportOutcome> outcomes = importer.importAll(List.of(files), phases);
                    double seconds = (System.nanoTime() - start) / 1e9;
                    double cpuSeconds = (ImportPhases.processCpu() - startCpu) / 1e9;
                    double gcSeconds = (gcMillis() - startGc) / 1e3;
                    double jitSeconds = (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - startJit) / 1e3;
                    long imported = outcomes.stream().filter(o -> o instanceof ImportOutcome.Imported).count();
                    int commitments = workspace.commitments().count();
                    out.printf("import: %d statements (%.1f MB of text, %d commitments) into an empty workspace: "
                                    + "%.1f s, %.0f statements/s, %.2f MB/s%n",
                            imported, bytes / 1e6, commitments, seconds, imported / seconds, bytes / 1e6 / seconds);
                    printPhases(out, phases);
                    int cores = Runtime.getRuntime().availableProcessors();
                    out.printf("import: the process used %.1f s of processor (the JIT compilers' included: they ran for "
                                    + "%.1f s; the collector's pauses %.1f s), %.1f s of wall clock on %d idle cores at best; the machine's "
                                    + "load average at the end: %.1f%n",
                            cpuSeconds, jitSeconds, gcSeconds, cpuSeconds / cores, cores,
                            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                    out.flush();
                    // Finding repeats (step 13) comes after the statements are stored; the floor finds none.
                    double repeatSeconds = phases.total(Phase.REPEATS).toNanos() / 1e9;
                    if (!warm) {
                        coldSeconds = seconds;
                        coldRepeatSeconds = repeatSeconds;
                        continue;
                    }
                    // The floor moves with the machine's disk and neighbours by more than the import does: the median
                    // of a few runs, each into a new store.
                    List<ImportFloor.Time> floors = new ArrayList<>();
                    for (int run = 1; run <= FLOOR_RUNS; run++) {
                        floors.add(ImportFloor.time(workspace.storeFile(), scratch.resolve("floor-" + round + "-" + run), true));
                    }
                    floors.sort(java.util.Comparator.comparingDouble(ImportFloor.Time::seconds));
                    ImportFloor.Time floor = floors.get(floors.size() / 2);
                    ImportFloor.Time bare = ImportFloor.time(workspace.storeFile(), scratch.resolve("floor-bare-" + round), false);
                    out.printf("import floor: the same rows through plain JDBC, one transaction per statement: %.1f s "
                                    + "(%.1f s of processor; the median of %d runs: %s s), %.0f statements/s; without the "
                                    + "full-text trigger %.1f s (%.1f)%n",
                            floor.seconds(), floor.cpuSeconds(), floors.size(), String.join(", ", floors.stream()
                                    .map(f -> String.format("%.1f", f.seconds())).toList()),
                            imported / floor.seconds(), bare.seconds(), bare.cpuSeconds());
                    out.printf("import, this round: %.1f times its floor with the JIT warm, finding repeats included; the statements "
                                    + "stored (before the repeats are looked for) %.1f times (%.1f and %.1f times in the first "
                                    + "round, in a fresh JVM), reading and extraction included; storing alone %.1f times its "
                                    + "processor time%n",
                            seconds / floor.seconds(), (seconds - repeatSeconds) / floor.seconds(),
                            coldSeconds / floor.seconds(), (coldSeconds - coldRepeatSeconds) / floor.seconds(),
                            phases.processorTime(Phase.DUPLICATE_CHECK).plus(phases.processorTime(Phase.STATEMENT))
                                    .plus(phases.processorTime(Phase.UNITS)).plus(phases.processorTime(Phase.COMMITMENTS))
                                    .plus(phases.processorTime(Phase.COMMIT)).toNanos() / 1e9 / floor.cpuSeconds());
                    warmRatios.add(seconds / floor.seconds());
                }
            }
            List<Double> sorted = warmRatios.stream().sorted().toList();
            out.printf("import: %.1f times the floor, the median of the %d warm rounds, each against its own floor (%s), "
                            + "finding repeats included%n", sorted.get(sorted.size() / 2), sorted.size(),
                    String.join(", ", warmRatios.stream().map(r -> String.format("%.1f", r)).toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        out.flush();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
    }

    /**
     * Where the time went: reading and extraction summed over the threads that ran them, storing on
     * its one thread; each as wall-clock seconds and, in brackets, processor seconds.
     */
    private static void printPhases(PrintWriter out, ImportPhases phases) {
        out.printf("import phases, seconds of wall clock (of processor), summed over threads: reading %s, "
                        + "extraction %s, draft %s; storing thread: waiting for extraction %s, duplicate check %s, "
                        + "statement and partners %s, units %s, commitments with full text %s, commit %s; "
                        + "storing in all %s; finding repeats (after) %s%n",
                figure(phases, Phase.READ), figure(phases, Phase.EXTRACT), figure(phases, Phase.DRAFT),
                figure(phases, Phase.WAIT), figure(phases, Phase.DUPLICATE_CHECK), figure(phases, Phase.STATEMENT),
                figure(phases, Phase.UNITS), figure(phases, Phase.COMMITMENTS), figure(phases, Phase.COMMIT),
                figure(phases, Phase.DUPLICATE_CHECK, Phase.STATEMENT, Phase.UNITS, Phase.COMMITMENTS, Phase.COMMIT),
                figure(phases, Phase.REPEATS));
    }

    private static String figure(ImportPhases phases, Phase... summed) {
        double wall = 0;
        double cpu = 0;
        for (Phase phase : summed) {
            wall += phases.total(phase).toNanos() / 1e9;
            cpu += phases.processorTime(phase).toNanos() / 1e9;
        }
        return String.format("%.2f (%.2f)", wall, cpu);
    }
}
