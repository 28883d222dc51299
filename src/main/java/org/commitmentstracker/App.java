package org.commitmentstracker;

import atlantafx.base.theme.PrimerLight;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.commitmentstracker.extract.read.StatementReaders;
import org.commitmentstracker.importing.StatementImporter;
import org.commitmentstracker.store.AgencyRepository;
import org.commitmentstracker.store.Attachments;
import org.commitmentstracker.store.BundledAgencies;
import org.commitmentstracker.store.CommitmentRepository;
import org.commitmentstracker.store.Backups;
import org.commitmentstracker.store.DataFolders;
import org.commitmentstracker.store.StoreReplacement;
import org.commitmentstracker.store.WorkspaceCopy;
import org.commitmentstracker.store.WorkspaceException;
import org.commitmentstracker.ui.backup.BackupViewModel;
import org.commitmentstracker.store.HistoryRepository;
import org.commitmentstracker.store.ReportQueries;
import org.commitmentstracker.report.QuarterlyReport;
import org.commitmentstracker.report.UpdateForms;
import org.commitmentstracker.importing.UpdateFormImporter;
import org.commitmentstracker.ui.forms.UpdateFormsViewModel;
import org.commitmentstracker.report.ReportHeaders;
import org.commitmentstracker.ui.report.ReportViewModel;
import org.commitmentstracker.store.SampleWorkspace;
import org.commitmentstracker.store.SavedViewRepository;
import org.commitmentstracker.store.SqliteFullTextSearch;
import org.commitmentstracker.store.StatementRepository;
import org.commitmentstracker.store.Workspace;
import org.commitmentstracker.store.WorkspaceSettings;
import org.commitmentstracker.ui.FxTaskRunner;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.agencies.AgenciesViewModel;
import org.commitmentstracker.ui.bulk.BulkEditViewModel;
import org.commitmentstracker.ui.commitments.CommitmentsViewModel;
import org.commitmentstracker.ui.dashboard.DashboardViewModel;
import org.commitmentstracker.ui.detail.CommitmentDetailViewModel;
import org.commitmentstracker.ui.importing.ImportReviewViewModel;
import org.commitmentstracker.ui.importing.ImportReviewWindow;
import org.commitmentstracker.ui.main.MainWindowView;
import org.commitmentstracker.ui.settings.SettingsStore;
import org.commitmentstracker.ui.settings.SettingsViewModel;
import org.commitmentstracker.ui.settings.UserSettings;
import org.commitmentstracker.ui.statements.StatementsViewModel;
import org.commitmentstracker.ui.savedviews.SavedViewsViewModel;
import org.commitmentstracker.ui.settings.WindowActions;

/**
 * The composition root: builds the repositories over an open workspace, the ViewModels over
 * them and the views over those, all through constructors. It also carries out what the
 * window's menus ask beyond one screen (language, the officer's name).
 */
public final class App implements AutoCloseable, WindowActions {
    static final String SETTINGS_FILE = "settings.properties";
    /** {@code -Dcommitments.timing=true}: print when the first window was painted with its data (for `bench`). */
    static final String TIMING_PROPERTY = "commitments.timing";
    /** In the data folder: where backups go until the officer chooses another folder. */
    static final String BACKUP_FOLDER = "backups";
    private static final String STYLESHEET = "/org/commitmentstracker/ui/app.css";
    private static final String ICON = "/bundled/icons/app-icon.png";

    private final Workspace workspace;
    private final Clock clock;
    private final UserSettings userSettings;
    private final String systemUser;
    private final Locale systemLocale;
    private final FxTaskRunner tasks = new FxTaskRunner();
    private final AgencyRepository agencies;
    private final StatementRepository statements;
    private final CommitmentRepository commitments;
    private final HistoryRepository history;
    private final WorkspaceSettings settings;
    private final SqliteFullTextSearch search;
    private final SavedViewRepository views;
    private Messages messages;
    private Stage stage;
    private CommitmentDetailViewModel detail;
    /** Shows what an import added: the table, the statements and the dashboard reload. */
    private Runnable afterImport = () -> { };
    private boolean dashboardChecked;
    private boolean timingWatched;
    private BackupViewModel backups;
    /** Opens and shows another (or the restored) workspace in the window; see {@link #reopen}. */
    private Reopener reopener;
    /** Where the next start looks for a chosen workspace; null in tests, which must not touch it. */
    private Path standardFolder;

    /** An app in the given language, ignoring any saved choice (tests). */
    public App(Workspace workspace, Clock clock, Locale locale) {
        this(workspace, clock, locale, System.getProperty("user.name", "unknown"));
        this.messages = new Messages(locale);
        this.reopener = new Reopener() {
            @Override
            public App open(Path folder) {
                return new App(Workspace.open(folder), clock, locale);
            }

            @Override
            public void show(App app, Stage stage) {
                app.show(stage);
            }
        };
    }

    /**
     * How to show a workspace in the window again: after a restore, or another workspace after
     * Open or Move.
     *
     * @param standardFolder where the next start looks for the chosen workspace
     */
    void setReopener(Reopener reopener, Path standardFolder) {
        this.reopener = reopener;
        this.standardFolder = standardFolder;
    }

    /**
     * @param systemLocale the language to use when the officer has not chosen one
     * @param systemUser   the name that signs changes when the officer has not given one
     */
    public App(Workspace workspace, Clock clock, Locale systemLocale, String systemUser) {
        this.workspace = workspace;
        this.clock = clock;
        this.systemUser = systemUser;
        this.systemLocale = systemLocale;
        this.userSettings = new UserSettings(workspace.folder().resolve(SETTINGS_FILE));
        this.messages = new Messages(userSettings.locale(systemLocale));
        this.agencies = new AgencyRepository(workspace.database());
        this.statements = new StatementRepository(workspace.database(), clock);
        this.commitments = new CommitmentRepository(workspace.database(), clock);
        this.history = new HistoryRepository(workspace.database());
        this.settings = new WorkspaceSettings(workspace.database());
        this.search = new SqliteFullTextSearch(workspace.database());
        this.views = new SavedViewRepository(workspace.database());
    }

    /** Fills a new workspace with the agency directory and the sample statements. Not on the FX thread. */
    public void prepareWorkspace() {
        new BundledAgencies(agencies).loadIfEmpty();
        new SampleWorkspace(statements, commitments, agencies, settings, clock).loadIfFirstRun();
    }

    /** Shows the main window in {@code stage}; its data loads in the background. FX thread. */
    public void show(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Parent root = buildRoot();
        StartupTiming.mark("window built");
        Scene scene = new Scene(root, Math.min(1440, screen.getWidth() - 40), Math.min(860, screen.getHeight() - 40));
        scene.getStylesheets().add(App.class.getResource(STYLESHEET).toExternalForm());
        stage.setScene(scene);
        try (InputStream icon = App.class.getResourceAsStream(ICON)) {
            if (icon != null) {
                stage.getIcons().add(new Image(icon));
            }
        } catch (java.io.IOException ignored) {
            // A window without an icon is still a window.
        }
        // An edit still in a field is written before the window goes (the task runner lets it finish).
        stage.setOnCloseRequest(e -> detail.commitAll());
        stage.show();
    }

    private Parent buildRoot() {
        CommitmentsViewModel commitmentsViewModel =
                new CommitmentsViewModel(commitments::overview, search::matchingCommitments, tasks, messages, clock);
        detail = new CommitmentDetailViewModel(new StoreCommitmentEditor(commitments, history, agencies,
                new Attachments(workspace.folder())), tasks, messages, clock, author(), commitmentsViewModel::refresh,
                opener());
        stage.setTitle(messages.get("app.title"));
        BulkEditViewModel bulk = new BulkEditViewModel(new StoreBulkChanges(commitments, agencies), tasks, messages,
                author(), commitmentsViewModel::refresh);
        StatementsViewModel statementsViewModel = new StatementsViewModel(statements::findAll,
                commitments::progressByStatement, statements::units, tasks, messages);
        AgenciesViewModel agenciesViewModel = new AgenciesViewModel(new StoreAgencyDirectory(agencies), tasks, messages);
        DashboardViewModel dashboard = new DashboardViewModel(commitments::overview, tasks, messages, clock);
        backups = new BackupViewModel(new StoreBackupActions(backupStore(), this::restoreFrom), tasks, messages);
        SavedViewsViewModel savedViews =
                new SavedViewsViewModel(commitmentsViewModel, new StoreSavedViews(views), tasks, messages);
        savedViews.refresh();
        MainWindowView view = new MainWindowView(commitmentsViewModel, detail, bulk, statementsViewModel,
                agenciesViewModel, dashboard, savedViews, messages, workspace.folder(), this);
        view.showBackupStatus(backups);
        if (!dashboardChecked) {
            // The dashboard opens first when something is overdue: at the first window's first figures only.
            dashboardChecked = true;
            dashboard.loadedProperty().addListener((o, was, is) -> {
                if (is && !was && dashboard.overdueProperty().get() > 0) {
                    view.showDashboard();
                }
            });
        }
        if (Boolean.getBoolean(TIMING_PROPERTY) && !timingWatched) {
            timingWatched = true;
            StartupTiming.reportFirstPaint(commitmentsViewModel.loadingProperty(), commitmentsViewModel.rows(),
                    stage.sceneProperty());
        }
        afterImport = () -> {
            commitmentsViewModel.refresh();
            statementsViewModel.refresh();
            dashboard.refresh();
            backups.backUpNow();
        };
        // The table first: the window opens on it, and the store works through one task at a time.
        commitmentsViewModel.refresh();
        dashboard.refresh();
        return view;
    }

    @Override
    public void switchLanguage(String languageTag) {
        detail.commitAll();
        tasks.run(() -> {
            userSettings.setLanguage(languageTag);
            return languageTag;
        }, saved -> {
            messages = new Messages(Locale.forLanguageTag(saved));
            stage.getScene().setRoot(buildRoot());
        }, this::settingsNotSaved);
    }

    @Override
    public String author() {
        return userSettings.author(systemUser);
    }

    @Override
    public void changeAuthor(String name) {
        detail.commitAll();
        tasks.run(() -> {
            userSettings.setAuthor(name);
            return name;
        }, saved -> stage.getScene().setRoot(buildRoot()), this::settingsNotSaved);
    }

    @Override
    public BackupViewModel backups() {
        return backups;
    }

    /** The workspace's backups, in the folder the officer chose (default: backups/ in the data folder). */
    Backups backupStore() {
        return new Backups(workspace.database(),
                userSettings.backupFolder(workspace.folder().resolve(BACKUP_FOLDER)), clock);
    }

    /**
     * Puts a checked backup in place of the store: the window's edits are written, the store is
     * closed, the backup replaces it (the current one kept aside), and the window reopens on it.
     */
    private void restoreFrom(Path backup) {
        Path folder = workspace.folder();
        reopen(folder, () -> {
            StoreReplacement.restore(folder, backup, clock);
            return null;
        }, false);
    }

    @Override
    public void openWorkspace(Path folder) {
        reopen(folder, () -> null, true);
    }

    @Override
    public void moveWorkspace(Path target) {
        detail.commitAll();
        Path old = workspace.folder();
        tasks.run(() -> {
            WorkspaceCopy.copy(workspace, target);
            return target;
        }, copied -> reopen(copied, () -> messages.format("workspace.moved", copied, old), true),
                e -> alert(Alert.AlertType.ERROR, e.getMessage()));
    }

    /**
     * Closes this workspace, does {@code whileClosed} (which may say what was done), opens
     * {@code folder} and shows it; if it cannot be opened, this workspace again, with the reason.
     * All store and file work runs on a worker thread; the window is disabled meanwhile.
     *
     * @param remember open {@code folder} at the next start as well
     */
    private void reopen(Path folder, java.util.concurrent.Callable<String> whileClosed, boolean remember) {
        detail.commitAll();
        stage.getScene().getRoot().setDisable(true);
        Path current = workspace.folder();
        Thread worker = new Thread(() -> {
            close(); // lets queued writes finish first
            List<String> problems = new java.util.ArrayList<>();
            String done = null;
            App next;
            try {
                done = whileClosed.call();
                next = reopener.open(folder);
                if (remember && standardFolder != null) {
                    remember(folder, problems);
                }
            } catch (Exception e) {
                problems.add(e.getMessage());
                done = null;
                try {
                    next = reopener.open(current);
                } catch (WorkspaceException again) {
                    problems.add(again.getMessage());
                    next = null;
                }
            }
            App shown = next;
            String told = done;
            javafx.application.Platform.runLater(() -> {
                if (shown == null) {
                    alert(Alert.AlertType.ERROR, String.join("\n\n", problems));
                    return;
                }
                reopener.show(shown, stage);
                if (!problems.isEmpty()) {
                    alert(Alert.AlertType.ERROR, String.join("\n\n", problems));
                } else if (told != null) {
                    alert(Alert.AlertType.INFORMATION, told);
                }
            });
        }, "reopen-workspace");
        worker.setDaemon(true);
        worker.start();
    }

    private void remember(Path folder, List<String> problems) {
        try {
            DataFolders.useFromNextStart(standardFolder, folder);
        } catch (java.io.IOException e) {
            problems.add(messages.format("workspace.notRemembered", e.getMessage()));
        }
    }

    private void alert(Alert.AlertType type, String text) {
        Alert alert = new Alert(type, text);
        alert.initOwner(stage);
        alert.show();
    }

    @Override
    public UpdateFormsViewModel updateForms() {
        return new UpdateFormsViewModel(new StoreUpdateForms(
                new UpdateForms(new ReportQueries(workspace.database()), clock),
                new UpdateFormImporter(commitments, messages.language())), tasks, messages, () -> afterImport.run());
    }

    @Override
    public ReportViewModel report() {
        ReportViewModel report = new ReportViewModel(new StoreReportExports(
                new QuarterlyReport(new ReportQueries(workspace.database()), clock), new ReportHeaders(settings),
                statements, agencies), tasks, messages, clock, javafx.application.Platform::runLater);
        report.load();
        return report;
    }

    /** Opens links and files with the system's programs; says so in a dialog when it cannot. */
    @Override
    public DesktopOpener opener() {
        return new DesktopOpener(reason -> javafx.application.Platform.runLater(() -> {
            Alert alert = new Alert(Alert.AlertType.WARNING, messages.format("detail.openFailed", reason));
            alert.initOwner(stage);
            alert.show();
        }));
    }

    @Override
    public SettingsViewModel settings() {
        SettingsViewModel settings = new SettingsViewModel(new FileSettingsStore(userSettings, systemLocale, systemUser,
                DataFolders.defaultFolder(), workspace.folder().resolve(BACKUP_FOLDER)), tasks, messages,
                workspace.folder(), this::applySettings);
        settings.load();
        return settings;
    }

    /** Shows the window in the language and with the name just saved. */
    private void applySettings(SettingsStore.Settings saved) {
        detail.commitAll();
        messages = new Messages(Locale.forLanguageTag(saved.language()));
        stage.getScene().setRoot(buildRoot());
    }

    private void settingsNotSaved(Throwable e) {
        Alert alert = new Alert(Alert.AlertType.ERROR, messages.format("settings.failed.save", e.getMessage()));
        alert.initOwner(stage);
        alert.showAndWait();
    }

    @Override
    public void importStatements(List<Path> filesOrFolders) {
        reviewImport().load(filesOrFolders);
    }

    @Override
    public void importText(String text) {
        reviewImport().loadText(text);
    }

    private ImportReviewViewModel reviewImport() {
        ImportReviewViewModel review = new ImportReviewViewModel(
                new StoreStatementImports(new StatementImporter(new StatementReaders(), statements, agencies), agencies), tasks, messages, author(),
                () -> afterImport.run());
        ImportReviewWindow.open(stage, review, messages);
        return review;
    }

    /** Lets pending writes finish, then releases the store and its lock. */
    @Override
    public void close() {
        tasks.close();
        workspace.close();
    }
}
