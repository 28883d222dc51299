package org.commitmentstracker.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the cold start starts: the packaged app-image when one was built (its launcher, its runtime, the class path
 * and options in its launcher settings), else the jar on this JVM.
 *
 * @param launcher    the command that starts the app (image launcher), or null for {@code java -jar}
 * @param java        the runtime's java
 * @param classPath   the app's class path
 * @param javaOptions the JVM options the app starts with, its AOT cache among them
 */
record PackagedApp(Path launcher, Path java, String classPath, List<String> javaOptions) {
    static final String AOT_CACHE_OPTION = "-XX:AOTCache=";

    /** The app-image at {@code image} (jpackage's layout on Linux, Windows or macOS). */
    static Optional<PackagedApp> image(Path image) {
        try {
            Optional<Path> config = first(image, "lib/app", "app", "Contents/app").flatMap(PackagedApp::configIn);
            Optional<Path> java = Stream.of("lib/runtime/bin/java", "runtime/bin/java.exe",
                    "Contents/runtime/Contents/Home/bin/java").map(image::resolve).filter(Files::isRegularFile).findFirst();
            Optional<Path> launcher = Stream.of("bin/CommitmentsTracker", "CommitmentsTracker.exe",
                    "Contents/MacOS/CommitmentsTracker").map(image::resolve).filter(Files::isRegularFile).findFirst();
            if (config.isEmpty() || java.isEmpty() || launcher.isEmpty()) {
                return Optional.empty();
            }
            String appDir = config.get().getParent().toString();
            List<String> classPath = new ArrayList<>();
            List<String> options = new ArrayList<>();
            for (String line : Files.readAllLines(config.get())) {
                if (line.startsWith("app.classpath=")) {
                    classPath.add(line.substring("app.classpath=".length()).replace("$APPDIR", appDir));
                } else if (line.startsWith("java-options=")) {
                    options.add(line.substring("java-options=".length()).replace("$APPDIR", appDir));
                }
            }
            return Optional.of(new PackagedApp(launcher.get(), java.get(), String.join(File.pathSeparator, classPath),
                    List.copyOf(options)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The jar on this JVM, with the packaged app's memory options. */
    static PackagedApp jar(Path appJar) {
        return new PackagedApp(null, Path.of(System.getProperty("java.home"), "bin", "java"), appJar.toString(),
                ScaleBenchmark.APP_JVM_OPTIONS);
    }

    /** The runtime's version, from its {@code release} file. */
    String runtimeVersion() {
        try {
            for (String line : Files.readAllLines(java.getParent().getParent().resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    return line.substring("JAVA_VERSION=".length()).replace("\"", "");
                }
            }
        } catch (IOException e) {
            // a JDK without a release file: say what this JVM is
        }
        return System.getProperty("java.version");
    }

    boolean isImage() {
        return launcher != null;
    }

    /** The AOT cache the app starts with, if it has one. */
    Optional<String> aotCache() {
        return javaOptions.stream().filter(o -> o.startsWith(AOT_CACHE_OPTION))
                .map(o -> o.substring(AOT_CACHE_OPTION.length())).findFirst();
    }

    /** The app's options without its AOT cache: what a small window on the same runtime starts with. */
    List<String> optionsWithoutCache() {
        return javaOptions.stream().filter(o -> !o.startsWith(AOT_CACHE_OPTION)).toList();
    }

    private static Optional<Path> first(Path image, String... dirs) {
        return Stream.of(dirs).map(image::resolve).filter(Files::isDirectory).findFirst();
    }

    private static Optional<Path> configIn(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".cfg")).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
