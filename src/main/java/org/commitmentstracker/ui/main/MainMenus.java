package org.commitmentstracker.ui.main;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.commitments.TableLayoutViewModel;
import org.commitmentstracker.ui.settings.WindowActions;
import org.commitmentstracker.ui.workspace.WorkspacePlace;

/**
 * The main window's menu bar and tool bar; their items hand on to {@link FileActions},
 * {@link DropTarget} and the window.
 */
final class MainMenus {
    private final Messages messages;
    private final WindowActions actions;
    private final FileActions files;
    private final DropTarget drops;

    private final WorkspacePlace.Kind where;
    /** Lists the table's columns in View › Columns: set when that menu is made. */
    private Runnable listColumns = () -> { };

    /** @param where where the window works: which of the team workspace's items apply */
    MainMenus(Messages messages, WindowActions actions, FileActions files, DropTarget drops, WorkspacePlace.Kind where) {
        this.where = where;
        this.messages = messages;
        this.actions = actions;
        this.files = files;
        this.drops = drops;
    }

    /**
     * @param refresh reloads the table (F5)
     * @param guide   shows Help &gt; User guide (F1)
     * @param about   shows Help &gt; About
     * @param exit    closes the window
     * @param layout  the detail pane shown or not (View › Details pane)
     * @param columns the table's columns (View › Columns), asked for when the menu first opens: the table may not
     *                be made yet
     */
    MenuBar menuBar(Runnable refresh, Runnable guide, Runnable about, Runnable exit, TableLayoutViewModel layout,
                    java.util.function.Supplier<? extends List<? extends TableColumn<?, ?>>> columns) {
        MenuBar bar = new MenuBar(fileMenu(refresh, exit), viewMenu(layout, columns), helpMenu(guide, about));
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    ToolBar toolBar() {
        Button importButton = new Button(messages.get("toolbar.import"));
        importButton.setId("importButton");
        importButton.setTooltip(new Tooltip(messages.get("toolbar.import.tip")));
        importButton.setOnAction(e -> files.importFiles());
        Button pasteButton = new Button(messages.get("menu.file.paste"));
        pasteButton.setId("pasteButton");
        pasteButton.setOnAction(e -> drops.paste());
        Button exportButton = new Button(messages.get("toolbar.export"));
        exportButton.setId("exportButton");
        exportButton.setTooltip(new Tooltip(messages.get("report.header") + " (Ctrl+E)"));
        exportButton.setOnAction(e -> files.exportReport());
        ToolBar bar = new ToolBar(importButton, pasteButton, new Separator(Orientation.VERTICAL), exportButton);
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    private Menu fileMenu(Runnable refresh, Runnable exit) {
        MenuItem importFiles = item("menu.file.import", "importMenuItem", files::importFiles);
        importFiles.setAccelerator(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN));
        MenuItem importFolder = item("menu.file.importFolder", "importFolderMenuItem", files::importFolder);
        MenuItem paste = item("menu.file.paste", "pasteMenuItem", drops::paste);
        paste.setAccelerator(new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        MenuItem export = item("menu.file.export", "exportMenuItem", files::exportReport);
        export.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        MenuItem exportWord = item("menu.file.exportWord", "exportWordMenuItem", files::exportWordReport);
        MenuItem exportForms = item("menu.file.exportForms", "exportFormsMenuItem", files::exportForms);
        MenuItem importUpdates = item("menu.file.importUpdates", "importUpdatesMenuItem", files::importUpdates);
        MenuItem calendar = item("menu.file.calendar", "calendarMenuItem", files::addDeadlinesToCalendar);
        MenuItem backUp = item("menu.file.backup", "backupMenuItem", () -> actions.backups().backUpNow());
        MenuItem restore = item("menu.file.restore", "restoreMenuItem", files::restore);
        MenuItem openWorkspace = item("menu.file.openWorkspace", "openWorkspaceMenuItem", files::openWorkspace);
        MenuItem moveWorkspace = item("menu.file.moveWorkspace", "moveWorkspaceMenuItem", files::moveWorkspace);
        MenuItem connect = item("menu.file.connect", "connectMenuItem", files::connect);
        MenuItem publish = item("menu.file.publish", "publishMenuItem", files::publish);
        publish.setDisable(where != WorkspacePlace.Kind.LAPTOP);
        MenuItem useLaptop = item("menu.file.useLaptop", "useLaptopMenuItem", actions::useLaptop);
        useLaptop.setDisable(where == WorkspacePlace.Kind.LAPTOP);
        MenuItem takeOffline = item("menu.file.takeOffline", "takeOfflineMenuItem", files::takeOffline);
        takeOffline.setDisable(where != WorkspacePlace.Kind.SERVER);
        MenuItem sync = item("menu.file.sync", "syncMenuItem", files::syncNow);
        sync.setDisable(where != WorkspacePlace.Kind.OFFLINE_COPY);
        MenuItem conflicts = item("menu.file.conflicts", "conflictsMenuItem", files::conflicts);
        conflicts.setDisable(where != WorkspacePlace.Kind.OFFLINE_COPY);
        // A team workspace's data is on the server: moving, backing up and restoring are the IT team's (pg_dump).
        boolean onServer = where == WorkspacePlace.Kind.SERVER;
        moveWorkspace.setDisable(onServer);
        backUp.setDisable(onServer);
        restore.setDisable(onServer);
        MenuItem refreshItem = item("menu.file.refresh", "refreshMenuItem", refresh);
        refreshItem.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        MenuItem author = item("menu.file.author", "authorMenuItem", files::changeAuthor);
        MenuItem settings = item("menu.file.settings", "settingsMenuItem", files::openSettings);
        settings.setAccelerator(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN));
        MenuItem exitItem = item("menu.file.exit", null, exit);
        exitItem.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        return new Menu(messages.get("menu.file"), null, importFiles, importFolder, paste, new SeparatorMenuItem(),
                export, exportWord, exportForms, importUpdates, calendar, new SeparatorMenuItem(), backUp, restore,
                openWorkspace, moveWorkspace, new SeparatorMenuItem(), connect, publish, useLaptop, takeOffline, sync, conflicts,
                new SeparatorMenuItem(), refreshItem, author, settings, new SeparatorMenuItem(),
                exitItem);
    }

    /** Lists the table's columns in View › Columns, once (the table is made then if it was not yet). */
    void listColumns() {
        listColumns.run();
    }

    private Menu viewMenu(TableLayoutViewModel layout,
                          java.util.function.Supplier<? extends List<? extends TableColumn<?, ?>>> columns) {
        CheckMenuItem details = new CheckMenuItem(messages.get("menu.view.details"));
        details.setId("detailPaneMenuItem");
        details.setAccelerator(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN));
        details.selectedProperty().bindBidirectional(layout.detailOpenProperty());
        Menu columnsMenu = new Menu(messages.get("menu.view.columns"));
        columnsMenu.setId("columnsMenu");
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
        Menu view = new Menu(messages.get("menu.view"), null, details, columnsMenu, new SeparatorMenuItem(),
                new Menu(messages.get("menu.view.language"), null, english, vietnamese));
        // The columns are listed once the table is made, or when the menu first opens (which makes it): a window
        // that opens on the dashboard makes its table later.
        listColumns = () -> {
            if (columnsMenu.getItems().isEmpty()) {
                for (TableColumn<?, ?> column : columns.get()) {
                    CheckMenuItem shown = new CheckMenuItem(column.getText());
                    shown.setId(column.getId() + "MenuItem");
                    shown.selectedProperty().bindBidirectional(column.visibleProperty());
                    columnsMenu.getItems().add(shown);
                }
            }
        };
        view.setOnShowing(e -> listColumns.run());
        return view;
    }

    private Menu helpMenu(Runnable guide, Runnable about) {
        MenuItem userGuide = item("menu.help.guide", "userGuideMenuItem", guide);
        userGuide.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        return new Menu(messages.get("menu.help"), null, userGuide, new SeparatorMenuItem(),
                item("menu.help.about", "aboutMenuItem", about));
    }

    private MenuItem item(String textKey, String id, Runnable action) {
        MenuItem item = new MenuItem(messages.get(textKey));
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
