package org.commitmentstracker.reliability;

import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.commitmentstracker.store.Workspace;

/**
 * Starts {@link CrashChild} runs on one workspace, one after another, and kills each a random
 * time after its first write to the store, counting the kills and what went wrong in a
 * {@link KillTally}. Timing the kill from the first write rather than from READY puts it among
 * the writes however long the child takes to warm up: an import reads and analyses its first
 * files for a second or more (far longer on a busy machine) before it stores one.
 */
final class ChildKiller {
    private static final long READY_SECONDS = 60;
    private static final long FIRST_WRITE_SECONDS = 60;

    private final Path dir;
    private final Path workspace;
    private final Random random;
    private final int maxDelayMillis;
    private final KillTally tally = new KillTally();

    /** @param dir holds the workspace and the children's output and error output, named by run */
    ChildKiller(Path dir, Random random, int maxDelayMillis) {
        this.dir = dir;
        this.workspace = dir.resolve("workspace");
        this.random = random;
        this.maxDelayMillis = maxDelayMillis;
    }

    /**
     * Runs a child in {@code mode} on the workspace, with the mode's other arguments, and kills
     * it; a child that stopped by itself is a problem unless it said DONE.
     */
    ChildJvm startAndKill(int run, String mode, String... modeArgs) throws Exception {
        StoreWrites before = StoreWrites.since(workspace.resolve(Workspace.STORE_FILE));
        ChildJvm child = ChildJvm.start(dir, "child-" + run,
                Stream.concat(Stream.of(mode, workspace.toString()), Stream.of(modeArgs)).toArray(String[]::new));
        int delay;
        boolean killed;
        try {
            if (!child.awaitReady(READY_SECONDS)) {
                throw new AssertionError("run " + run + ": the child did not open the workspace: " + child.lines()
                        + "\n" + child.errorTail());
            }
            if (tally.kills() > 0) {
                tally.reopened();
            }
            long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(FIRST_WRITE_SECONDS);
            while (!before.written() && child.running() && System.nanoTime() < giveUp) {
                Thread.sleep(2);
            }
            delay = random.nextInt(maxDelayMillis);
            Thread.sleep(delay);
        } finally {
            // Whatever stops the test, no child is left running.
            killed = child.kill();
        }
        tally.killed(delay);
        if (!killed && !(child.exitCode() == 0 && child.lines().contains("DONE"))) {
            tally.problem("the child stopped by itself, exit code " + child.exitCode() + ":\n" + child.errorTail());
        }
        return child;
    }

    Path workspace() {
        return workspace;
    }

    KillTally tally() {
        return tally;
    }

    /** How the kills were timed, for a summary line. */
    String timing() {
        return String.format("killed %d times, 0-%d ms after the first write", tally.kills(), maxDelayMillis - 1);
    }
}
