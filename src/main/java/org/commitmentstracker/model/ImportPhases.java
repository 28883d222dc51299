package org.commitmentstracker.model;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Where an import's time goes: nanoseconds summed per phase, across the threads that ran it.
 * The import pipeline adds to it; a benchmark reads it. Nothing is printed or logged here.
 * Safe to add to from several threads.
 */
public final class ImportPhases {
    /** The parts of an import, in the order a statement goes through them. */
    public enum Phase {
        /** Reading a file and turning it into text (on the reading threads). */
        READ,
        /** Finding units and commitments in the text (on the reading threads). */
        EXTRACT,
        /** Turning an extraction into what the store keeps, its content hash included. */
        DRAFT,
        /** The storing thread waiting for the next file to be read and analysed. */
        WAIT,
        /** Beginning the transaction and checking whether the statement is already stored. */
        DUPLICATE_CHECK,
        /** Inserting the statement's own row and its partners. */
        STATEMENT,
        /** Inserting the units (paragraphs). */
        UNITS,
        /** Inserting the commitments, their full-text rows included. */
        COMMITMENTS,
        /** Committing the transaction. */
        COMMIT,
        /** Linking the imported commitments to the earlier ones of the same partners they repeat (once, at the end). */
        REPEATS
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final AtomicLongArray nanos = new AtomicLongArray(Phase.values().length);
    private final AtomicLongArray cpuNanos = new AtomicLongArray(Phase.values().length);

    /** A moment on the current thread: its wall clock and the processor time it has used. */
    public record Mark(long nanos, long cpuNanos) {
    }

    /** Now, on the current thread. */
    public static Mark mark() {
        return new Mark(System.nanoTime(), cpu());
    }

    /** Adds the time since {@code start} (taken on this thread) to the phase; returns now. */
    public Mark add(Phase phase, Mark start) {
        return add(phase, start, mark());
    }

    /**
     * Now, for a phase that spreads over several threads while the import does nothing else (finding repeats):
     * the processor time of the whole process.
     */
    public static Mark markProcess() {
        return new Mark(System.nanoTime(), processCpu());
    }

    /** Adds the time since {@code start} (taken by {@link #markProcess}) to the phase. */
    public void addProcess(Phase phase, Mark start) {
        add(phase, start, markProcess());
    }

    private Mark add(Phase phase, Mark start, Mark now) {
        nanos.addAndGet(phase.ordinal(), now.nanos() - start.nanos());
        cpuNanos.addAndGet(phase.ordinal(), now.cpuNanos() - start.cpuNanos());
        return now;
    }

    /** The wall-clock time of the phase, summed over the threads that ran it. */
    public Duration total(Phase phase) {
        return Duration.ofNanos(nanos.get(phase.ordinal()));
    }

    /**
     * The processor time of the phase, summed over the threads that ran it: what it costs whatever
     * else the machine runs (its wall-clock time also counts waiting for a processor).
     */
    public Duration processorTime(Phase phase) {
        return Duration.ofNanos(cpuNanos.get(phase.ordinal()));
    }

    /**
     * The process's processor time so far. From java.base: the packaged app's runtime has no jdk.management, whose
     * {@code com.sun.management} bean made its {@code import} command fail.
     */
    public static long processCpu() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    private static long cpu() {
        long cpu = THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
        return Math.max(cpu, 0);
    }
}
