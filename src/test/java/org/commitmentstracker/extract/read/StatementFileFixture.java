package org.commitmentstracker.extract.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** A fresh folder per test to write statement files into, and readers with the default limits. */
abstract class StatementFileFixture {
    @TempDir
    Path dir;
    final StatementReaders readers = new StatementReaders();

    Path write(String fileName, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(fileName), bytes);
    }

    SourceText read(String fileName, byte[] bytes) throws IOException, UnreadableStatementException {
        return readers.read(write(fileName, bytes));
    }

    /** Reading the file fails with exactly this class and this one-line message, naming the file. */
    void assertRefused(Path file, StatementProblem problem, String message) {
        assertThatThrownBy(() -> readers.read(file))
                .isExactlyInstanceOf(UnreadableStatementException.class)
                .hasMessage(message)
                .satisfies(e -> assertThat(((UnreadableStatementException) e).fileName())
                        .isEqualTo(file.getFileName().toString()))
                .satisfies(e -> assertThat(((UnreadableStatementException) e).problem()).isEqualTo(problem));
    }

    void assertRefused(String fileName, byte[] bytes, StatementProblem problem, String message) throws IOException {
        assertRefused(write(fileName, bytes), problem, message);
    }
}
