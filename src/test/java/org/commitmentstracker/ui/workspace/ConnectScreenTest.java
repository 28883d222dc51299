package org.commitmentstracker.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmentstracker.ui.AppWindowFixture.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import org.commitmentstracker.ScratchFolders;
import org.commitmentstracker.store.TestPostgres;
import org.commitmentstracker.ui.AppWindowFixture;
import org.commitmentstracker.ui.ScreenTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * File › Connect to a team workspace, against a real PostgreSQL (the tests' embedded one): a
 * wrong database is told in the dialog, which stays open; the right one moves the window to the
 * server, and the status bar says so; Take offline makes a private copy and opens it; File › Use a
 * workspace on this laptop goes back.
 */
class ConnectScreenTest extends ScreenTest {
    private String home;
    private Path testHome;

    @BeforeEach
    void aHomeOfItsOwn() throws Exception {
        // This laptop's folder for the server goes beside the standard data folder: not in the real home.
        home = System.getProperty("user.home");
        testHome = ScratchFolders.create("connect-home");
        System.setProperty("user.home", testHome.toString());
    }

    @AfterEach
    void theHomeBack() {
        System.setProperty("user.home", home);
    }

    @Test
    void connectingMovesTheWindowToTheTeamWorkspaceAndTheStatusBarSaysWhere(FxRobot robot) throws Exception {
        String url = TestPostgres.newDatabase("connect");
        window.showCommitments();
        Label place = window.find("#placeLabel");
        assertThat(place.getText()).isEqualTo("This laptop: " + window.folder());
        assertThat(menuItem("useLaptopMenuItem").isDisable()).isTrue();

        window.startMenuItem("connectMenuItem");
        Parent dialog = window.dialog("connectDialog");
        TextField address = window.within(dialog, "#connectAddress");
        TextField login = window.within(dialog, "#connectLogin");
        PasswordField password = window.within(dialog, "#connectPassword");
        robot.interact(() -> {
            address.setText(url.replaceFirst("/[^/]*$", "/no_such_workspace"));
            login.setText("postgres");
            password.setText("not-needed");
        });
        robot.clickOn(window.<Button>within(dialog, "#connectButton"));
        Label error = window.within(dialog, "#connectError");
        waitFor(() -> !error.getText().isEmpty());
        assertThat(error.getText()).startsWith("There is no such database on the server ").doesNotContain("not-needed");
        assertThat(window.isShowing("connectDialog")).isTrue();
        assertThat(testHome.resolve(".local/share/commitments-tracker-servers")).as("nothing left of the refusal")
                .doesNotExist();

        robot.interact(() -> address.setText(url));
        robot.clickOn(window.<Button>within(dialog, "#connectButton"));

        waitFor(() -> !window.isShowing("connectDialog"));
        waitFor(() -> window.<Label>find("#placeLabel").getText().startsWith("Team workspace"));
        assertThat(window.<Label>find("#placeLabel").getText())
                .isEqualTo("Team workspace on " + url.replace("jdbc:postgresql://", "") + " as postgres");
        assertThat(menuItem("takeOfflineMenuItem").isDisable()).isFalse();
        // The address and login are remembered for next time, the password never.
        Path settings = testHome.resolve(".local/share/commitments-tracker/settings.properties");
        assertThat(Files.readString(settings)).contains("server.login=postgres").doesNotContain("not-needed");

        // File › Take offline: the copy is made in the folder chosen, then opened; the status bar says so.
        window.startMenuItem("takeOfflineMenuItem");
        Parent offline = window.dialog("takeOfflineDialog");
        // A fresh folder beside the laptop's workspace is offered; the officer may choose another.
        waitFor(() -> window.<TextField>within(offline, "#offlineFolder").getText()
                .equals(testHome.resolve(".local/share/commitments-tracker-offline").toString()));
        Path copy = testHome.resolve("offline-copy");
        window.pickNext(copy);
        robot.clickOn(window.<Button>within(offline, "#offlineChoose"));
        waitFor(() -> window.<TextField>within(offline, "#offlineFolder").getText().equals(copy.toString()));
        robot.clickOn(window.<Button>within(offline, "#offlineMakeButton"));
        Button open = window.within(offline, "#offlineOpenButton");
        waitFor(() -> !open.isDisable());
        assertThat(window.<Label>within(offline, "#offlineMessage").getText())
                .isEqualTo("The offline copy is ready in " + copy + ".");
        robot.clickOn(open);
        waitFor(() -> window.<Label>find("#placeLabel").getText().startsWith("Offline copy"));
        assertThat(window.<Label>find("#placeLabel").getText())
                .isEqualTo("Offline copy of " + url.replace("jdbc:postgresql://", "") + " — no changes to send");
        assertThat(menuItem("syncMenuItem").isDisable()).isFalse();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy.resolve("commitments.db"))))
                .isEqualTo("rw-------");

        // File › Sync now: the password asked in its own dialog, then what the sync did.
        window.startMenuItem("syncMenuItem");
        Parent asked = window.dialog("askPasswordDialog");
        robot.clickOn(window.<PasswordField>within(asked, "#askPasswordField"));
        window.type("pw");
        window.press(javafx.scene.input.KeyCode.ENTER);
        Parent notice = window.dialog("progressNotice");
        waitFor(() -> ((javafx.scene.control.DialogPane) notice).getContentText().startsWith("Sync finished"));
        assertThat(((javafx.scene.control.DialogPane) notice).getContentText().strip())
                .isEqualTo("Sync finished: 0 sent, 0 received, no conflicts to resolve.");
        AppWindowFixture.fx(() -> {
            notice.getScene().getWindow().hide();
            return null;
        });

        window.fireMenuItem("useLaptopMenuItem");
        waitFor(() -> window.<Label>find("#placeLabel").getText().startsWith("This laptop"));
        assertThat(window.<Label>find("#placeLabel").getText()).isEqualTo("This laptop: " + window.folder());
    }

    private MenuItem menuItem(String id) throws Exception {
        MenuBar bar = window.find(".menu-bar");
        return AppWindowFixture.fx(() -> bar.getMenus().get(0).getItems().stream()
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow());
    }
}
