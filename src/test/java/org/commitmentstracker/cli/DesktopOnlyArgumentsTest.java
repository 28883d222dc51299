package org.commitmentstracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The plain desktop start skips building the command line's model; anything else goes to picocli. */
class DesktopOnlyArgumentsTest {
    @Test
    void aDataFolderAloneOpensTheWindowOnIt() {
        assertThat(MainCommand.desktopOnly("--data-dir", "/tmp/ws")).contains(Path.of("/tmp/ws"));
        assertThat(MainCommand.desktopOnly("--data-dir=/tmp/ws")).contains(Path.of("/tmp/ws"));
        assertThat(MainCommand.desktopOnly()).isPresent();
    }

    @Test
    void commandsOptionsAndMistakesAreLeftToTheCommandLine() {
        assertThat(MainCommand.desktopOnly("list")).isEmpty();
        assertThat(MainCommand.desktopOnly("--help")).isEmpty();
        assertThat(MainCommand.desktopOnly("--data-dir")).isEmpty();
        assertThat(MainCommand.desktopOnly("--data-dir=")).isEmpty();
        assertThat(MainCommand.desktopOnly("--data-dir", "--help")).isEmpty();
        assertThat(MainCommand.desktopOnly("--data-dir", "/tmp/ws", "list")).isEmpty();
        assertThat(MainCommand.desktopOnly("--server", "jdbc:postgresql://h/db")).isEmpty();
    }
}
