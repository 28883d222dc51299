package org.commitmentstracker.ui.main;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.commitmentstracker.model.AppVersion;
import org.commitmentstracker.ui.Dialogs;
import org.commitmentstracker.ui.FxDialogs;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.agencies.AgenciesView;
import org.commitmentstracker.ui.agencies.AgenciesViewModel;
import org.commitmentstracker.ui.backup.BackupViewModel;
import org.commitmentstracker.ui.bulk.BulkEditBar;
import org.commitmentstracker.ui.bulk.BulkEditViewModel;
import org.commitmentstracker.ui.commitments.CommitmentFilterBar;
import org.commitmentstracker.ui.commitments.CommitmentsView;
import org.commitmentstracker.ui.commitments.CommitmentsViewModel;
import org.commitmentstracker.ui.dashboard.DashboardView;
import org.commitmentstracker.ui.dashboard.DashboardViewModel;
import org.commitmentstracker.ui.detail.CommitmentDetailView;
import org.commitmentstracker.ui.detail.CommitmentDetailViewModel;
import org.commitmentstracker.ui.help.UserGuideViewModel;
import org.commitmentstracker.ui.help.UserGuideWindow;
import org.commitmentstracker.ui.settings.WindowActions;
import org.commitmentstracker.ui.workspace.PrivacyBar;
import org.commitmentstracker.ui.workspace.WorkspaceStatusViewModel;
import org.commitmentstracker.ui.statements.SampleOfferBar;
import org.commitmentstracker.ui.statements.StatementsView;
import org.commitmentstracker.ui.statements.StatementsViewModel;
import org.commitmentstracker.ui.savedviews.SavedViewsViewModel;

/**
 * The main window's content: menus, the tabs of the screens and a status bar. What the menus
 * do with files is in {@link FileActions} and {@link DropTarget}; every dialog goes through {@link Dialogs}.
 */
public final class MainWindowView extends BorderPane {
    private final Messages messages;
    private final Path dataFolder;
    private final Dialogs dialogs;
    private TabPane tabs;
    /** True while the app itself brings the dashboard to the front: its figures are fresh. */
    private boolean quietSwitch;
    private UserGuideWindow guide;
    private Tab dashboardTab;

    /**
     * @param dataFolder the workspace shown (status bar, About)
     * @param actions    what the menus ask beyond one screen
     * @param dialogs    every message, question and chooser of the window and its screens
     */
    public MainWindowView(Screens screens, Messages messages, Path dataFolder, WindowActions actions, Dialogs dialogs) {
        this(screens, messages, dataFolder, actions, dialogs, false);
    }

    /** @param dashboardFirst opens on the dashboard (the table's screen is then built when first shown) */
    public MainWindowView(Screens screens, Messages messages, Path dataFolder, WindowActions actions, Dialogs dialogs,
                          boolean dashboardFirst) {
        this.messages = messages;
        this.dataFolder = dataFolder;
        this.dialogs = dialogs;
        build(screens, actions, dashboardFirst);
    }

    private void build(Screens screens, WindowActions actions, boolean dashboardFirst) {
        getStyleClass().add("main-window");
        DropTarget drops = new DropTarget(actions);
        MainMenus menus = new MainMenus(messages, actions, new FileActions(actions, dialogs, messages, this::window),
                drops, screens.workspace().where().kind());
        // The table's screen (filters, table, detail pane) is made when first needed: when its tab is shown, or
        // View › Columns or Ctrl+F asks for it. A window that opens on the dashboard does not make it before it appears.
        CommitmentsScreen commitments = new CommitmentsScreen(screens, menus::listColumns);
        setTop(new VBox(menus.menuBar(screens.commitments()::refresh, this::showGuide, this::showAbout,
                this::closeWindow, screens.layout(), () -> commitments.get().table().columns()), menus.toolBar(),
                new SampleOfferBar(screens.statements(), messages), new PrivacyBar(screens.workspace(), messages)));
        drops.acceptDropsOn(this);
        // Every tab's content joins the window when the tab is first shown: only the first screen is styled and
        // laid out before the window appears.
        dashboardTab = lazyTab("dashboardTab", "tab.dashboard", () -> new DashboardView(screens.dashboard(), messages));
        // A tab pane selects the first tab it is given: the one the window opens on, whose content alone is built.
        Tab commitmentsTab = commitmentsTab(screens, commitments);
        tabs = new TabPane(dashboardFirst ? dashboardTab : commitmentsTab);
        if (dashboardFirst) {
            tabs.getTabs().add(commitmentsTab);
        } else {
            tabs.getTabs().add(0, dashboardTab);
        }
        tabs.getTabs().addAll(statementsTab(screens.statements()), agenciesTab(screens.agencies()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // The app loads the dashboard's first figures itself; later visits load them anew.
        DashboardViewModel dashboard = screens.dashboard();
        dashboardTab.setOnSelectionChanged(e -> {
            if (dashboardTab.isSelected() && dashboard.loadedProperty().get() && !quietSwitch) {
                dashboard.refresh();
            }
        });
        setCenter(tabs);
        CommitmentDetailViewModel detail = screens.detail();
        sceneProperty().addListener((o, old, scene) -> {
            if (scene == null && guide != null) {
                // The window was rebuilt (in another language): a guide in the old one goes with it.
                guide.close();
            }
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
                    CommitmentFilterBar filters = commitments.get().filters();
                    if (commitmentsTab.isSelected()) {
                        filters.focusSearch();
                    } else {
                        // From another tab, the search is the table's: its tab comes to the front, and the field
                        // takes the focus once laid out there (a field not yet shown cannot).
                        tabs.getSelectionModel().select(commitmentsTab);
                        org.commitmentstracker.ui.AfterLayout.once(scene, filters::focusSearch);
                    }
                });
                // In a text field Ctrl+Z undoes typing; elsewhere it undoes the last saved edit.
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN),
                        detail::undo);
            }
        });
        setBottom(statusBar(screens.commitments(), screens.workspace()));
    }

    /** File > Quit: as the window's close button, so what is typed is saved (or the officer asked) first. */
    private void closeWindow() {
        Window window = window();
        window.fireEvent(new javafx.stage.WindowEvent(window, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    private Tab commitmentsTab(Screens screens, CommitmentsScreen commitments) {
        screens.commitments().selectedCommitmentProperty().addListener((o, old, id) -> {
            if (id != null) {
                screens.detail().show(id);
            }
        });
        // A window rebuilt in another language shows the commitment that was selected.
        Long selected = screens.commitments().selectedCommitmentProperty().get();
        if (selected != null) {
            screens.detail().show(selected);
        }
        return lazyTab("commitmentsTab", "tab.commitments", () -> commitments.get().split());
    }

    /** The table's screen: made once, when first asked for. */
    private final class CommitmentsScreen {
        private final Screens screens;
        /** Told once the screen is made (View › Columns lists its columns). */
        private final Runnable made;
        private Parts parts;

        CommitmentsScreen(Screens screens, Runnable made) {
            this.screens = screens;
            this.made = made;
        }

        Parts get() {
            if (parts == null) {
                CommitmentFilterBar filters = new CommitmentFilterBar(screens.commitments(), screens.savedViews(),
                        screens.layout(), messages, dialogs);
                CommitmentsView table = new CommitmentsView(screens.commitments(), screens.layout(), messages);
                table.mirrorSelectionInto(screens.bulk().selection());
                Node detailPane = new CommitmentDetailView(screens.detail(), messages, dialogs);
                detailPane.setId("detailPane");
                SplitPane split = new SplitPane(new BorderPane(table, filters, null,
                        new BulkEditBar(screens.bulk(), messages), null));
                split.setId("commitmentsSplit");
                new DetailPaneSplit(split, detailPane, screens.layout());
                parts = new Parts(filters, table, split);
                made.run();
            }
            return parts;
        }
    }

    private record Parts(CommitmentFilterBar filters, CommitmentsView table, SplitPane split) {
    }

    private Tab statementsTab(StatementsViewModel statements) {
        Tab tab = lazyTab("statementsTab", "tab.statements", () -> new StatementsView(statements, messages));
        refreshWhenShown(tab, statements::refresh);
        return tab;
    }

    private Tab agenciesTab(AgenciesViewModel agencies) {
        Tab tab = lazyTab("agenciesTab", "tab.agencies", () -> new AgenciesView(agencies, messages));
        refreshWhenShown(tab, agencies::refresh);
        return tab;
    }

    /** Tabs not shown at start are built when first opened: a faster start. */
    private Tab lazyTab(String id, String titleKey, Supplier<Node> content) {
        Tab tab = new Tab(messages.get(titleKey));
        tab.setId(id);
        tab.selectedProperty().addListener((o, was, is) -> {
            if (is && tab.getContent() == null) {
                tab.setContent(content.get());
            }
        });
        return tab;
    }

    private static void refreshWhenShown(Tab tab, Runnable refresh) {
        tab.setOnSelectionChanged(e -> {
            if (tab.isSelected()) {
                refresh.run();
            }
        });
    }

    private HBox statusBar(CommitmentsViewModel commitments, WorkspaceStatusViewModel workspace) {
        Label summary = new Label();
        summary.setId("summaryLabel");
        summary.textProperty().bind(commitments.summaryProperty());
        summary.setMinWidth(Region.USE_PREF_SIZE);
        Label error = new Label();
        error.setId("errorLabel");
        error.getStyleClass().add("error-text");
        error.textProperty().bind(commitments.errorProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // Where the officer works: this laptop's folder, the team workspace, or an offline copy of it.
        Label folder = new Label();
        folder.setId("placeLabel");
        folder.textProperty().bind(workspace.placeProperty());
        folder.getStyleClass().add("muted-text");
        // The count and where one works are never cut short; the backup message between them gives way.
        folder.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(12, summary, error, spacer, folder);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(4, 10, 4, 10));
        return bar;
    }

    /** Help › User guide: one window, in the UI's language, brought to the front when already open. */
    private void showGuide() {
        if (guide == null || !guide.isShowing()) {
            guide = new UserGuideWindow(window(), new UserGuideViewModel(messages.language()), messages);
        }
        guide.show();
    }

    private void showAbout() {
        dialogs.showInformationAndWait(messages.get("about.title"),
                messages.format("about.header", AppVersion.current()), messages.format("about.body", dataFolder));
    }

    /** Shows in the status bar what the last backup did. */
    public void showBackupStatus(BackupViewModel backups) {
        Label backup = new Label();
        backup.setId("backupLabel");
        backup.getStyleClass().add("muted-text");
        backup.textProperty().bind(backups.messageProperty());
        Label failed = new Label();
        failed.getStyleClass().add("error-text");
        failed.textProperty().bind(backups.errorProperty());
        ((HBox) getBottom()).getChildren().addAll(2, List.of(backup, failed));
    }

    /** Shows the notice of what changed since the last start across the top; its "Show them" brings the table forward. */
    public void showSinceLastStart(org.commitmentstracker.ui.commitments.SinceLastStartViewModel sinceLastStart) {
        ((VBox) getTop()).getChildren().add(new org.commitmentstracker.ui.commitments.SinceLastStartBar(sinceLastStart,
                messages, () -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                        .filter(t -> "commitmentsTab".equals(t.getId())).findFirst().orElseThrow())));
    }

    /** Brings the dashboard to the front, with the figures it has (they were just loaded). */
    public void showDashboard() {
        quietSwitch = true;
        try {
            tabs.getSelectionModel().select(dashboardTab);
        } finally {
            quietSwitch = false;
        }
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
