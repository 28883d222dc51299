package org.commitmentstracker.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.commitmentstracker.App;
import org.commitmentstracker.store.Workspace;
import org.commitmentstracker.ui.commitments.CommitmentRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real main window headless (Monocle) on a new workspace. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    Path dir;
    App app;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("main-window-test");
        app = new App(Workspace.open(dir), Clock.systemDefaultZone(), Locale.ENGLISH);
        app.prepareWorkspace();
        app.show(stage);
    }

    /** The sample has overdue commitments, so the window opens on the dashboard: go to the table. */
    @org.junit.jupiter.api.BeforeEach
    void openTheCommitmentsTab(FxRobot robot) throws Exception {
        Label overdue = robot.lookup("#dashboardOverdue").queryAs(Label.class);
        javafx.scene.control.TabPane tabs = robot.lookup(".tab-pane").queryAs(javafx.scene.control.TabPane.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !"0".equals(overdue.getText())
                && "dashboardTab".equals(tabs.getSelectionModel().getSelectedItem().getId()));
        robot.interact(() -> tabs.getSelectionModel().select(1));
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theWholeWindowSwitchesToVietnameseAndTheChoiceIsRemembered(FxRobot robot) throws Exception {
        TableView<CommitmentRow> table = robot.lookup("#commitmentsTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.MenuItem vietnamese = bar.getMenus().stream()
                .flatMap(m -> m.getItems().stream())
                .flatMap(i -> i instanceof javafx.scene.control.Menu sub ? sub.getItems().stream() : java.util.stream.Stream.of(i))
                .filter(i -> "vietnameseMenuItem".equals(i.getId())).findFirst().orElseThrow();

        robot.interact(vietnamese::fire);

        TableView<CommitmentRow> vietnameseTable = robot.lookup("#commitmentsTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !vietnameseTable.getItems().isEmpty());
        assertThat(vietnameseTable.getColumns()).extracting(c -> c.getText())
                .contains("Cam kết", "Cơ quan chủ trì", "Trạng thái", "Thời hạn");
        assertThat(vietnameseTable.getItems()).anySatisfy(row -> assertThat(row.statusLabel()).isEqualTo("Hoàn thành"));
        assertThat(robot.lookup("#summaryLabel").queryAs(Label.class).getText()).contains("cam kết");
        assertThat(java.nio.file.Files.readString(dir.resolve("settings.properties"))).contains("language=vi");
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        javafx.scene.control.TabPane tabs = robot.lookup(".tab-pane").queryAs(javafx.scene.control.TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).as("no jump to the dashboard").isEqualTo("commitmentsTab");
    }

    @Test
    void theSettingsScreenOpensFromTheKeyboardAndEnterSavesTheName(FxRobot robot) throws Exception {
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.COMMA)
                .release(javafx.scene.input.KeyCode.COMMA, javafx.scene.input.KeyCode.CONTROL);
        javafx.scene.control.TextField author = robot.lookup("#settingsAuthor").queryAs(javafx.scene.control.TextField.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !author.getText().isEmpty());
        assertThat(robot.lookup("#settingsBackupFolder").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo(dir.resolve("backups").toString());

        robot.interact(author::clear);
        robot.clickOn(author).write("Trần Hoa");
        robot.press(javafx.scene.input.KeyCode.ENTER).release(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#settingsDialog").tryQuery().isEmpty());
        assertThat(app.author()).isEqualTo("Trần Hoa");
        assertThat(Files.readString(dir.resolve("settings.properties"))).contains("backupFolder");
    }

    @Test
    void ctrlEOpensTheReportDialogOnTheQuarterJustEnded(FxRobot robot) throws Exception {
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.E)
                .release(javafx.scene.input.KeyCode.E, javafx.scene.input.KeyCode.CONTROL);

        javafx.scene.control.ComboBox<?> quarter = robot.lookup("#reportQuarter").queryComboBox();
        org.commitmentstracker.model.ReportPeriod current =
                org.commitmentstracker.model.ReportPeriod.quarterOf(java.time.LocalDate.now());
        assertThat(quarter.getValue()).isEqualTo(
                org.commitmentstracker.model.ReportPeriod.quarterOf(current.from().minusDays(1)).label());
        assertThat(robot.lookup("#reportExport").queryButton().isDisabled()).isFalse();

        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#reportDialog").tryQuery().isEmpty());
    }

    @Test
    void aBackupMadeNowIsRestoredAndTheWindowReopensOnIt(FxRobot robot) throws Exception {
        TableView<CommitmentRow> table = robot.lookup("#commitmentsTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        int before = table.getItems().size();
        robot.interact(() -> app.backups().backUpNow());
        Label backupLabel = robot.lookup("#backupLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> backupLabel.getText().startsWith("Backed up: "));
        java.util.List<java.nio.file.Path> backups;
        try (var files = Files.list(dir.resolve("backups"))) {
            backups = files.sorted().toList();
        }
        java.nio.file.Path newest = backups.get(backups.size() - 1);
        // Work done after the backup: one more commitment.
        var database = org.commitmentstracker.store.Database.open(dir.resolve(Workspace.STORE_FILE));
        new org.commitmentstracker.store.StatementRepository(database, Clock.systemUTC())
                .insert(org.commitmentstracker.store.StoreFixture.smallStatement("After the backup", "MOIT"));

        robot.interact(() -> app.backups().restore(newest));

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#commitmentsTable").tryQuery()
                .map(n -> (TableView<?>) n).filter(t -> t != table && t.getItems().size() == before).isPresent());
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).anyMatch(n -> n.startsWith("commitments.db.replaced-"));
        }
    }

    @Test
    void theWorkspaceMovesToAnEmptyFolderAndTheWindowReopensThere(FxRobot robot) throws Exception {
        TableView<CommitmentRow> table = robot.lookup("#commitmentsTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        int before = table.getItems().size();
        Path usb = Files.createTempDirectory("usb-stick").resolve("workspace");

        robot.interact(() -> app.moveWorkspace(usb));

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#commitmentsTable").tryQuery()
                .map(n -> (TableView<?>) n).filter(t -> t != table && t.getItems().size() == before).isPresent());
        assertThat(usb.resolve(Workspace.STORE_FILE)).exists();
        assertThat(robot.lookup(".status-bar .muted-text").queryAllAs(Label.class))
                .anySatisfy(l -> assertThat(l.getText()).contains(usb.toString()));
        assertThat(dir.resolve(Workspace.STORE_FILE)).exists();
    }
}
