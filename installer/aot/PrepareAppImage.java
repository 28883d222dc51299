import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.StandardCopyOption;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Readies a jpackage app-image for a quick start: the SQLite driver's native library unpacked into it, and its
 * AOT cache (JEP 483/514) from a training run of the image itself.
 *
 * <pre>java installer/aot/PrepareAppImage.java IMAGE SCRATCH</pre>
 *
 * The SQLite library is taken from the image's own sqlite-jdbc jar, at the place the driver itself would pick on
 * this system (its OSInfo), and named in the launcher's options ({@code -Dorg.sqlite.lib.path=$APPDIR/native}):
 * the app then does not write it to the temporary folder (and compare and clean up earlier copies) at every start.
 *
 * When the image's runtime is Java 25 or newer, this adds the options that runtime needs to the launcher's
 * settings ({@code --enable-native-access} for JavaFX's native libraries, Marlin's off-heap arrays allowed), starts
 * the image's own java on the image's own class path and options, headless (Monocle, shipped in the image for this
 * run), with {@code -Dcommitments.aotTraining=true} (the app opens a sample workspace, shows rows, the detail pane
 * and every tab, then closes) and {@code -XX:AOTCacheOutput}, and names the written cache in the launcher's
 * options as {@code -XX:AOTCache=$APPDIR/commitments-tracker.aot}. On an older runtime the image is left as it is.
 * Each system builds its own image and so its own cache (the cache belongs to the runtime that wrote it). A cache
 * that is missing or rejected at start only makes the start slower: the JVM says so and goes on.
 */
public final class PrepareAppImage {
    static final String CACHE = "commitments-tracker.aot";
    static final String TRAINING_SECONDS = "180";

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java PrepareAppImage.java APP_IMAGE_DIR SCRATCH_DIR");
            System.exit(2);
        }
        Path image = Path.of(args[0]).toAbsolutePath();
        Path scratch = Path.of(args[1]).toAbsolutePath();
        unpackSqliteLibrary(image);
        trainAotCache(image, scratch);
    }

    /** The SQLite driver's library for this system, unpacked beside the app and named in its options. */
    static void unpackSqliteLibrary(Path image) throws Exception {
        Path config = launcherConfig(image);
        Path appDir = config.getParent();
        Path jar;
        try (Stream<Path> jars = Files.walk(appDir)) {
            jar = jars.filter(p -> p.getFileName().toString().matches("sqlite-jdbc-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no sqlite-jdbc jar in " + appDir));
        }
        String folder;
        try (URLClassLoader driver = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            folder = (String) driver.loadClass("org.sqlite.util.OSInfo")
                    .getMethod("getNativeLibFolderPathForCurrentOS").invoke(null);
        }
        String name = System.mapLibraryName("sqlitejdbc");
        if (name.endsWith(".dylib")) {
            name = "libsqlitejdbc.dylib";
        }
        Path target = appDir.resolve("native").resolve(name);
        Files.createDirectories(target.getParent());
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            var entry = zip.getEntry("org/sqlite/native/" + folder + "/" + name);
            if (entry == null) {
                System.out.println("SQLite library: none for " + folder + " in " + jar.getFileName()
                        + "; the driver unpacks its own at start");
                return;
            }
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(config, StandardCharsets.UTF_8));
        lines.removeIf(line -> line.startsWith("java-options=-Dorg.sqlite.lib."));
        addJavaOptions(lines, List.of("-Dorg.sqlite.lib.path=$APPDIR/native",
                "-Dorg.sqlite.lib.name=" + name));
        Files.write(config, lines, StandardCharsets.UTF_8);
        System.out.println("SQLite library: " + appDir.relativize(target) + " (" + folder + ")");
    }

    static void trainAotCache(Path image, Path scratch) throws Exception {
        Path config = launcherConfig(image);
        Path appDir = config.getParent();
        Path java = runtimeJava(image);
        int feature = runtimeFeature(java);
        if (feature < 25) {
            System.out.println("AOT cache: not made, the image's runtime is Java " + feature + " (needs 25)");
            return;
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(config, StandardCharsets.UTF_8));
        lines.removeIf(line -> line.contains("-XX:AOTCache="));
        addJavaOptions(lines, List.of("--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow"));
        Files.write(config, lines, StandardCharsets.UTF_8);

        Path cache = appDir.resolve(CACHE);
        Files.deleteIfExists(cache);
        deleteTree(scratch);
        Files.createDirectories(scratch.resolve("home"));
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.add("-XX:AOTCacheOutput=" + cache);
        // The training's class list has hundreds of "skipping" notes (classes linked before the cache could
        // record them); they are expected and would drown the build's log.
        command.add("-Xlog:aot=error");
        command.add("-Xlog:cds=error");
        for (String option : values(lines, "java-options")) {
            command.add(option.replace("$APPDIR", appDir.toString()));
        }
        command.addAll(List.of("-Duser.home=" + scratch.resolve("home"), "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dcommitments.aotTraining=true",
                "-Djava.class.path=" + String.join(File.pathSeparator,
                        values(lines, "app.classpath").stream().map(p -> p.replace("$APPDIR", appDir.toString()))
                                .toList()),
                values(lines, "app.mainclass").get(0), "--data-dir", scratch.resolve("workspace").toString()));
        System.out.println("AOT cache: training run of " + image.getFileName() + " on Java " + feature);
        Process training = new ProcessBuilder(command).inheritIO().start();
        if (!training.waitFor(Long.parseLong(TRAINING_SECONDS), TimeUnit.SECONDS)) {
            training.destroyForcibly();
            throw new IllegalStateException("the AOT training run did not end in " + TRAINING_SECONDS + " s");
        }
        if (training.exitValue() != 0 || !Files.isRegularFile(cache)) {
            throw new IllegalStateException("the AOT training run ended with " + training.exitValue()
                    + " and no cache at " + cache);
        }
        addJavaOptions(lines, List.of("-XX:AOTCache=$APPDIR/" + CACHE));
        Files.write(config, lines, StandardCharsets.UTF_8);
        deleteTree(scratch);
        System.out.printf("AOT cache: %s, %d MB, named in %s%n", cache, Files.size(cache) / (1024 * 1024),
                config.getFileName());
    }

    /** The launcher's settings: lib/app/NAME.cfg (Linux), app/NAME.cfg (Windows), Contents/app/NAME.cfg (macOS). */
    static Path launcherConfig(Path image) throws IOException {
        for (Path dir : List.of(image.resolve("lib/app"), image.resolve("app"), image.resolve("Contents/app"))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    List<Path> configs = files.filter(f -> f.toString().endsWith(".cfg")).toList();
                    if (configs.size() == 1) {
                        return configs.get(0);
                    }
                }
            }
        }
        throw new IllegalStateException("no launcher .cfg in " + image);
    }

    static Path runtimeJava(Path image) {
        for (String path : List.of("lib/runtime/bin/java", "runtime/bin/java.exe",
                "Contents/runtime/Contents/Home/bin/java")) {
            if (Files.isRegularFile(image.resolve(path))) {
                return image.resolve(path);
            }
        }
        throw new IllegalStateException("no runtime in " + image);
    }

    /** The runtime's feature version, from its {@code release} file (JAVA_VERSION="25.0.3"). */
    static int runtimeFeature(Path java) throws IOException {
        Path release = java.getParent().getParent().resolve("release");
        for (String line : Files.readAllLines(release)) {
            if (line.startsWith("JAVA_VERSION=")) {
                String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                return Integer.parseInt(version.split("[.+-]")[0]);
            }
        }
        throw new IllegalStateException("no JAVA_VERSION in " + release);
    }

    static List<String> values(List<String> lines, String key) {
        return lines.stream().filter(line -> line.startsWith(key + "="))
                .map(line -> line.substring(key.length() + 1)).toList();
    }

    /** Adds options at the end of the [JavaOptions] section (made when missing), each once. */
    static void addJavaOptions(List<String> lines, List<String> options) {
        int section = lines.indexOf("[JavaOptions]");
        if (section < 0) {
            lines.add("");
            lines.add("[JavaOptions]");
            section = lines.size() - 1;
        }
        int end = section + 1;
        while (end < lines.size() && !lines.get(end).startsWith("[")) {
            end++;
        }
        while (end > section + 1 && lines.get(end - 1).isBlank()) {
            end--;
        }
        for (String option : options) {
            String line = "java-options=" + option;
            if (!lines.contains(line)) {
                lines.add(end++, line);
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
