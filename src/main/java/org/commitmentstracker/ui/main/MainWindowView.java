package org.commitmentstracker.ui.main;

import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.commitmentstracker.model.AppVersion;
import org.commitmentstracker.ui.Dialogs;
import org.commitmentstracker.ui.FxDialogs;
import org.commitmentstracker.ui.Messages;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.commitmentstracker.ui.agencies.AgenciesView;
import org.commitmentstracker.ui.agencies.AgenciesViewModel;
import org.commitmentstracker.ui.bulk.BulkEditBar;
import org.commitmentstracker.ui.bulk.BulkEditViewModel;
import org.commitmentstracker.ui.commitments.CommitmentFilterBar;
import org.commitmentstracker.ui.dashboard.DashboardView;
import org.commitmentstracker.ui.dashboard.DashboardViewModel;
import org.commitmentstracker.ui.commitments.CommitmentsView;
import org.commitmentstracker.ui.commitments.CommitmentsViewModel;
import org.commitmentstracker.ui.detail.CommitmentDetailView;
import org.commitmentstracker.ui.detail.CommitmentDetailViewModel;
import org.commitmentstracker.ui.settings.WindowActions;
import org.commitmentstracker.ui.views.SavedViewsViewModel;
import org.commitmentstracker.ui.statements.StatementsView;
import org.commitmentstracker.ui.statements.StatementsViewModel;

/** The main window's content: menus, the commitments table and a status bar. */
public final class MainWindowView extends BorderPane {
    private final Messages messages;
    private final Path dataFolder;

    private final WindowActions actions;
    private final Dialogs dialogs = new FxDialogs(this::window);
    private TabPane tabs;
    private Tab dashboardTab;

    public MainWindowView(CommitmentsViewModel commitments, CommitmentDetailViewModel detail, BulkEditViewModel bulk,
                          StatementsViewModel statements, AgenciesViewModel agencies, DashboardViewModel dashboard,
                          SavedViewsViewModel savedViews, Messages messages, Path dataFolder, WindowActions actions) {
        this.messages = messages;
        this.dataFolder = dataFolder;
        this.actions = actions;
        getStyleClass().add("main-window");
        setTop(new javafx.scene.layout.VBox(menuBar(commitments), toolBar()));
        acceptDroppedFiles();
        CommitmentFilterBar filters = new CommitmentFilterBar(commitments, savedViews, messages, dialogs);
        CommitmentsView table = new CommitmentsView(commitments, messages);
        table.selectedCommitmentProperty().addListener((o, old, id) -> {
            if (id != null) {
                detail.show(id);
            }
        });
        table.mirrorSelectionInto(bulk.selection());
        SplitPane split = new SplitPane(new BorderPane(table, filters, null, new BulkEditBar(bulk, messages), null),
                new CommitmentDetailView(detail, messages, dialogs));
        split.setDividerPositions(0.7);
        Tab commitmentsTab = new Tab(messages.get("tab.commitments"), split);
        commitmentsTab.setId("commitmentsTab");
        // Tabs not shown at start are built when first opened: a faster start.
        Tab statementsTab = lazyTab(messages.get("tab.statements"), () -> new StatementsView(statements, messages));
        statementsTab.setId("statementsTab");
        statementsTab.setOnSelectionChanged(e -> {
            if (statementsTab.isSelected()) {
                statements.refresh();
            }
        });
        Tab agenciesTab = lazyTab(messages.get("tab.agencies"), () -> new AgenciesView(agencies, messages));
        agenciesTab.setId("agenciesTab");
        agenciesTab.setOnSelectionChanged(e -> {
            if (agenciesTab.isSelected()) {
                agencies.refresh();
            }
        });
        // Its charts are built when it is first shown, after the table the window opens on.
        Tab dashboardTab = lazyTab(messages.get("tab.dashboard"), () -> new DashboardView(dashboard, messages));
        dashboardTab.setId("dashboardTab");
        TabPane tabs = new TabPane(dashboardTab, commitmentsTab, statementsTab, agenciesTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().select(commitmentsTab);
        dashboardTab.setOnSelectionChanged(e -> {
            if (dashboardTab.isSelected()) {
                dashboard.refresh();
            }
        });
        this.tabs = tabs;
        this.dashboardTab = dashboardTab;
        setCenter(tabs);
        sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                        filters::focusSearch);
                // In a text field Ctrl+Z undoes typing; elsewhere it undoes the last saved edit.
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN),
                        detail::undo);
            }
        });
        setBottom(statusBar(commitments));
    }

    private static Tab lazyTab(String title, java.util.function.Supplier<javafx.scene.Node> content) {
        Tab tab = new Tab(title);
        tab.selectedProperty().addListener((o, was, is) -> {
            if (is && tab.getContent() == null) {
                tab.setContent(content.get());
            }
        });
        return tab;
    }

    private MenuBar menuBar(CommitmentsViewModel commitments) {
        MenuItem refresh = new MenuItem(messages.get("menu.file.refresh"));
        refresh.setId("refreshMenuItem");
        refresh.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        refresh.setOnAction(e -> commitments.refresh());
        MenuItem exit = new MenuItem(messages.get("menu.file.exit"));
        exit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        exit.setOnAction(e -> window().hide());
        MenuItem author = new MenuItem(messages.get("menu.file.author"));
        author.setId("authorMenuItem");
        author.setOnAction(e -> askAuthor());
        MenuItem importFiles = new MenuItem(messages.get("menu.file.import"));
        importFiles.setId("importMenuItem");
        importFiles.setAccelerator(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN));
        importFiles.setOnAction(e -> chooseFiles());
        MenuItem importFolder = new MenuItem(messages.get("menu.file.importFolder"));
        importFolder.setId("importFolderMenuItem");
        importFolder.setOnAction(e -> chooseFolder());
        MenuItem paste = new MenuItem(messages.get("menu.file.paste"));
        paste.setId("pasteMenuItem");
        paste.setAccelerator(new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        paste.setOnAction(e -> pasteStatement());
        MenuItem export = new MenuItem(messages.get("menu.file.export"));
        export.setId("exportMenuItem");
        export.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        export.setOnAction(e -> openReport());
        MenuItem exportForms = new MenuItem(messages.get("menu.file.exportForms"));
        exportForms.setId("exportFormsMenuItem");
        exportForms.setOnAction(e -> exportForms());
        MenuItem importUpdates = new MenuItem(messages.get("menu.file.importUpdates"));
        importUpdates.setId("importUpdatesMenuItem");
        importUpdates.setOnAction(e -> importUpdates());
        MenuItem backUp = new MenuItem(messages.get("menu.file.backup"));
        backUp.setId("backupMenuItem");
        backUp.setOnAction(e -> actions.backups().backUpNow());
        MenuItem restore = new MenuItem(messages.get("menu.file.restore"));
        restore.setId("restoreMenuItem");
        restore.setOnAction(e -> new org.commitmentstracker.ui.backup.RestoreDialog(window(), actions.backups(), messages,
                dialogs).showAndWait());
        MenuItem openWorkspace = new MenuItem(messages.get("menu.file.openWorkspace"));
        openWorkspace.setId("openWorkspaceMenuItem");
        openWorkspace.setOnAction(e -> chooseWorkspaceFolder("menu.file.openWorkspace", actions::openWorkspace));
        MenuItem moveWorkspace = new MenuItem(messages.get("menu.file.moveWorkspace"));
        moveWorkspace.setId("moveWorkspaceMenuItem");
        moveWorkspace.setOnAction(e -> chooseWorkspaceFolder("menu.file.moveWorkspace", actions::moveWorkspace));
        MenuItem settings = new MenuItem(messages.get("menu.file.settings"));
        settings.setId("settingsMenuItem");
        settings.setAccelerator(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN));
        settings.setOnAction(e -> new org.commitmentstracker.ui.settings.SettingsDialog(window(), actions.settings(),
                messages, dialogs).showAndWait());
        Menu file = new Menu(messages.get("menu.file"), null, importFiles, importFolder, paste, new SeparatorMenuItem(),
                export, exportForms, importUpdates, new SeparatorMenuItem(), backUp, restore, openWorkspace,
                moveWorkspace, new SeparatorMenuItem(), refresh, author, settings, new SeparatorMenuItem(), exit);

        ToggleGroup languages = new ToggleGroup();
        RadioMenuItem english = new RadioMenuItem("English");
        english.setId("englishMenuItem");
        RadioMenuItem vietnamese = new RadioMenuItem("Tiếng Việt");
        vietnamese.setId("vietnameseMenuItem");
        english.setToggleGroup(languages);
        vietnamese.setToggleGroup(languages);
        ("vi".equals(messages.language()) ? vietnamese : english).setSelected(true);
        english.setOnAction(e -> actions.switchLanguage("en"));
        vietnamese.setOnAction(e -> actions.switchLanguage("vi"));
        Menu view = new Menu(messages.get("menu.view"), null, new Menu(messages.get("menu.view.language"), null,
                english, vietnamese));

        MenuItem about = new MenuItem(messages.get("menu.help.about"));
        about.setId("aboutMenuItem");
        about.setOnAction(e -> showAbout());
        Menu help = new Menu(messages.get("menu.help"), null, about);
        MenuBar bar = new MenuBar(file, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private javafx.scene.control.ToolBar toolBar() {
        javafx.scene.control.Button importButton = new javafx.scene.control.Button(messages.get("toolbar.import"));
        importButton.setId("importButton");
        importButton.setTooltip(new javafx.scene.control.Tooltip(messages.get("toolbar.import.tip")));
        importButton.setOnAction(e -> chooseFiles());
        javafx.scene.control.Button pasteButton = new javafx.scene.control.Button(messages.get("menu.file.paste"));
        pasteButton.setId("pasteButton");
        pasteButton.setOnAction(e -> pasteStatement());
        javafx.scene.control.Button exportButton = new javafx.scene.control.Button(messages.get("toolbar.export"));
        exportButton.setId("exportButton");
        exportButton.setTooltip(new javafx.scene.control.Tooltip(messages.get("report.header") + " (Ctrl+E)"));
        exportButton.setOnAction(e -> openReport());
        javafx.scene.control.ToolBar bar = new javafx.scene.control.ToolBar(importButton, pasteButton,
                new javafx.scene.control.Separator(javafx.geometry.Orientation.VERTICAL), exportButton);
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    private void openReport() {
        new org.commitmentstracker.ui.report.ReportDialog(window(), actions.report(), messages, actions.opener(),
                dialogs).showAndWait();
    }

    private void exportForms() {
        java.util.Optional<Path> folder = dialogs.chooseFolder(messages.get("forms.export.title"), null);
        if (folder.isEmpty()) {
            return;
        }
        org.commitmentstracker.ui.forms.UpdateFormsViewModel forms = actions.updateForms();
        forms.exportForms(folder.get());
        // The notice follows the export as it goes: what was written, or why not.
        dialogs.showProgressInformation(messages.get("forms.export.title"),
                javafx.beans.binding.Bindings.concat(forms.messageProperty(), "\n", forms.errorProperty()));
    }

    private void importUpdates() {
        java.util.Optional<Path> file = dialogs.chooseFileToOpen(messages.get("forms.import.title"),
                Dialogs.FileFilter.EXCEL);
        if (file.isEmpty()) {
            return;
        }
        org.commitmentstracker.ui.forms.UpdateFormsViewModel forms = actions.updateForms();
        forms.preview(file.get());
        new org.commitmentstracker.ui.forms.UpdatePreviewDialog(window(), forms, messages).showAndWait();
    }

    private void chooseWorkspaceFolder(String titleKey, java.util.function.Consumer<java.nio.file.Path> then) {
        dialogs.chooseFolder(messages.get(titleKey).replace("_", ""), null).ifPresent(then);
    }

    private void chooseFiles() {
        java.util.List<Path> files = dialogs.chooseFilesToOpen(messages.get("chooser.import.title"),
                new Dialogs.FileFilter(messages.get("chooser.statements"), "*.txt", "*.docx", "*.pdf", "*.html", "*.htm"));
        if (!files.isEmpty()) {
            actions.importStatements(files);
        }
    }

    private void chooseFolder() {
        dialogs.chooseFolder(messages.get("menu.file.importFolder"), null)
                .ifPresent(folder -> actions.importStatements(java.util.List.of(folder)));
    }

    /** Files copied in a file manager are imported as files; copied text as a statement. */
    private void pasteStatement() {
        javafx.scene.input.Clipboard clipboard = javafx.scene.input.Clipboard.getSystemClipboard();
        if (clipboard.hasFiles()) {
            actions.importStatements(clipboard.getFiles().stream().map(java.io.File::toPath).toList());
        } else {
            actions.importText(clipboard.hasString() ? clipboard.getString() : "");
        }
    }

    /** Files or a folder dropped anywhere on the window are imported through the review. */
    private void acceptDroppedFiles() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean files = e.getDragboard().hasFiles();
            if (files) {
                actions.importStatements(e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList());
            }
            e.setDropCompleted(files);
            e.consume();
        });
    }

    private HBox statusBar(CommitmentsViewModel commitments) {
        Label summary = new Label();
        summary.setId("summaryLabel");
        summary.textProperty().bind(commitments.summaryProperty());
        Label error = new Label();
        error.setId("errorLabel");
        error.getStyleClass().add("error-text");
        error.textProperty().bind(commitments.errorProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label folder = new Label(messages.format("status.dataFolder", dataFolder));
        folder.getStyleClass().add("muted-text");
        HBox bar = new HBox(12, summary, error, spacer, folder);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(4, 10, 4, 10));
        return bar;
    }

    private void showAbout() {
        dialogs.showInformationAndWait(messages.get("about.title"), messages.format("about.header", AppVersion.current()),
                messages.format("about.body", dataFolder));
    }

    /** Shows in the status bar what the last backup did. */
    public void showBackupStatus(org.commitmentstracker.ui.backup.BackupViewModel backups) {
        Label backup = new Label();
        backup.setId("backupLabel");
        backup.getStyleClass().add("muted-text");
        backup.textProperty().bind(backups.messageProperty());
        Label failed = new Label();
        failed.getStyleClass().add("error-text");
        failed.textProperty().bind(backups.errorProperty());
        ((HBox) getBottom()).getChildren().addAll(2, java.util.List.of(backup, failed));
    }

    /** Brings the dashboard to the front. */
    public void showDashboard() {
        tabs.getSelectionModel().select(dashboardTab);
    }

    private void askAuthor() {
        dialogs.askText(messages.get("author.title"), messages.get("author.header"), messages.get("author.label"),
                actions.author()).filter(name -> !name.isBlank()).ifPresent(actions::changeAuthor);
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
