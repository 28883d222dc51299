package org.commitmentstracker.model;

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
        COMMIT
    }

    private final AtomicLongArray nanos = new AtomicLongArray(Phase.values().length);

    /** Adds the time since {@code startNanos} (a {@link System#nanoTime()}) to the phase; returns now. */
    public long add(Phase phase, long startNanos) {
        long now = System.nanoTime();
        nanos.addAndGet(phase.ordinal(), now - startNanos);
        return now;
    }

    public Duration total(Phase phase) {
        return Duration.ofNanos(nanos.get(phase.ordinal()));
    }
}
