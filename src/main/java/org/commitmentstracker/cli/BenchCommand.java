package org.commitmentstracker.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.commitmentstracker.bench.ExtractBenchmark;
import org.commitmentstracker.bench.FilterBenchmark;
import org.commitmentstracker.bench.ReportBenchmark;
import org.commitmentstracker.bench.ScaleBenchmark;
import org.commitmentstracker.bench.ImportBenchmark;
import org.commitmentstracker.bench.TeamBenchmark;
import org.commitmentstracker.service.WorkspaceServices;
import java.time.Clock;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bench}: measures extraction and import speed on synthetic statements; prints one line per figure. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures extraction, import, search and filter speed on made-up statements in a scratch folder (your workspace is not touched).")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--statements", paramLabel = "N", defaultValue = "1000",
            description = "How many statements to import (default: ${DEFAULT-VALUE}).")
    int statements;

    @Option(names = "--commitments", paramLabel = "N", defaultValue = "10000",
            description = "How many commitments the search and filter figures run on (default: ${DEFAULT-VALUE}).")
    int commitments;

    @Option(names = "--report-commitments", paramLabel = "N", split = ",", defaultValue = "10000",
            description = "Workspace sizes for the report figures, comma-separated (default: ${DEFAULT-VALUE}).")
    int[] reportCommitments;

    @Option(names = "--scale", paramLabel = "N", split = ",", defaultValue = "1000,10000",
            description = "Workspace sizes for the scale figures (search, filter, memory, cold start), comma-separated "
                    + "(default: ${DEFAULT-VALUE}; the targets name 100000 too).")
    int[] scale;

    @Option(names = "--only", paramLabel = "PART",
            description = "Run one part only: extract, import, filter, report, scale or team.")
    String only;

    @Option(names = "--team-commitments", paramLabel = "N", defaultValue = "100000",
            description = "Workspace size for the team figures (edit and search on SQLite and, with --server, on "
                    + "PostgreSQL; default: ${DEFAULT-VALUE}).")
    int teamCommitments;

    /**
     * {@code --server URL [--user U]}: an EMPTY PostgreSQL database the team figures fill with
     * made-up commitments (the password from PGPASSWORD or asked); {@code --data-dir} is not used.
     */
    @Mixin
    DataDirOption server = new DataDirOption();

    @Option(names = "--app-image", paramLabel = "DIR",
            description = "The packaged app-image whose cold start the scale figures time (default: "
                    + "installer/CommitmentsTracker beside the jar, as `./mvnw package` builds it; the jar when there "
                    + "is none).")
    Path appImage;

    /** Set by the import figures for the JVM they start as the app is: run them here. */
    @Option(names = ImportBenchmark.IN_THIS_JVM, hidden = true)
    boolean inThisJvm;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "200",
            description = "Timed extraction runs after warm-up (default: ${DEFAULT-VALUE}).")
    int runs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        out.printf("machine: %d cores, Java %s, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        if (wanted("extract")) {
            new ExtractBenchmark().run(out, Math.max(100, runs), runs);
        }
        Path scratch = Files.createTempDirectory("commitments-bench");
        try {
            if (wanted("import")) {
                if (inThisJvm) {
                    new ImportBenchmark().run(out, statements, scratch);
                } else {
                    Path jar = appJar();
                    new ImportBenchmark().run(out, statements, scratch, appImage(jar), jar);
                }
            }
            if (wanted("filter")) {
                new FilterBenchmark().run(out, commitments, scratch);
            }
            if (wanted("scale")) {
                Path jar = appJar();
                for (int n : scale) {
                    new ScaleBenchmark().run(out, n, scratch, appImage(jar), jar);
                }
            }
            // The team figures: by --only team, or beside the others when a server is given.
            if (only != null ? only.equals("team") : server.server() != null) {
                try (WorkspaceServices local = WorkspaceServices.open(scratch.resolve("team-workspace"),
                        Clock.systemUTC())) {
                    new TeamBenchmark().run(out, "sqlite", teamCommitments, local.withAgencies());
                }
                if (server.server() == null) {
                    out.println("team: no PostgreSQL figures: give --server jdbc:postgresql://host:port/db --user U "
                            + "(an empty database; PGPASSWORD), see docs/benchmarks.md");
                } else {
                    try (WorkspaceServices team = server.open(Clock.systemUTC())) {
                        new TeamBenchmark().run(out, "postgresql", teamCommitments, team.withAgencies());
                    } catch (IllegalArgumentException | org.commitmentstracker.store.WorkspaceException e) {
                        spec.commandLine().getErr().println("team: no PostgreSQL figures: " + e.getMessage());
                        spec.commandLine().getErr().flush();
                        return 1;
                    }
                }
            }
            if (wanted("report")) {
                for (int n : reportCommitments) {
                    new ReportBenchmark().run(out, n, scratch);
                }
            }
        } finally {
            deleteTree(scratch);
        }
        return 0;
    }

    /** The app-image to measure: --app-image, else the one `./mvnw package` builds beside the jar (null: none). */
    private Path appImage(Path jar) {
        return appImage != null ? appImage
                : jar == null ? null : jar.resolveSibling("installer").resolve("CommitmentsTracker");
    }

    /** The jar this runs from, for starting the desktop app; null when not run from a jar. */
    private static Path appJar() {
        try {
            Path location = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.toString().endsWith(".jar") ? location : null;
        } catch (java.net.URISyntaxException | SecurityException e) {
            return null;
        }
    }

    private boolean wanted(String part) {
        return only == null || only.equals(part);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
