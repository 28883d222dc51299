package org.commitmentstracker.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmentstracker.ui.AppWindowFixture.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.commitmentstracker.ScratchFolders;
import org.commitmentstracker.service.BackupActions;
import org.commitmentstracker.store.StoreFixture;
import org.commitmentstracker.store.Workspace;
import org.commitmentstracker.ui.ScreenTest;
import org.commitmentstracker.ui.commitments.CommitmentRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Backups, restoring one, and moving the workspace: the window reopens on the store put in place. */
class BackupRestoreScreenTest extends ScreenTest {
    TableView<CommitmentRow> table;

    @BeforeEach
    void openTheTable() throws Exception {
        table = window.showCommitments();
    }

    @Test
    void aBackupMadeNowIsRestoredAndTheWindowReopensOnIt() throws Exception {
        int before = table.getItems().size();
        window.backUpNow();
        Label backupLabel = window.find("#backupLabel");
        waitFor(() -> backupLabel.getText().startsWith("Backed up: "));
        List<Path> backups = backups();
        Path newest = backups.get(backups.size() - 1);
        // Work done after the backup: one more commitment.
        window.store().statements().insert(StoreFixture.smallStatement("After the backup", "MOIT"));

        window.restore(newest);

        waitFor(() -> window.<TableView<?>>find("#commitmentsTable") != table
                && window.<TableView<?>>find("#commitmentsTable").getItems().size() == before);
        assertThat(replacedStores()).isNotEmpty();
    }

    @Test
    void backUpAndRestoreFromTheFileMenuPutTheBackupInPlace(FxRobot robot) throws Exception {
        int before = table.getItems().size();
        window.chooseMenu("File", "backupMenuItem");
        Label backupLabel = window.find("#backupLabel");
        waitFor(() -> backupLabel.getText().startsWith("Backed up: "));
        assertThat(backups()).hasSize(1);
        window.store().statements().insert(StoreFixture.smallStatement("After the backup", "MOIT"));
        window.press(javafx.scene.input.KeyCode.F5);
        waitFor(() -> table.getItems().size() == before + 1);

        window.chooseMenu("File", "restoreMenuItem");
        Parent dialog = window.dialog("restoreDialog");
        ListView<BackupActions.Choice> list = window.within(dialog, "#backupList");
        waitFor(() -> list.getItems().size() == 1);
        window.clickRow(list, 0);
        Button restore = window.within(dialog, "#restoreButton");
        waitFor(() -> !restore.isDisabled());
        robot.clickOn(restore);

        waitFor(() -> !window.isShowing("restoreDialog"));
        waitFor(() -> window.<TableView<?>>find("#commitmentsTable") != table
                && window.<TableView<?>>find("#commitmentsTable").getItems().size() == before);
        assertThat(replacedStores()).filteredOn(n -> !n.endsWith("-wal") && !n.endsWith("-shm")).hasSize(1);
        assertThat(list.getItems().get(0).file()).isEqualTo(backups().get(0));
    }

    @Test
    void theWorkspaceMovesToAnEmptyFolderAndTheWindowReopensThere(FxRobot robot) throws Exception {
        int before = table.getItems().size();
        Path usb = ScratchFolders.create("usb-stick").resolve("workspace");

        window.moveWorkspace(usb);

        waitFor(() -> window.<TableView<?>>find("#commitmentsTable") != table
                && window.<TableView<?>>find("#commitmentsTable").getItems().size() == before);
        assertThat(usb.resolve(Workspace.STORE_FILE)).exists();
        assertThat(robot.lookup(".status-bar .muted-text").queryAllAs(Label.class))
                .anySatisfy(l -> assertThat(l.getText()).contains(usb.toString()));
        assertThat(window.folder().resolve(Workspace.STORE_FILE)).exists();
    }

    private List<Path> backups() throws Exception {
        try (Stream<Path> files = Files.list(window.folder().resolve("backups"))) {
            return files.sorted().toList();
        }
    }

    private List<String> replacedStores() throws Exception {
        try (Stream<Path> files = Files.list(window.folder())) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("commitments.db.replaced-"))
                    .toList();
        }
    }
}
