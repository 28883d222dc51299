package org.commitmentstracker.bench;

import java.io.PrintWriter;
import java.util.Arrays;
import org.commitmentstracker.bundled.SectorOwners;
import org.commitmentstracker.extract.StatementExtractor;
import org.commitmentstracker.extract.read.SourceText;

/** Time to extract one 30 KB statement, warm: median and 95th percentile over many runs. */
public final class ExtractBenchmark {
    static final int SIZE = 30_000;

    public void run(PrintWriter out, int warmups, int runs) {
        StatementExtractor extractor = new StatementExtractor(SectorOwners.bundled());
        SyntheticStatements statements = new SyntheticStatements(42);
        SourceText english = new SourceText("bench-en.txt", statements.statement(1, false, SIZE), null, "txt");
        SourceText vietnamese = new SourceText("bench-vi.txt", statements.statement(2, true, SIZE), null, "txt");
        for (int i = 0; i < warmups; i++) {
            extractor.extract(i % 2 == 0 ? english : vietnamese);
        }
        long[] nanos = new long[runs];
        long units = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            units += extractor.extract(i % 2 == 0 ? english : vietnamese).units().size();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        out.printf("extract: 30 KB statement (en/vi alternating, %d warm runs, %d units each on average): "
                        + "median %.2f ms, p95 %.2f ms%n",
                runs, units / runs, nanos[runs / 2] / 1e6, nanos[(int) (runs * 0.95)] / 1e6);
        out.flush();
    }
}
