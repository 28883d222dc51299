package org.commitmentstracker.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmentstracker.ui.AppWindowFixture.waitFor;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.commitmentstracker.ui.ScreenTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** A workspace others on the computer can read: the window says so at start, and Make private fixes it. */
class PrivacyScreenTest extends ScreenTest {

    @Test
    void aStoreReadableByOthersIsToldAtStartAndMadePrivateInOneClick(FxRobot robot) throws Exception {
        assumeTrue(Files.getFileStore(window.folder()).supportsFileAttributeView("posix"));
        window.showCommitments();
        assertThat(window.<HBox>find("#privacyWarning").isVisible()).as("a new workspace is private").isFalse();
        Path store = window.folder().resolve("commitments.db");
        Files.setPosixFilePermissions(store, PosixFilePermissions.fromString("rw-r--r--"));

        window = window.reopen();
        window.showCommitments();

        HBox bar = window.find("#privacyWarning");
        waitFor(bar::isVisible);
        assertThat(window.<Label>find("#privacyWarningText").getText())
                .isEqualTo("Other accounts on this computer can read your workspace (" + store + ").");
        robot.clickOn(window.<Button>find("#makePrivateButton"));
        waitFor(() -> !bar.isVisible());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store))).isEqualTo("rw-------");
    }
}
