package org.commitmentstracker.extract.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadFolderTest {
    @TempDir
    Path dir;
    final StatementReaders readers = new StatementReaders();

    Path touch(String relative) throws Exception {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "Joint statement");
    }

    @Test
    void folderGivesItsReadableFilesSortedByName() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("in"));
        touch("in/b.txt");
        touch("in/A.docx");
        touch("in/c.PDF");
        touch("in/notes.md");
        touch("in/~$A.docx");
        touch("in/.draft.txt");
        touch("in/.git/x.txt");
        touch("in/sub/d.html");
        touch("in/sub/e.htm");
        assertThat(readers.expand(List.of(folder))).containsExactly(folder.resolve("A.docx"),
                folder.resolve("b.txt"), folder.resolve("c.PDF"), folder.resolve("sub/d.html"),
                folder.resolve("sub/e.htm"));
    }

    @Test
    void filesAreKeptAsGivenAndNotRepeated() throws Exception {
        Path z = touch("z.txt");
        Path other = touch("other.rtf");
        Path folder = Files.createDirectory(dir.resolve("f"));
        Path a = touch("f/a.txt");
        assertThat(readers.expand(List.of(z, other, folder, a))).containsExactly(z, other, a);
    }

    @Test
    void missingPathIsRefused() {
        assertThatThrownBy(() -> readers.expand(List.of(dir.resolve("nowhere"))))
                .isInstanceOf(UnreadableStatementException.class)
                .hasMessage("nowhere: was not found");
    }

    @Test
    void emptyFolderGivesNothing() throws Exception {
        assertThat(readers.expand(List.of(Files.createDirectory(dir.resolve("empty"))))).isEmpty();
    }
}
