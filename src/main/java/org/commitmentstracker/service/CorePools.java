package org.commitmentstracker.service;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** Pools of one daemon thread per core for a long piece of work (an import's reading, finding repeats). */
final class CorePools {
    private CorePools() {
    }

    /** How many threads {@link #onEveryCore} starts. */
    static int cores() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** A pool of {@link #cores()} daemon threads named {@code name-1}, {@code name-2}…; shut it down when done. */
    static ExecutorService onEveryCore(String name) {
        AtomicInteger numbers = new AtomicInteger();
        return Executors.newFixedThreadPool(cores(), runnable -> {
            Thread thread = new Thread(runnable, name + "-" + numbers.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
