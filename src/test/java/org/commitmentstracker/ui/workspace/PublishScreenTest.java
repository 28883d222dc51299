package org.commitmentstracker.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmentstracker.ui.AppWindowFixture.waitFor;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import org.commitmentstracker.ScratchFolders;
import org.commitmentstracker.service.WorkspaceServices;
import org.commitmentstracker.store.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.commitmentstracker.ui.ScreenTest;
import org.testfx.api.FxRobot;

/**
 * File › Move this workspace to a team workspace (publish), against the tests' real PostgreSQL:
 * the laptop's commitments and history are copied into the empty server workspace and the window
 * moves there; a server that already holds a workspace is refused in the dialog, nothing copied.
 */
class PublishScreenTest extends ScreenTest {
    private String home;

    @BeforeEach
    void aHomeOfItsOwn() throws Exception {
        home = System.getProperty("user.home");
        System.setProperty("user.home", ScratchFolders.create("publish-home").toString());
    }

    @AfterEach
    void theHomeBack() {
        System.setProperty("user.home", home);
    }

    @Test
    void theLaptopsWorkspaceMovesToAnEmptyServerAndTheWindowFollows(FxRobot robot) throws Exception {
        String url = TestPostgres.newDatabase("publish");
        int onLaptop = window.showCommitments().getItems().size();
        assertThat(onLaptop).isPositive();

        publishTo(url, robot);

        waitFor(() -> !window.isShowing("publishDialog"));
        waitFor(() -> window.<Label>find("#placeLabel").getText().startsWith("Team workspace"));
        try (WorkspaceServices server = WorkspaceServices.openServer(url, "postgres", null, Clock.systemUTC(),
                Locale.ENGLISH, "test")) {
            assertThat(server.commitments().count()).isEqualTo(onLaptop);
        }

        // Once more into the same server: refused in the dialog's words, which stays open; nothing copied.
        window.fireMenuItem("useLaptopMenuItem");
        waitFor(() -> window.<Label>find("#placeLabel").getText().startsWith("This laptop"));
        Parent again = publishTo(url, robot);
        Label error = window.within(again, "#connectError");
        waitFor(() -> !error.getText().isEmpty());
        assertThat(error.getText()).isEqualTo("The team workspace at " + url + " is not empty: a workspace can only be moved "
                + "into a new, empty one. Ask the IT team for a new database, or connect to this one instead.");
        assertThat(window.isShowing("publishDialog")).isTrue();
        try (WorkspaceServices server = WorkspaceServices.openServer(url, "postgres", null, Clock.systemUTC(),
                Locale.ENGLISH, "test")) {
            assertThat(server.commitments().count()).isEqualTo(onLaptop);
        }
    }

    /** File › Move this workspace to a team workspace, the address and the superuser typed, Move clicked. */
    private Parent publishTo(String url, FxRobot robot) throws Exception {
        window.startMenuItem("publishMenuItem");
        Parent dialog = window.dialog("publishDialog");
        robot.interact(() -> {
            window.<TextField>within(dialog, "#connectAddress").setText(url);
            window.<TextField>within(dialog, "#connectLogin").setText("postgres");
            window.<PasswordField>within(dialog, "#connectPassword").setText("not-needed");
        });
        robot.clickOn(window.<Button>within(dialog, "#connectButton"));
        return dialog;
    }
}
