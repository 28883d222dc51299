package org.commitmentstracker.badinput;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The bad inputs too large to keep in the repository, written by the test into a folder of its own. */
final class LargeInputs {
    private LargeInputs() {
    }

    static List<CorpusEntry> write(Path folder) throws IOException {
        Files.createDirectories(folder);
        String statement = BadStatementFiles.ENGLISH.strip() + "\n\n";
        String oneLine = statement.replaceAll("\\s+", " ");
        Path fifty = repeat(folder.resolve("50-mb.txt"), statement, 50L * 1024 * 1024);
        Path line = repeat(folder.resolve("huge-single-line.txt"), oneLine, 4L * 1024 * 1024);
        Path archive = repeat(folder.resolve("too-much-text.txt"), statement, 1_500_000);
        return List.of(new CorpusEntry(fifty, "import", "StatementProblem.TOO_LARGE"),
                new CorpusEntry(line, "import", "StatementProblem.LINE_TOO_LONG"),
                new CorpusEntry(archive, "import", "StatementProblem.TOO_LARGE"));
    }

    /** The text again and again until the file holds {@code bytes} (ASCII text: one byte a character). */
    private static Path repeat(Path file, String text, long bytes) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long written = 0; written < bytes; written += text.length()) {
                out.write(text, 0, (int) Math.min(text.length(), bytes - written));
            }
        }
        return file;
    }
}
