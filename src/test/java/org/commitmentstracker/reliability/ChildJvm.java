package org.commitmentstracker.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A {@link CrashChild} in a JVM of its own, started on this test's class path. Its output goes to
 * files, not pipes: {@code destroyForcibly} closes a process's pipes at once, and the lines still
 * in them (the child's last "SAVED" ones) would be lost to the test.
 */
final class ChildJvm {
    private final Process process;
    private final Path output;
    private final Path errors;

    private ChildJvm(Process process, Path output, Path errors) {
        this.process = process;
        this.output = output;
        this.errors = errors;
    }

    /**
     * @param logs where the child's output and error output go, as {@code name.out} and
     *             {@code name.err}, and where it unpacks SQLite's native library
     */
    static ChildJvm start(Path logs, String name, String... args) throws IOException {
        List<String> command = Stream.concat(Stream.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", System.getProperty("java.class.path"),
                        // sqlite-jdbc unpacks its native library (1 MB) into a temporary folder and
                        // deletes it on a normal exit only: a killed child's copy stays behind.
                        "-Dorg.sqlite.tmpdir=" + logs,
                        // A hundred children start per run of the test: compiling with C1 only costs
                        // each about a quarter less CPU, and the compiler has no say in what is tested.
                        "-XX:TieredStopAtLevel=1",
                        "-Djava.awt.headless=true",
                        // As the app's Launcher sets them: no banners on the way up.
                        "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
                        CrashChild.class.getName()),
                Stream.of(args)).toList();
        Path output = logs.resolve(name + ".out");
        Path errors = logs.resolve(name + ".err");
        Process process = new ProcessBuilder(command).redirectOutput(output.toFile())
                .redirectError(errors.toFile()).start();
        return new ChildJvm(process, output, errors);
    }

    /** Whether the child printed READY within the time; false if it did not, or exited first. */
    boolean awaitReady(long seconds) throws IOException, InterruptedException {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < giveUp) {
            if (lines().contains("READY")) {
                return true;
            }
            if (!process.isAlive()) {
                return lines().contains("READY");
            }
            Thread.sleep(5);
        }
        return false;
    }

    boolean running() {
        return process.isAlive();
    }

    /**
     * Kills the child as {@code kill -9} would and waits for it to be gone.
     *
     * @return whether it was still running, rather than already exited by itself
     */
    boolean kill() throws InterruptedException {
        boolean running = process.isAlive();
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the killed child JVM was still there after 30 s");
        }
        return running;
    }

    int exitCode() {
        return process.exitValue();
    }

    /** The whole lines the child printed so far; a line cut short by the kill is left out. */
    List<String> lines() throws IOException {
        String text = new String(Files.readAllBytes(output), StandardCharsets.UTF_8);
        List<String> lines = Arrays.asList(text.split("\n", -1));
        // The text after the last line end is a line not finished, or nothing.
        return lines.subList(0, lines.size() - 1);
    }

    /** The end of what the child wrote to its error output. */
    String errorTail() {
        try {
            String text = Files.readString(errors, StandardCharsets.UTF_8);
            return text.substring(Math.max(0, text.length() - 3_000));
        } catch (IOException e) {
            return "(its error output could not be read: " + e.getMessage() + ")";
        }
    }
}
