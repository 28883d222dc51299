package org.commitmentstracker.bundled;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the files of the top-level {@code resources/} folder, shipped on the class path under /bundled. */
public final class BundledData {
    private static final String ROOT = "/bundled/";

    private BundledData() {
    }

    public static InputStream open(String path) {
        InputStream in = BundledData.class.getResourceAsStream(ROOT + path);
        if (in == null) {
            throw new IllegalStateException("The application is missing its bundled file resources/" + path);
        }
        return in;
    }

    public static TsvTable table(String path) {
        return TsvTable.read("resources/" + path, open(path));
    }

    public static String text(String path) {
        try (InputStream in = open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read resources/" + path, e);
        }
    }
}
