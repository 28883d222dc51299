package org.commitmentstracker.bench;

import java.io.PrintWriter;
import java.util.Arrays;
import org.commitmentstracker.bundled.SectorOwners;
import org.commitmentstracker.extract.StatementExtractor;
import org.commitmentstracker.extract.read.SourceText;

/**
 * Time to extract one 30 KB statement, warm: median and 95th percentile over many runs; then the
 * worst case, a 90,000-character paragraph with no sentence end (with dates and without).
 */
public final class ExtractBenchmark {
    static final int SIZE = 30_000;
    static final int WORST_SIZE = 90_000;
    private static final int WORST_RUNS = 5;

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
        worstCase(out, extractor);
        out.flush();
    }

    /** The worst case beside the typical one: a 90,000-character paragraph with no sentence end. */
    private static void worstCase(PrintWriter out, StatementExtractor extractor) {
        for (boolean dates : new boolean[] {true, false}) {
            SourceText dense = new SourceText("dense.txt", DenseParagraphs.statement(WORST_SIZE, dates), null, "txt");
            long first = time(extractor, dense);
            long best = Long.MAX_VALUE;
            for (int i = 0; i < WORST_RUNS; i++) {
                best = Math.min(best, time(extractor, dense));
            }
            out.printf("extract worst case: one 90,000-character paragraph, no sentence end, %s: "
                    + "first run %.0f ms, best of %d warm runs %.0f ms%n",
                    dates ? "full of dates" : "no dates", first / 1e6, WORST_RUNS, best / 1e6);
        }
    }

    private static long time(StatementExtractor extractor, SourceText text) {
        long start = System.nanoTime();
        extractor.extract(text);
        return System.nanoTime() - start;
    }
}
