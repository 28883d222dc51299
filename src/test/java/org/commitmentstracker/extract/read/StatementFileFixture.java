package org.commitmentstracker.extract.read;

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
}
