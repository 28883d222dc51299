package org.commitmentstracker.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * target/reliability/store-faults.txt: one line per store fault the tests brought about, with
 * what the user was told. A test records its line once it has checked the outcome, so the file
 * lists what was shown to hold in the last run (a line of an earlier run is replaced, not repeated).
 */
public final class FaultLog {
    static final Path FILE = Path.of("target", "reliability", "store-faults.txt");

    private FaultLog() {
    }

    /** Records "fault: outcome — the message shown". */
    public static synchronized void record(String fault, String outcome, String message) {
        String line = fault + ": " + outcome + " — \"" + message.replaceAll("\\s+", " ").strip() + "\"";
        try {
            Files.createDirectories(FILE.getParent());
            List<String> lines = new ArrayList<>(Files.exists(FILE) ? Files.readAllLines(FILE, StandardCharsets.UTF_8)
                    : List.of());
            lines.removeIf(l -> l.startsWith(fault + ": "));
            lines.add(line);
            lines.sort(null);
            Files.write(FILE, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
