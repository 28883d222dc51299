package org.commitmentstracker.badinput;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.commitmentstracker.extract.read.StatementProblem;
import org.commitmentstracker.importing.FormProblem;
import org.commitmentstracker.importing.RowProblem;

/**
 * One bad input: the file, the command it is given to ("import" or "import-updates") and the class of message it
 * must get, written as in expected.tsv: StatementProblem.EMPTY, FormProblem.TRUNCATED, RowProblem.UNKNOWN_ID.
 */
record CorpusEntry(Path file, String command, String expectedClass) {
    static final String LIST = "expected.tsv";

    CorpusEntry {
        expected(expectedClass); // fails early on a class that does not exist
    }

    /** The entries of expected.tsv in {@code folder}; lines starting with '#' and the heading are not entries. */
    static List<CorpusEntry> load(Path folder) throws IOException {
        return Files.readAllLines(folder.resolve(LIST), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("file\t"))
                .map(line -> line.split("\t"))
                .map(cells -> new CorpusEntry(folder.resolve(cells[0]), cells[1], cells[2]))
                .toList();
    }

    String fileName() {
        return file.getFileName().toString();
    }

    boolean isStatement() {
        return command.equals("import");
    }

    /** The expected class as an enum constant of StatementProblem, FormProblem or RowProblem. */
    Enum<?> expected() {
        return expected(expectedClass);
    }

    private static Enum<?> expected(String qualified) {
        String[] parts = qualified.split("\\.");
        return switch (parts[0]) {
            case "StatementProblem" -> StatementProblem.valueOf(parts[1]);
            case "FormProblem" -> FormProblem.valueOf(parts[1]);
            case "RowProblem" -> RowProblem.valueOf(parts[1]);
            default -> throw new IllegalArgumentException("not a class of message: " + qualified);
        };
    }

    @Override
    public String toString() {
        return fileName() + " → " + expectedClass;
    }
}
