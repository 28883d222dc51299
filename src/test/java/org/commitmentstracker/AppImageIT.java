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
 * The Linux app-image that `./mvnw verify` builds (profile app-image, with its AOT cache on Java 25), run as an officer's
 * machine would run it: its own trimmed runtime, no JDK, no display.
 */
class AppImageIT {
    static final Path IMAGE = Path.of("target", "installer", "CommitmentsTracker");
    static final Path LAUNCHER = IMAGE.resolve("bin").resolve("CommitmentsTracker");
    /** The runtime, the app and its libraries; the AOT cache apart. */
    static final long MAX_BYTES = 150L * 1024 * 1024;
    static final long MAX_CACHE_BYTES = 120L * 1024 * 1024;
    static final String CACHE = "commitments-tracker.aot";

    @BeforeAll
    static void onlyWhereTheImageIsBuilt() {
        Assumptions.assumeTrue(System.getProperty("os.name").startsWith("Linux"),
                "the app-image is built on Linux; Windows and macOS build installers by hand (installer/README.md)");
        assertThat(LAUNCHER).as("the build should have made the app-image").isExecutable();
    }

    record Run(int exit, String out) {
    }

    static Run run(String... args) throws Exception {
        return run(LAUNCHER, null, args);
    }

    /** @param jvmOptions read by the JVM itself (JAVA_TOOL_OPTIONS: the launcher takes none on its command line) */
    static Run run(Path launcher, String jvmOptions, String... args) throws Exception {
        Path home = ScratchFolders.create("app-image-home");
        ProcessBuilder builder = new ProcessBuilder(Stream.concat(Stream.of(launcher.toAbsolutePath().toString()),
                Stream.of(args)).toList()).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        if (jvmOptions != null) {
            builder.environment().put("JAVA_TOOL_OPTIONS", jvmOptions);
        }
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
    void thePackagedLauncherImportsTheSeedsIntoAWorkspace(@org.junit.jupiter.api.io.TempDir Path data) throws Exception {
        // The whole import on the image's trimmed runtime: storing, the full-text index and finding repeats (whose
        // timing once asked for a module the image leaves out).
        List<String> args = new java.util.ArrayList<>(List.of("import", "--data-dir", data.toString()));
        try (Stream<Path> seeds = Files.list(Path.of("src", "test", "resources", "corpus", "seeds"))) {
            seeds.sorted().map(p -> p.toAbsolutePath().toString()).forEach(args::add);
        }
        Run run = run(args.toArray(String[]::new));
        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out()).as("an officer sees what was imported, no library's warnings")
                .contains("Imported ").doesNotContain("WARNING");
        Run listed = run("list", "--data-dir", data.toString(), "--json");
        assertThat(listed.exit()).as(listed.out()).isZero();
        assertThat(listed.out()).contains("\"repeats\"");
    }

    @Test
    void theImageStaysWithinItsSize() throws IOException {
        long bytes;
        try (Stream<Path> files = Files.walk(IMAGE)) {
            bytes = files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals(CACHE))
                    .mapToLong(f -> f.toFile().length()).sum();
        }
        assertThat(bytes).as("app-image size in bytes, its AOT cache apart").isLessThanOrEqualTo(MAX_BYTES);
        Path cache = IMAGE.resolve("lib/app").resolve(CACHE);
        if (Files.exists(cache)) {
            assertThat(Files.size(cache)).as("AOT cache size in bytes").isLessThanOrEqualTo(MAX_CACHE_BYTES);
        }
        // The runtime is trimmed: only the modules the app uses (jdk.charsets decodes Windows-1258 statements).
        List<String> modules = Files.readAllLines(IMAGE.resolve("lib/runtime/release")).stream()
                .filter(l -> l.startsWith("MODULES=")).toList();
        assertThat(modules).singleElement().asString().doesNotContain("java.compiler").doesNotContain("jdk.jshell")
                .contains("jdk.charsets");
    }

    /** The Java feature version of the image's runtime (its release file). */
    static int runtimeFeature() throws IOException {
        String version = Files.readAllLines(IMAGE.resolve("lib/runtime/release")).stream()
                .filter(l -> l.startsWith("JAVA_VERSION=")).findFirst().orElseThrow()
                .replaceAll("[^0-9.]", "");
        return Integer.parseInt(version.split("\\.")[0]);
    }

    @Test
    void onJava25TheImageStartsFromItsOwnAotCache() throws Exception {
        Assumptions.assumeTrue(runtimeFeature() >= 25, "the AOT cache needs a Java 25 runtime in the image");
        Path cache = IMAGE.resolve("lib/app").resolve(CACHE);
        assertThat(cache).as("the training run should have written the cache").isRegularFile();
        assertThat(Files.readAllLines(IMAGE.resolve("lib/app/CommitmentsTracker.cfg")))
                .contains("java-options=-XX:AOTCache=$APPDIR/" + CACHE)
                .contains("java-options=--enable-native-access=ALL-UNNAMED");
        // AOTMode=on: the JVM refuses to start unless it maps this cache (same runtime, class path, options).
        Run run = run(LAUNCHER, "-XX:AOTMode=on", "--version");
        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out()).contains("Commitments Tracker ").doesNotContain("[error]");
    }

    @Test
    void aDamagedAotCacheOnlyMakesTheStartSlower(@org.junit.jupiter.api.io.TempDir Path copies) throws Exception {
        Assumptions.assumeTrue(runtimeFeature() >= 25, "the AOT cache needs a Java 25 runtime in the image");
        // A copy of the image made of hard links, with the cache replaced by garbage.
        Path copy = copies.resolve("CommitmentsTracker");
        try (Stream<Path> paths = Files.walk(IMAGE)) {
            for (Path from : paths.toList()) {
                Path to = copy.resolve(IMAGE.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else if (from.getFileName().toString().equals(CACHE)) {
                    Files.writeString(to, "not a cache");
                } else {
                    Files.createLink(to, from);
                }
            }
        }
        Run run = run(copy.resolve("bin").resolve("CommitmentsTracker"), null, "--version");
        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out()).contains("Commitments Tracker ");
    }
}
