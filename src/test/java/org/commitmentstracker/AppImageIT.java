package org.commitmentstracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Linux app-image that `./mvnw verify` builds (profile linux-app-image), run as an officer's
 * machine would run it: its own trimmed runtime, no JDK, no display.
 */
class AppImageIT {
    static final Path IMAGE = Path.of("target", "installer", "CommitmentsTracker");
    static final Path LAUNCHER = IMAGE.resolve("bin").resolve("CommitmentsTracker");
    static final long MAX_BYTES = 120L * 1024 * 1024;

    @BeforeAll
    static void onlyWhereTheImageIsBuilt() {
        Assumptions.assumeTrue(System.getProperty("os.name").startsWith("Linux"),
                "the app-image is built on Linux; Windows and macOS build installers by hand (installer/README.md)");
        assertThat(LAUNCHER).as("the build should have made the app-image").isExecutable();
    }

    record Run(int exit, String out) {
    }

    static Run run(String... args) throws Exception {
        Path home = Files.createTempDirectory("app-image-home");
        ProcessBuilder builder = new ProcessBuilder(Stream.concat(Stream.of(LAUNCHER.toAbsolutePath().toString()),
                Stream.of(args)).toList()).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().put("HOME", home.toString());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out);
    }

    @Test
    void thePackagedLauncherPrintsItsVersion() throws Exception {
        Run run = run("--version");
        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out()).startsWith("Commitments Tracker ");
    }

    @Test
    void thePackagedLauncherExtractsASampleStatement() throws Exception {
        Path statement = Path.of("src", "test", "resources", "statements", "en-wrapped-bullets.txt").toAbsolutePath();
        Run run = run("extract", statement.toString(), "--json");
        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out()).contains("\"partners\"").contains("Chile").contains("USD 3 billion");
    }

    @Test
    void theImageStaysWithinItsSize() throws IOException {
        long bytes;
        try (Stream<Path> files = Files.walk(IMAGE)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
        assertThat(bytes).as("app-image size in bytes").isLessThanOrEqualTo(MAX_BYTES);
        // The runtime is trimmed: only the modules the app uses (jdk.charsets decodes Windows-1258 statements).
        List<String> modules = Files.readAllLines(IMAGE.resolve("lib/runtime/release")).stream()
                .filter(l -> l.startsWith("MODULES=")).toList();
        assertThat(modules).singleElement().asString().doesNotContain("java.compiler").doesNotContain("jdk.jshell")
                .contains("jdk.charsets");
    }
}
