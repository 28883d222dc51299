package org.commitmentstracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.commitmentstracker.store.TestPostgres;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code bench --only team --server URL}: the team figures on SQLite and PostgreSQL, side by side. */
class BenchTeamCommandTest {

    @Test
    void printsTheTeamFiguresOfBothDatabasesAndRefusesAServerWorkspaceThatHoldsCommitments() {
        String url = TestPostgres.newDatabase("benchcli");

        Run first = bench(url);

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("team 100 sqlite: edit (read, compare-and-set", "team 100 sqlite: search",
                "team 100 postgresql: edit (read, compare-and-set", "team 100 postgresql: search");

        Run again = bench(url);

        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err().strip()).isEqualTo("team: no PostgreSQL figures: the team benchmark fills the "
                + "workspace with made-up commitments: give it an empty one (this one holds 100)");
    }

    private static Run bench(String url) {
        BenchCommand bench = new BenchCommand();
        bench.server.environment = Map.of("PGPASSWORD", "not asked by the test server");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(bench);
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        int code = line.execute("--only", "team", "--team-commitments", "100", "--server", url, "--user", "postgres");
        return new Run(code, out.toString(), err.toString());
    }
}
