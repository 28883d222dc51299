package org.commitmentstracker.extract.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Every way a file can fail gives one clear sentence, never another exception. */
class ReadBadInputTest extends StatementFileFixture {
    @Test
    void missingFile() {
        assertRefused(dir.resolve("gone.txt"), StatementProblem.NOT_FOUND, "gone.txt: was not found");
    }

    @Test
    void folderPassedToRead() throws Exception {
        assertRefused(Files.createDirectory(dir.resolve("statements")), StatementProblem.NOT_A_FILE,
                "statements: is a folder, not a file; add the folder to read the files in it");
    }

    @Test
    void emptyAndWhitespaceOnly() throws Exception {
        assertRefused(write("empty.txt", new byte[0]), StatementProblem.EMPTY, "empty.txt: is empty");
        assertRefused(write("blank.txt", " \r\n\t\n  ".getBytes()), StatementProblem.EMPTY, "blank.txt: is empty");
        assertRefused(write("nbsp.txt", "\uFEFF\u00A0\u200B\n".getBytes(StandardCharsets.UTF_8)),
                StatementProblem.EMPTY, "nbsp.txt: is empty");
    }

    @Test
    void noLetters() throws Exception {
        byte[] numbers = "1.2.3 – 45/67 (2025)\n\n89 %\n".repeat(50).getBytes(StandardCharsets.UTF_8);
        assertRefused(write("numbers.txt", numbers), StatementProblem.NO_TEXT,
                "numbers.txt: has no text");
    }

    @Test
    void imagesRenamedAsStatements() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        assertRefused(write("photo.txt", png), StatementProblem.IMAGE, "photo.txt: is an image, not a statement");
        assertRefused(write("photo.docx", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10}),
                StatementProblem.IMAGE, "photo.docx: is an image, not a statement");
        assertRefused(write("anim.html", "GIF89a\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1)),
                StatementProblem.IMAGE, "anim.html: is an image, not a statement");
    }

    @Test
    void binaryAndOtherFormats() throws Exception {
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        random[10] = 0;
        assertRefused(write("data.txt", random), StatementProblem.NOT_TEXT, "data.txt: is not a text file");
        // An RTF file is read by its content, whatever its name; one with nothing to show is empty.
        SourceText letter = readers.read(write("letter.txt", "{\\rtf1\\ansi Hello}".getBytes()));
        assertThat(letter.format()).isEqualTo("rtf");
        assertThat(letter.text()).isEqualTo("Hello");
        assertRefused(write("blank.rtf", "{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\par}".getBytes()),
                StatementProblem.EMPTY, "blank.rtf: is empty");
    }

    @Test
    void controlCharactersWithoutNulAreNotText() throws Exception {
        byte[] bytes = new byte[1000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 0x01 : 0xE9); // invalid UTF-8, a third control characters
        }
        assertRefused(write("odd.txt", bytes), StatementProblem.NOT_TEXT, "odd.txt: is not a text file");
    }

    @Test
    void tooLargeIsCheckedBeforeReading() throws Exception {
        Path big = dir.resolve("big.pdf");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(21L * 1024 * 1024); // sparse: nothing is written, so a read would be the only cost
        }
        assertRefused(big, StatementProblem.TOO_LARGE, "big.pdf: is too large (21 MB; the limit is 20 MB)");
        Path small = write("small.txt", "A statement of 44 bytes, over a small limit".getBytes());
        assertThatThrownBy(() -> new StatementReaders(40).read(small))
                .hasMessage("small.txt: is too large (43 bytes; the limit is 40 bytes)");
        assertThat(new StatementReaders(43).read(small).text()).startsWith("A statement");
    }

    @Test
    void unreadableFile() throws Exception {
        Path file = write("secret.txt", "Joint statement".getBytes());
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "running as root: permissions do not stop reading");
        assertRefused(file, StatementProblem.NO_ACCESS, "secret.txt: cannot be opened (permission denied)");
    }

    @Test
    void permissionDeniedIsPutInWords() {
        var refusal = StatementReaders.unreadable("secret.txt", new AccessDeniedException("/x/secret.txt"));
        assertThat(refusal.problem()).isEqualTo(StatementProblem.NO_ACCESS);
        assertThat(refusal.reason()).isEqualTo("cannot be opened (permission denied)");
    }

    @Test
    void pipesAreNotReadSoTheyCannotHang() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        int exit;
        try {
            exit = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        } catch (java.io.IOException e) {
            exit = -1;
        }
        assumeTrue(exit == 0, "mkfifo is not available");
        assertRefused(fifo, StatementProblem.NOT_A_FILE, "pipe.txt: is not a regular file");
    }

    @Test
    void messageIsOneLineEvenForStrangeNames() {
        var e = new UnreadableStatementException("two\nlines.txt", StatementProblem.EMPTY, "is empty");
        assertThat(e.getMessage()).isEqualTo("two lines.txt: is empty");
        assertThat(e.fileName()).isEqualTo("two\nlines.txt");
        assertThat(e.reason()).isEqualTo("is empty");
    }
}
