package org.commitmentstracker.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.commitmentstracker.App;
import org.commitmentstracker.ScratchFolders;
import org.commitmentstracker.service.WorkspaceServices;
import org.commitmentstracker.store.AgencyRepository;
import org.commitmentstracker.store.CommitmentRepository;
import org.commitmentstracker.store.Database;
import org.commitmentstracker.store.HistoryRepository;
import org.commitmentstracker.store.SavedViewRepository;
import org.commitmentstracker.store.StatementRepository;
import org.commitmentstracker.store.Workspace;
import org.commitmentstracker.ui.commitments.CommitmentRow;
import org.commitmentstracker.ui.report.ReportDialog;
import org.commitmentstracker.ui.report.ReportViewModel;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window, headless (Monocle), on a new workspace holding the sample, for the
 * screen tests. This is the one test class that knows how the app is put together: when the
 * wiring changes, only this file changes. It also gives the look-ups and waits the screen tests
 * share, and a second connection to the store to read back what a screen saved.
 *
 * <p>Monocle cannot show the system's file choosers: where a screen asks for a file, the test
 * gives the path the officer would have chosen through the methods here.
 */
public final class AppWindowFixture implements AutoCloseable {
    /** How long a screen may take to show what it loaded or saved, on a busy build machine. */
    public static final long TIMEOUT_SECONDS = 15;

    private final Path folder;
    private final App app;
    private final Stage stage;
    private final Messages messages = new Messages(Locale.ENGLISH);
    private final FxRobot robot = new FxRobot();
    private Database reader;
    private Store store;

    private final ChooserAnswers answers;
    private WorkspaceServices services;

    private AppWindowFixture(Path folder, App app, Stage stage, ChooserAnswers answers) {
        this.folder = folder;
        this.app = app;
        this.stage = stage;
        this.answers = answers;
    }

    /**
     * Opens a new workspace with the sample in English and shows its window in {@code stage},
     * as for an officer who gave their name (the OS account's) at an earlier start, so the
     * window does not ask for it. Not on the FX thread.
     */
    public static AppWindowFixture show(Stage stage) throws Exception {
        return show(stage, ScratchFolders.create("screen-test"), true);
    }

    /**
     * The window at the officer's very first start: no name in the settings yet, so it asks
     * for one in its own dialog ("askTextDialog"), which the test answers.
     */
    public static AppWindowFixture showFirstStart(Stage stage) throws Exception {
        return show(stage, ScratchFolders.create("screen-test"), false);
    }

    /**
     * The window on workspace services already open (a team workspace on a server, say), in
     * English, looking for changes saved elsewhere every {@code liveEvery}; closing the fixture
     * closes them. Not on the FX thread.
     */
    public static AppWindowFixture showOn(Stage stage, WorkspaceServices services, java.time.Duration liveEvery)
            throws Exception {
        return show(stage, services, true, liveEvery);
    }

    private static AppWindowFixture show(Stage stage, Path folder, boolean nameGiven) throws Exception {
        WorkspaceServices services = WorkspaceServices.open(folder, Clock.systemDefaultZone(), Locale.ENGLISH,
                System.getProperty("user.name", "unknown"));
        return show(stage, services, nameGiven, null);
    }

    private static AppWindowFixture show(Stage stage, WorkspaceServices services, boolean nameGiven,
                                         java.time.Duration liveEvery) throws Exception {
        Path folder = services.folder();
        services.prepareFirstRun();
        if (nameGiven) {
            services.settings().setAuthor(System.getProperty("user.name", "unknown"));
        }
        // The dialogs speak the window's language, which a test may switch.
        java.util.concurrent.atomic.AtomicReference<App> shown = new java.util.concurrent.atomic.AtomicReference<>();
        ChooserAnswers answers = new ChooserAnswers(new FxDialogs(() -> stage, () -> shown.get().messages()));
        App app = App.forTests(services, Locale.ENGLISH, answers);
        if (liveEvery != null) {
            app.lookForChangesEvery(liveEvery);
        }
        shown.set(app);
        fx(() -> {
            app.show(stage);
            return null;
        });
        AppWindowFixture fixture = new AppWindowFixture(folder, app, stage, answers);
        fixture.services = services;
        return fixture;
    }
    /** The workspace's data folder. */
    public Path folder() {
        return folder;
    }

    /** The words the window shows (English). */
    public Messages messages() {
        return messages;
    }

    /** The officer's name that signs changes. */
    public String author() {
        return app.author();
    }

    // ---- The File menu, with the file the officer picks in its chooser (Monocle cannot show the system's). ----

    /** File › Import…, picking {@code files}: the review window opens on them. */
    public void importStatements(List<Path> files) throws Exception {
        answers.pick(files);
        chooseMenu("File", "importMenuItem");
    }

    /** File › Back up now. */
    public void backUpNow() throws Exception {
        chooseMenu("File", "backupMenuItem");
    }

    /** File › Restore from a backup…, then "Another file…", picking {@code backup}. */
    public void restore(Path backup) throws Exception {
        answers.pick(backup);
        chooseMenu("File", "restoreMenuItem");
        Parent dialog = dialog("restoreDialog");
        robot.clickOn(robot.from(dialog).lookup("#restoreOtherFileButton").queryButton());
    }

    /** File › Move workspace to…, picking the (empty) folder {@code target}. */
    public void moveWorkspace(Path target) throws Exception {
        answers.pick(target);
        chooseMenu("File", "moveWorkspaceMenuItem");
    }

    /**
     * File › Export update forms…, picking {@code target}: waits until the notice that follows
     * the export says it is done, closes it, and returns what it said.
     */
    public String exportForms(Path target) throws Exception {
        answers.pick(target);
        chooseMenu("File", "exportFormsMenuItem");
        Parent notice = dialog("progressNotice");
        javafx.scene.control.DialogPane pane = (javafx.scene.control.DialogPane) notice;
        String working = messages.get("forms.working");
        waitFor(() -> pane.getContentText() != null && !pane.getContentText().isBlank()
                && !pane.getContentText().strip().equals(working));
        String said = pane.getContentText().strip();
        robot.interact(() -> pane.getScene().getWindow().hide());
        return said;
    }

    /** File › Import updates from a form…, picking {@code form}: its preview dialog, shown. */
    public Parent previewUpdates(Path form) throws Exception {
        answers.pick(form);
        chooseMenu("File", "importUpdatesMenuItem");
        return dialog("updatePreviewDialog");
    }

    /** The next file or folder a chooser of the window answers (Export in the report dialog, say). */
    public void pickNext(Path fileOrFolder) {
        answers.pick(fileOrFolder);
    }

    /**
     * The report dialog as Ctrl+E opens it, with the window's dialogs, returning its model so a
     * test can read what it suggests. Use Ctrl+E itself where that is not needed.
     */
    public ReportViewModel openReportDialog() throws Exception {
        ReportViewModel report = fx(app::report);
        robot.interact(() -> new ReportDialog(stage, report, messages, uri -> { }, answers).show());
        dialog("reportDialog");
        return report;
    }

    // ---- The store, read back through a second connection as another program would. ----

    /** The repositories over the workspace's store, on a connection of the test's own. */
    public Store store() {
        if (store == null) {
            reader = Database.open(folder.resolve(Workspace.STORE_FILE));
            store = new Store(new AgencyRepository(reader), new StatementRepository(reader, Clock.systemUTC()),
                    new CommitmentRepository(reader, Clock.systemUTC()), new HistoryRepository(reader),
                    new SavedViewRepository(reader));
        }
        return store;
    }

    /** The store's repositories, for reading back what a screen saved (or for writing as another program). */
    public record Store(AgencyRepository agencies, StatementRepository statements, CommitmentRepository commitments,
                        HistoryRepository history, SavedViewRepository views) {
    }

    // ---- Look-ups and waits. ----

    /** Waits up to {@link #TIMEOUT_SECONDS} until {@code condition} holds (a condition that throws does not hold yet). */
    public static void waitFor(Callable<Boolean> condition) throws Exception {
        // Read from the test thread, a scene graph the FX thread is rebuilding can throw (a child list emptied
        // between its size and its get): that is "not yet". The last such failure is kept for a timeout's report.
        java.util.concurrent.atomic.AtomicReference<Exception> last = new java.util.concurrent.atomic.AtomicReference<>();
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> {
                try {
                    return condition.call();
                } catch (RuntimeException e) {
                    last.set(e);
                    return false;
                }
            });
        } catch (java.util.concurrent.TimeoutException e) {
            if (last.get() != null) {
                e.addSuppressed(last.get());
            }
            throw e;
        }
    }

    /** Runs {@code work} on the JavaFX thread and gives its result. */
    public static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** The node {@code query} (such as "#id") in the main window, once it is there. */
    public <T extends Node> T find(String query) throws Exception {
        java.util.concurrent.atomic.AtomicReference<Node> found = new java.util.concurrent.atomic.AtomicReference<>();
        waitFor(() -> {
            found.set(lookup(stage, query).orElse(null));
            return found.get() != null;
        });
        @SuppressWarnings("unchecked")
        T node = (T) found.get();
        return node;
    }

    /** The root of the shown dialog or window whose content has the id {@code id}, once it shows. */
    public Parent dialog(String id) throws Exception {
        waitFor(() -> windowWith("#" + id).isPresent());
        return windowWith("#" + id).orElseThrow().getScene().getRoot();
    }

    /**
     * Asserts that the node {@code query} of the dialog {@code root} lies wholly inside its window, away from the
     * edges: a dialog narrower than its form cuts it at both sides (AtlantaFX caps dialog panes at 600 px).
     */
    public void assertInside(Parent root, String query) throws Exception {
        Node node = within(root, query);
        javafx.geometry.Bounds bounds = fx(() -> node.localToScene(node.getBoundsInLocal()));
        double width = fx(() -> root.getScene().getWidth());
        org.assertj.core.api.Assertions.assertThat(bounds.getMinX()).as(query + "'s left edge").isGreaterThanOrEqualTo(8);
        org.assertj.core.api.Assertions.assertThat(bounds.getMaxX()).as(query + "'s right edge, in a window %s wide", width)
                .isLessThanOrEqualTo(width - 8);
    }

    /** Whether a window showing {@code id} is open. */
    public boolean isShowing(String id) {
        return windowWith("#" + id).isPresent();
    }

    /** The node {@code query} inside the window {@code root} (a dialog's own scene, not the whole screen). */
    public <T extends Node> T within(Parent root, String query) {
        return robot.from(root).lookup(query).query();
    }

    /** Types {@code text} into the field that has the focus, without TestFX's pause after each character. */
    public void type(String text) {
        robot.write(text, 0);
    }

    /** Presses the keys together and lets them go, as a shortcut. */
    public void press(KeyCode... keys) {
        robot.press(keys);
        KeyCode[] reversed = new KeyCode[keys.length];
        for (int i = 0; i < keys.length; i++) {
            reversed[i] = keys[keys.length - 1 - i];
        }
        robot.release(reversed);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens the menu titled {@code menu} on the menu bar with the mouse and clicks its item {@code itemId}. */
    public void chooseMenu(String menu, String itemId) throws Exception {
        MenuBar bar = find(".menu-bar");
        Node title = fx(() -> bar.lookupAll(".menu-button").stream()
                .filter(n -> n instanceof MenuButton b && menu.equals(b.getText().replace("_", "")))
                .findFirst().orElseThrow());
        robot.clickOn(title);
        waitFor(() -> popupNode("#" + itemId) != null);
        robot.clickOn(popupNode("#" + itemId));
    }

    /**
     * Right-clicks {@code target} and clicks the item {@code itemId} of the context menu of
     * {@code owner} that opens (Monocle sends no context-menu request for a right click: the
     * menu is shown at the click as the toolkit would).
     */
    public void chooseFromContextMenu(Control owner, Node target, String itemId) throws Exception {
        robot.rightClickOn(target);
        robot.interact(() -> {
            if (!owner.getContextMenu().isShowing()) {
                owner.getContextMenu().show(target, javafx.geometry.Side.BOTTOM, 0, 0);
            }
        });
        waitFor(() -> popupNode("#" + itemId) != null);
        robot.clickOn(popupNode("#" + itemId));
    }

    /**
     * Clicks row {@code index} of a table or list with the mouse, holding {@code modifiers}
     * (Ctrl or Shift for a multiple choice).
     */
    public void clickRow(Control view, int index, KeyCode... modifiers) throws Exception {
        robot.interact(() -> {
            if (view instanceof TableView<?> table) {
                table.scrollTo(index);
            } else if (view instanceof ListView<?> list) {
                list.scrollTo(index);
            }
        });
        waitFor(() -> rowNode(view, index) != null);
        robot.press(modifiers);
        robot.clickOn(rowNode(view, index));
        robot.release(modifiers);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The node {@code query} inside row {@code index} of a table (a control in one of its cells). */
    public <T extends Node> T inRow(Control view, int index, String query) throws Exception {
        waitFor(() -> rowNode(view, index) != null && rowNode(view, index).lookup(query) != null);
        @SuppressWarnings("unchecked")
        T node = (T) rowNode(view, index).lookup(query);
        return node;
    }

    /** The row (not a drop-down's own cell inside it) showing item {@code index} of a table or list. */
    private static Node rowNode(Control view, int index) {
        return onFx(() -> view.lookupAll(".indexed-cell").stream()
                .filter(n -> n instanceof TableRow<?> row ? row.getTableView() == view
                        : n instanceof ListCell<?> cell && cell.getListView() == view)
                .map(n -> (IndexedCell<?>) n)
                .filter(c -> c.isVisible() && c.getIndex() == index && c.getItem() != null)
                .findFirst().orElse(null));
    }

    /** The cell showing {@code text} in the drop-down list just opened, looked up in the popup's own scene. */
    public Node popupCell(String text) throws Exception {
        waitFor(() -> popupNodes(".list-cell").stream().anyMatch(Node::isVisible));
        if (popupCellNow(text) == null) {
            // A long list (the agencies) shows a few cells at a time: scroll until the one wanted is there.
            for (Node node : popupNodes(".list-view")) {
                ListView<?> list = (ListView<?>) node;
                for (int i = 0; i < list.getItems().size() && popupCellNow(text) == null; i++) {
                    int index = i;
                    robot.interact(() -> list.scrollTo(index));
                }
            }
        }
        waitFor(() -> popupCellNow(text) != null);
        // Bring it to the top of its list: a cell half under the list's lower edge takes no click.
        ListCell<?> cell = (ListCell<?>) popupCellNow(text);
        robot.interact(() -> cell.getListView().scrollTo(cell.getIndex()));
        WaitForAsyncUtils.waitForFxEvents();
        waitFor(() -> popupCellNow(text) != null);
        return popupCellNow(text);
    }

    /** Fires the menu item {@code itemId} (in a menu or a submenu) as a click on it would. */
    public void fireMenuItem(String itemId) throws Exception {
        robot.interact(menuItem(itemId)::fire);
    }

    /**
     * Fires the menu item {@code itemId} without waiting for what it does: for an item that opens
     * a dialog, which waits for its answer (see {@link #dialog}).
     */
    public void startMenuItem(String itemId) throws Exception {
        javafx.application.Platform.runLater(menuItem(itemId)::fire);
    }

    private MenuItem menuItem(String itemId) throws Exception {
        MenuBar bar = find(".menu-bar");
        return fx(() -> bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .flatMap(i -> i instanceof Menu sub ? sub.getItems().stream() : java.util.stream.Stream.of(i))
                .filter(i -> itemId.equals(i.getId())).findFirst().orElseThrow());
    }

    /**
     * The sample has overdue commitments, so the window first jumps to the dashboard once its
     * figures are in; waits for that, then opens the commitments table and waits for its rows.
     */
    public TableView<CommitmentRow> showCommitments() throws Exception {
        awaitDashboardJump();
        selectTab("commitmentsTab");
        return commitmentsTable();
    }

    /** Waits until the window has jumped to the dashboard and shows its figures. */
    public void awaitDashboardJump() throws Exception {
        // Read on the FX thread: the window may still be building its scene graph when the wait begins.
        waitFor(() -> fx(() -> selectedTab().map(t -> "dashboardTab".equals(t.getId())).orElse(false)
                && lookup(stage, "#dashboardOverdue").map(n -> !"0".equals(((Label) n).getText())).orElse(false)));
    }

    /** Brings the tab {@code tabId} to the front. */
    public void selectTab(String tabId) throws Exception {
        TabPane tabs = find(".tab-pane");
        robot.interact(() -> tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
    }

    /** The id of the tab at the front. */
    public String selectedTabId() {
        return selectedTab().map(Tab::getId).orElse("");
    }

    /** The main window's commitments table (the current one: a language switch or reopen builds a new one), with rows. */
    public TableView<CommitmentRow> commitmentsTable() throws Exception {
        TableView<CommitmentRow> table = find("#commitmentsTable");
        waitFor(() -> !table.getItems().isEmpty());
        return table;
    }

    // ---- Step 10: the window at a laptop's size, filled with more statements, closed and opened again. ----

    /** Gives the window the size of a common laptop screen (1366×768) and lets it lay out again. */
    public void resizeTo(double width, double height) throws Exception {
        fx(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Stores these statement files as an import would (no review), then reloads the table (F5). */
    public void importDirectly(List<Path> files) throws Exception {
        services.imports().importAll(files);
        fireMenuItem("refreshMenuItem");
    }

    /** Closes the app (as at quit) and starts it again on the same workspace, in the same stage. */
    public AppWindowFixture reopen() throws Exception {
        close();
        return show(stage, folder, true);
    }

    /** As {@link #reopen()}, doing {@code between} on the workspace's folder while the app is closed. */
    public AppWindowFixture reopenAfter(java.util.function.Consumer<Path> between) throws Exception {
        close();
        between.accept(folder);
        return show(stage, folder, true);
    }

    @Override
    public void close() {
        app.close();
        if (reader != null) {
            reader.close();
        }
    }

    private Optional<Tab> selectedTab() {
        return lookup(stage, ".tab-pane").map(n -> ((TabPane) n).getSelectionModel().getSelectedItem());
    }

    private static Optional<Node> lookup(Window window, String query) {
        if (window.getScene() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(window.getScene().getRoot().lookup(query));
    }

    private static Optional<Window> windowWith(String query) {
        return onFx(() -> new ArrayList<>(Window.getWindows()).stream()
                .filter(w -> w.isShowing() && lookup(w, query).isPresent()).findFirst());
    }

    private static Node popupCellNow(String text) {
        return popupNodes(".list-cell").stream()
                .filter(n -> n instanceof ListCell<?> c && c.isVisible() && text.equals(c.getText()))
                .findFirst().orElse(null);
    }

    private static List<Node> popupNodes(String query) {
        return onFx(() -> new ArrayList<>(Window.getWindows()).stream()
                .filter(w -> w instanceof PopupWindow && w.isShowing() && w.getScene() != null)
                .flatMap(w -> w.getScene().getRoot().lookupAll(query).stream()).toList());
    }

    /** {@link #fx}, for use inside wait conditions. */
    private static <T> T onFx(Callable<T> work) {
        try {
            return fx(work);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A node in an open popup (a menu's items), or null. */
    private static Node popupNode(String query) {
        return popupNodes(query).stream().findFirst().orElse(null);
    }
}
