package org.commitmentstracker.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmentstracker.ui.AppWindowFixture.waitFor;

import java.nio.file.Files;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.commitmentstracker.ui.ScreenTest;
import org.commitmentstracker.ui.commitments.CommitmentRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The settings screen (Ctrl+,) and the language menu: what the officer chooses is kept in settings.properties. */
class SettingsScreenTest extends ScreenTest {

    @BeforeEach
    void openTheTable() throws Exception {
        window.showCommitments();
    }

    @Test
    void theSettingsScreenOpensFromTheKeyboardAndEnterSavesTheName(FxRobot robot) throws Exception {
        window.press(KeyCode.CONTROL, KeyCode.COMMA);
        Parent dialog = window.dialog("settingsDialog");
        TextField author = window.within(dialog, "#settingsAuthor");
        // The settings are filled in one FX callback, the name before the folders: wait for the last one.
        TextField backupFolder = window.within(dialog, "#settingsBackupFolder");
        waitFor(() -> !author.getText().isEmpty() && !backupFolder.getText().isEmpty());
        assertThat(backupFolder.getText()).isEqualTo(window.folder().resolve("backups").toString());

        robot.interact(author::clear);
        robot.clickOn(author);
        window.type("Trần Hoa");
        window.press(KeyCode.ENTER);
        waitFor(() -> !window.isShowing("settingsDialog"));
        assertThat(window.author()).isEqualTo("Trần Hoa");
        assertThat(Files.readString(window.folder().resolve("settings.properties"))).contains("backupFolder");
    }

    @Test
    void vietnameseChosenInSettingsIsSavedAndTheWindowSpeaksIt(FxRobot robot) throws Exception {
        window.press(KeyCode.CONTROL, KeyCode.COMMA);
        Parent dialog = window.dialog("settingsDialog");
        robot.clickOn(window.<javafx.scene.Node>within(dialog, "#settingsLanguage"));
        robot.clickOn(window.popupCell("Vietnamese"));
        // Enter in a field saves (the dialog's default button).
        robot.clickOn(window.<TextField>within(dialog, "#settingsAuthor"));
        window.press(KeyCode.ENTER);

        waitFor(() -> !window.isShowing("settingsDialog"));
        waitFor(() -> Files.readString(window.folder().resolve("settings.properties")).contains("language=vi"));
        TableView<CommitmentRow> table = window.commitmentsTable();
        assertThat(table.getColumns()).extracting(c -> c.getText()).contains("Cam kết", "Trạng thái");
        assertThat(window.<Label>find("#summaryLabel").getText()).contains("cam kết");
    }

    @Test
    void theWholeWindowSwitchesToVietnameseAndTheChoiceIsRemembered() throws Exception {
        window.fireMenuItem("vietnameseMenuItem");

        waitFor(() -> window.<TableView<CommitmentRow>>find("#commitmentsTable").getColumns().get(2).getText()
                .equals("Cam kết"));
        TableView<CommitmentRow> vietnameseTable = window.commitmentsTable();
        assertThat(vietnameseTable.getColumns()).extracting(c -> c.getText())
                .contains("Cam kết", "Cơ quan chủ trì", "Trạng thái", "Thời hạn");
        assertThat(vietnameseTable.getItems()).anySatisfy(row -> assertThat(row.statusLabel()).isEqualTo("Hoàn thành"));
        assertThat(window.<Label>find("#summaryLabel").getText()).contains("cam kết");
        assertThat(Files.readString(window.folder().resolve("settings.properties"))).contains("language=vi");
        // Nothing to wait for: a jump to the dashboard, if the rebuilt window made one, would come within this.
        org.testfx.util.WaitForAsyncUtils.sleep(500, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertThat(window.selectedTabId()).as("no jump to the dashboard").isEqualTo("commitmentsTab");
    }
}
