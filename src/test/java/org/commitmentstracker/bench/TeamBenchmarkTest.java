package org.commitmentstracker.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Locale;
import org.commitmentstracker.service.WorkspaceServices;
import org.commitmentstracker.store.TestPostgres;
import org.junit.jupiter.api.Test;

/** The team figures (edit and search p95) on the embedded PostgreSQL, at a small size. */
class TeamBenchmarkTest {

    @Test
    void printsEditAndSearchFiguresAndRefusesAWorkspaceThatHoldsCommitments() {
        String url = TestPostgres.newDatabase("teambench");
        StringWriter printed = new StringWriter();
        try (WorkspaceServices server = WorkspaceServices.openServer(url, "postgres", null, Clock.systemUTC(),
                Locale.ENGLISH, "bench").withAgencies()) {
            new TeamBenchmark().run(new PrintWriter(printed), "postgresql", 500, server);

            assertThat(printed.toString())
                    .containsPattern("team 500 postgresql: edit \\(read, compare-and-set .*\\) median [0-9.]+ ms, p95 [0-9.]+ ms")
                    .containsPattern("team 500 postgresql: search \\(store full-text query\\) median [0-9.]+ ms, p95 [0-9.]+ ms");
            assertThat(server.commitments().count()).isEqualTo(500);
            assertThatThrownBy(() -> new TeamBenchmark().run(new PrintWriter(new StringWriter()), "postgresql", 500,
                    server)).hasMessageContaining("give it an empty one (this one holds 500)");
        }
    }
}
