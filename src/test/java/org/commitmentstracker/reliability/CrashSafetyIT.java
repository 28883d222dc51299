package org.commitmentstracker.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the app's import, and separately a burst of status edits, in a child JVM at random
 * moments ({@code destroyForcibly}, a kill -9), 50 times each, one workspace for each kept across
 * its kills. After every kill the store must pass {@code PRAGMA integrity_check}, hold no
 * statement without all its units and commitments, and hold every edit the child was told was
 * saved. The figures go to stdout and to target/reliability/crash-safety.txt;
 * {@code -Dcrash.seed=N} repeats a run's random choices (the kills still land where the
 * machine's speed puts them) and {@code -Dcrash.kills=N} changes the count.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashSafetyIT {
    static final Path SUMMARY = Path.of("target", "reliability", "crash-safety.txt");
    static final int KILLS = Integer.getInteger("crash.kills", 50);
    /** The import stores tens of statements a second, the edits hundreds: both loops kill within a burst. */
    static final int IMPORT_MAX_DELAY_MILLIS = 1_000;
    static final int EDITS_MAX_DELAY_MILLIS = 1_000;

    private final long seed = Long.getLong("crash.seed", System.nanoTime());
    private ExecutorService loops;
    private Future<CrashOutcome> imports;
    private Future<CrashOutcome> edits;

    /**
     * Both kill loops run side by side, each on its own workspace: a child JVM spends about two
     * seconds of CPU (mostly loading jOOQ and SQLite) before it is ready, so a hundred of them one
     * after another leave a core idle: the two loops one after the other took five minutes on
     * this project's two-core build machine.
     */
    @BeforeAll
    void startBothKillLoops(@TempDir Path dir) throws IOException {
        Files.deleteIfExists(SUMMARY);
        Random random = new Random(seed);
        Path importDir = Files.createDirectories(dir.resolve("import"));
        Path editsDir = Files.createDirectories(dir.resolve("edits"));
        ImportCrashes importCrashes = new ImportCrashes(KILLS, importDir, new Random(random.nextLong()),
                IMPORT_MAX_DELAY_MILLIS);
        EditCrashes editCrashes = new EditCrashes(KILLS, editsDir, new Random(random.nextLong()),
                EDITS_MAX_DELAY_MILLIS);
        loops = Executors.newFixedThreadPool(2);
        imports = loops.submit(importCrashes);
        edits = loops.submit(editCrashes);
    }

    @AfterAll
    void stopKillLoops() {
        loops.shutdownNow();
    }

    @Test
    void anImportKilledAtRandomLeavesEveryStatementWholeOrAbsent() throws Exception {
        CrashOutcome outcome = imports.get();
        report(outcome);
        assertThat(outcome.problems()).as("import kills, seed %d", seed).isEmpty();
    }

    @Test
    void statusEditsKilledAtRandomKeepEveryEditReportedSaved() throws Exception {
        CrashOutcome outcome = edits.get();
        report(outcome);
        assertThat(outcome.problems()).as("status edit kills, seed %d", seed).isEmpty();
    }

    private void report(CrashOutcome outcome) throws IOException {
        String line = outcome.summary() + "; seed " + seed;
        System.out.println(line);
        Files.createDirectories(SUMMARY.getParent());
        Files.writeString(SUMMARY, line + System.lineSeparator(), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
