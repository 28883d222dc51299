package org.commitmentstracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmentstracker.ui.AppWindowFixture.fx;
import static org.commitmentstracker.ui.AppWindowFixture.waitFor;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.commitmentstracker.service.WorkspaceServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A start with something overdue opens on the dashboard, as the desktop start does (the rows read ahead say so):
 * the table's screen is made only when it is needed, and Ctrl+F and View › Columns still reach it.
 */
@ExtendWith(ApplicationExtension.class)
class DashboardFirstScreenTest {
    @TempDir
    Path dir;
    App app;
    WorkspaceServices services;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            fx(() -> {
                app.close();
                return null;
            });
        }
    }

    @Test
    void theTableIsMadeWhenFirstNeededAndCtrlFAndTheColumnsMenuReachIt() throws Exception {
        services = WorkspaceServices.open(dir.resolve("data"), Clock.systemDefaultZone(), Locale.ENGLISH, "Lan");
        // The sample workspace has overdue commitments.
        services.prepareFirstRun();
        services.settings().setAuthor("Lan");
        LocalDate today = LocalDate.now(services.clock());
        app = new App(services, Locale.ENGLISH, WorkspaceSwitcher.forTests(Locale.ENGLISH, null, services.folder()), null,
                WorkspaceSwitcher.Target.folder(services.folder()),
                AppFirstRows.readBeside(services.commitments()::overview, row -> row.isOverdue(today)));
        Stage stage = FxToolkit.registerPrimaryStage();
        fx(() -> {
            app.show(stage);
            return null;
        });
        TabPane tabs = (TabPane) stage.getScene().lookup(".tab-pane");
        assertThat(fx(() -> tabs.getSelectionModel().getSelectedItem().getId())).isEqualTo("dashboardTab");
        // Not made yet: neither in the window nor in the columns menu.
        assertThat(fx(() -> stage.getScene().lookup("#commitmentsTable"))).isNull();
        assertThat(fx(() -> columnsMenu(stage).getItems())).isEmpty();

        // Ctrl+F, as the window's accelerator runs it (keys typed by a robot reach whichever window has the focus).
        fx(() -> {
            stage.getScene().getAccelerators().get(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.F,
                    javafx.scene.input.KeyCombination.SHORTCUT_DOWN)).run();
            return null;
        });
        waitFor(() -> "commitmentsTab".equals(tabs.getSelectionModel().getSelectedItem().getId()));
        waitFor(() -> fx(() -> {
            Node focused = stage.getScene().getFocusOwner();
            return focused instanceof TextField && "searchField".equals(focused.getId());
        }));
        assertThat(fx(() -> columnsMenu(stage).getItems())).extracting(javafx.scene.control.MenuItem::getId)
                .contains("sectorColumnMenuItem");
        assertThat(fx(() -> columnsMenu(stage).getItems().get(0))).isInstanceOf(CheckMenuItem.class);
    }

    private static Menu columnsMenu(Stage stage) {
        MenuBar bar = (MenuBar) stage.getScene().lookup(".menu-bar");
        return (Menu) bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "columnsMenu".equals(i.getId())).findFirst().orElseThrow();
    }
}
