package org.commitmentstracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.commitmentstracker.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real entry point in a child JVM without a display, as a user's shell would; {@link #run} serves other tests. */
public class LauncherProcessTest {
    @TempDir
    Path dir;

    public record Result(int exitCode, String out, String err) {
    }

    static Result run(String... args) throws IOException, InterruptedException {
        return run(null, args);
    }

    /** Runs the launcher with {@code home} (when not null) as the user's home and data folder root. */
    public static Result run(Path home, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Djava.awt.headless=true",
                "-Duser.home=" + (home == null ? System.getProperty("user.home") : home),
                Launcher.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DISPLAY"); // no display: the GUI cannot start by accident
        builder.environment().remove("WAYLAND_DISPLAY");
        if (home != null) {
            builder.environment().put("HOME", home.toString());
            builder.environment().put("XDG_DATA_HOME", home.resolve(".local/share").toString());
        }
        Path out = ScratchFolders.file("launcher", ".out");
        Path err = ScratchFolders.file("launcher", ".err");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the launcher did not exit within 60 s");
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void versionPrintsAndExitsWithoutJavaFx() throws Exception {
        Result result = run("--version");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).matches("Commitments Tracker \\d+\\.\\d+\\.\\d+.*\\R");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void helpNamesTheDataDirOption() throws Exception {
        Result result = run("--help");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Usage: commitments-tracker", "--data-dir");
    }

    @Test
    void aSecondStartOnAnOpenWorkspaceSaysSoAndExits() throws Exception {
        try (Workspace open = Workspace.open(dir)) {
            Result result = run("--data-dir", dir.toString());
            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.err()).contains("already open").contains(dir.toString());
            assertThat(result.err()).doesNotContain("Exception", "\tat ");
        }
    }

    @Test
    void aStoreThatIsNotSqliteIsNamedWithoutAStackTrace() throws Exception {
        Path store = dir.resolve(Workspace.STORE_FILE);
        Files.write(store, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        Result result = run("--data-dir", dir.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains(store.toString()).contains("not an SQLite database");
        assertThat(result.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void withoutADisplayTheDesktopAppSaysSoAndExits() throws Exception {
        // It once waited for ever instead: closing the app queued work on a toolkit that had never started.
        Result result = run(dir, "--data-dir", dir.resolve("data").toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("Cannot open a window: ", "The desktop app needs a display; the command line "
                + "works without one (see --help).");
        assertThat(result.err()).doesNotContain("\tat ");
    }

    @Test
    void anUnknownOptionIsAUsageError() throws Exception {
        Result result = run("--colour", "blue");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Unknown option");
    }
}
