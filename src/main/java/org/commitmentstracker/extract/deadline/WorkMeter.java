package org.commitmentstracker.extract.deadline;

/**
 * Counts, per thread, the characters the sentence and phrase readers walk and the places the
 * date scanner tries a pattern: a measure of the extractor's work that does not depend on the
 * machine, so a test can tell linear from quadratic growth without timing anything.
 */
public final class WorkMeter {
    private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

    private WorkMeter() {
    }

    /** Adds work: characters read, or pattern tries. */
    public static void add(long units) {
        COUNT.get()[0] += units;
    }

    /** The work done on this thread since the last {@link #reset()}. */
    public static long read() {
        return COUNT.get()[0];
    }

    public static void reset() {
        COUNT.get()[0] = 0;
    }
}
