package org.commitmentstracker;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.commitmentstracker.model.CommitmentOverview;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.commitmentstracker.service.WorkspaceRecovery;
import org.commitmentstracker.service.WorkspaceServices;
import org.commitmentstracker.ui.DesktopOpener;
import org.commitmentstracker.ui.Dialogs;
import org.commitmentstracker.ui.FxDialogs;
import org.commitmentstracker.ui.FxTaskRunner;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.TextMenus;
import org.commitmentstracker.ui.agencies.AgenciesViewModel;
import org.commitmentstracker.ui.backup.BackupViewModel;
import org.commitmentstracker.ui.bulk.BulkEditViewModel;
import org.commitmentstracker.ui.commitments.CommitmentsViewModel;
import org.commitmentstracker.ui.commitments.TableLayoutViewModel;
import org.commitmentstracker.ui.dashboard.DashboardViewModel;
import org.commitmentstracker.ui.detail.CommitmentDetailViewModel;
import org.commitmentstracker.ui.forms.UpdateFormsViewModel;
import org.commitmentstracker.ui.importing.ImportReviewViewModel;
import org.commitmentstracker.ui.importing.ImportReviewWindow;
import org.commitmentstracker.ui.main.LiveUpdates;
import org.commitmentstracker.ui.main.MainStage;
import org.commitmentstracker.ui.main.MainWindowView;
import org.commitmentstracker.ui.main.OwnSaves;
import org.commitmentstracker.ui.main.Screens;
import org.commitmentstracker.ui.report.ReportViewModel;
import org.commitmentstracker.ui.settings.SettingsViewModel;
import org.commitmentstracker.ui.settings.WindowActions;
import org.commitmentstracker.ui.statements.StatementsViewModel;
import org.commitmentstracker.ui.savedviews.SavedViewsViewModel;
import org.commitmentstracker.service.OfflineCopy;
import org.commitmentstracker.service.SettingsService;
import org.commitmentstracker.ui.workspace.ConflictsViewModel;
import org.commitmentstracker.ui.workspace.ConnectViewModel;
import org.commitmentstracker.ui.workspace.SyncViewModel;
import org.commitmentstracker.ui.workspace.TakeOfflineViewModel;
import org.commitmentstracker.ui.workspace.WorkspacePlace;
import org.commitmentstracker.ui.workspace.WorkspaceStatusViewModel;

/**
 * The composition root of the desktop app: the ViewModels over the workspace's services and
 * the views over those, all through constructors. What the menus ask beyond one screen comes
 * here ({@link WindowActions}) and goes to a service, the settings or the {@link WorkspaceSwitcher}.
 */
public final class App implements AutoCloseable, WindowActions {
    /** {@code -Dcommitments.timing=true}: print when the first window was painted with its data (for `bench`). */
    static final String TIMING_PROPERTY = "commitments.timing";

    private final WorkspaceServices services;
    /** Rows read ahead for the first window's first loads only; a rebuilt window reads the store. */
    private AppFirstRows firstRows;
    private final WorkspaceSwitcher switcher;
    private final FxTaskRunner tasks = new FxTaskRunner();
    /** Possible repeats, looked for beside the store's other work (seconds with a partner's thousands of commitments). */
    private final FxTaskRunner lookups = new FxTaskRunner("repeat-lookup");
    /** Right-click menus of text fields in the UI's language. */
    private final TextMenus textMenus = new TextMenus(() -> this.messages);
    private final Dialogs dialogs;
    private Messages messages;
    private Stage stage;
    private CommitmentDetailViewModel detail;
    /** The table now shown: a rebuilt window (another language) takes over its search, filters and selection. */
    private CommitmentsViewModel commitments;
    /** Shows what an import added: the table, the statements and the dashboard reload. */
    private Runnable afterImport = () -> { };
    private boolean dashboardChecked;
    /** The first window's first loads, when the rows read ahead came in before it appeared; see {@link #show}. */
    private javafx.beans.binding.BooleanExpression firstLoads;
    private boolean timingWatched;
    private boolean trainingWatched;
    private BackupViewModel backups;
    /** What opened this window's workspace, to open it again when a switch away fails. */
    private final WorkspaceSwitcher.Target target;
    /** Where the officer works, read once when the workspace opened (off the UI thread). */
    private final WorkspacePlace place;
    /** This workspace as an offline copy of a team workspace (no origin and nothing to send when it is not one). */
    private final OfflineCopy offline;
    private WorkspaceStatusViewModel workspaceStatus;
    /** Reloads what the window shows when another officer (or a command) saved something. */
    private Runnable showOthersChanges = () -> { };
    private java.time.Duration liveEvery = LiveUpdates.EVERY;
    /** Looks for others' changes once the window shows; the window's own saves show at once (their row replaced). */
    private final LiveUpdates live;
    /** The notice of what changed since the last start: worked out once, kept when the window is rebuilt. */
    private org.commitmentstracker.ui.commitments.SinceLastStartViewModel sinceLastStart;

    /**
     * @param language the UI's language, or null for the one in the workspace's settings (else the system's)
     * @param switcher moves the window to another workspace
     * @param dialogs  every message, question and chooser of the window, or null for JavaFX's own owned by the window
     */
    App(WorkspaceServices services, Locale language, WorkspaceSwitcher switcher, Dialogs dialogs,
        WorkspaceSwitcher.Target target) {
        this(services, language, switcher, dialogs, target, AppFirstRows.none());
    }

    /** @param firstRows the table's rows read ahead for the window's first loads */
    App(WorkspaceServices services, Locale language, WorkspaceSwitcher switcher, Dialogs dialogs,
        WorkspaceSwitcher.Target target, AppFirstRows firstRows) {
        this.firstRows = firstRows;
        this.services = services;
        this.switcher = switcher;
        this.target = target;
        this.dialogs = dialogs != null ? dialogs : new FxDialogs(() -> this.stage, () -> this.messages);
        this.messages = new Messages(language != null ? language : services.settings().locale());
        this.offline = services.offlineCopy();
        this.place = placeOf(services, target, offline);
        this.live = new LiveUpdates(services.commitments()::changeStamp,
                (since, now, ids) -> services.commitments().movedOnlyBy(since, now, ids, author()), Platform::runLater,
                () -> showOthersChanges.run());
    }

    private static WorkspacePlace placeOf(WorkspaceServices services, WorkspaceSwitcher.Target target,
                                          OfflineCopy offline) {
        if (services.onServer()) {
            return new WorkspacePlace(WorkspacePlace.Kind.SERVER, services.folder(), services.serverAddress(),
                    target != null && target.user() != null ? target.user() : "");
        }
        return offline.origin().map(origin -> new WorkspacePlace(WorkspacePlace.Kind.OFFLINE_COPY, services.folder(),
                origin.serverAddress(), origin.user())).orElse(WorkspacePlace.laptop(services.folder()));
    }

    /**
     * An app on these services in the given language, ignoring any saved choice, that never
     * changes the next start's folder (tests); {@code dialogs} answers its questions and choosers.
     */
    public static App forTests(WorkspaceServices services, Locale language, Dialogs dialogs) {
        return new App(services, language, WorkspaceSwitcher.forTests(language, dialogs, services.folder()), dialogs,
                WorkspaceSwitcher.Target.folder(services.folder()));
    }

    /** How often the window looks for changes saved elsewhere (tests shorten it); before {@link #show}. */
    public void lookForChangesEvery(java.time.Duration interval) {
        this.liveEvery = interval;
    }

    /** Shows the main window in {@code stage}; its data loads in the background. FX thread. */
    public void show(Stage stage) {
        this.stage = stage;
        // Before the first control: else JavaFX loads its default stylesheet first, for nothing.
        MainStage.useTheme();
        Parent root = buildRoot();
        StartupTiming.mark("window built");
        if (firstLoads != null) {
            awaitFirstLoads(firstLoads);
            firstLoads = null;
            StartupTiming.mark("first rows and figures in");
        }
        MainStage.show(stage, root);
        textMenus.attach();
        if (!services.settings().hasAuthor()) {
            // First start: changes are signed with the officer's name, not the OS account's.
            Platform.runLater(this::askOfficersName);
        }
        // Only others' changes reload: the writers given to the screens tell it of the window's own saves.
        live.start(liveEvery);
        // The close button, File > Quit and Ctrl+Q all come here: what is still in a field is written first.
        stage.setOnCloseRequest(e -> {
            e.consume();
            closeWhenSaved();
        });
    }

    /**
     * Lets the table's and the dashboard's first loads end before the window appears (at most
     * {@value #FIRST_LOADS_WAIT_MS} ms; the FX thread goes on with their results meanwhile): the window is then styled
     * and laid out once, with its data, instead of once empty and again when the data comes.
     */
    private static void awaitFirstLoads(javafx.beans.binding.BooleanExpression done) {
        if (done.get()) {
            return;
        }
        Object key = new Object();
        boolean[] waiting = {true};
        Runnable stop = () -> {
            if (waiting[0]) {
                waiting[0] = false;
                Platform.exitNestedEventLoop(key, null);
            }
        };
        javafx.beans.value.ChangeListener<Boolean> ended = (o, was, is) -> {
            if (is) {
                stop.run();
            }
        };
        done.addListener(ended);
        java.util.concurrent.CompletableFuture.delayedExecutor(FIRST_LOADS_WAIT_MS,
                java.util.concurrent.TimeUnit.MILLISECONDS).execute(() -> Platform.runLater(stop));
        Platform.enterNestedEventLoop(key);
        done.removeListener(ended);
    }

    /** How long the first window waits for the rows read ahead, then for its first loads, before it appears. */
    private static final long FIRST_ROWS_WAIT_MS = 600;
    private static final long FIRST_LOADS_WAIT_MS = 800;

    /** Asks the officer's name (the OS account's offered) and keeps it in the settings; cancelled, it is asked next time. */
    private void askOfficersName() {
        dialogs.askText(messages.get("firstStart.name.title"), messages.get("firstStart.name.header"),
                        messages.get("settings.author"), services.settings().author())
                .map(String::strip).filter(name -> !name.isEmpty())
                .ifPresent(name -> tasks.run(() -> {
                    services.settings().setAuthor(name);
                    return name;
                }, saved -> { }, this::settingsNotSaved));
    }

    /**
     * Writes what is still in the detail pane's fields, then closes the window; when a write
     * failed, a typed date was refused or a progress update was not added, asks first.
     */
    private void closeWhenSaved() {
        detail.saveBeforeLeaving(() -> {
            int drafts = detail.unaddedUpdates();
            if (drafts == 0 || dialogs.confirm(messages.get("quit.notSaved.title"),
                    messages.get("quit.drafts.header"), messages.format("quit.drafts.text", drafts),
                    messages.get("quit.discard"), messages.get("quit.stay"))) {
                stage.hide();
            }
        }, reason -> {
            if (dialogs.confirm(messages.get("quit.notSaved.title"), messages.get("quit.notSaved.header"),
                    messages.format("quit.notSaved.text", reason), messages.get("quit.anyway"),
                    messages.get("quit.stay"))) {
                stage.hide();
            }
        });
    }

    /** This window saved changes and shows them already: an offline copy counts them among the changes to send. */
    private void savedHere() {
        workspaceStatus.refresh();
    }

    private Parent buildRoot() {
        AppFirstRows rowsAhead = firstRows;
        firstRows = AppFirstRows.none();
        // Every source before the table's load starts: the rows read ahead are kept until each took them.
        Supplier<List<CommitmentOverview>> tableRows = rowsAhead.thenFrom(
                services.commitments()::overview);
        Supplier<List<CommitmentOverview>> dashboardRows = rowsAhead.thenFrom(
                services.commitments()::overview);
        // The notice of what changed while away judges them too (the first window's only: a rebuilt one carries it
        // over), rather than reading the 10,000 rows again beside the window's first paint.
        Supplier<List<CommitmentOverview>> awayRows = sinceLastStart == null
                ? rowsAhead.thenFrom(services.commitments()::overview) : services.commitments()::overview;
        CommitmentsViewModel commitmentsViewModel = new CommitmentsViewModel(tableRows,
                services.commitments(), services.repeats()::repeating, tasks, messages, services.clock());
        commitmentsViewModel.rememberBothLanguages(services.settings().searchBothLanguages(),
                services.settings()::saveSearchBothLanguages);
        if (commitments != null) {
            commitmentsViewModel.carryOver(commitments);
        }
        commitments = commitmentsViewModel;
        // The table first: the window opens on it, and the store works through one task at a time (its rows
        // arrive on the FX thread after this window is built).
        commitmentsViewModel.refresh();
        CommitmentDetailViewModel previous = detail;
        detail = new CommitmentDetailViewModel(OwnSaves.editor(services.commitments(), live), tasks, messages,
                services.clock(), this::author,
                row -> {
                    // Only the edited row is shown anew; the dashboard reloads when its tab is shown.
                    commitmentsViewModel.replace(row);
                    savedHere();
                }, opener());
        detail.lookForRepeatsWith(lookups);
        detail.onRepeatsJudged(commitmentsViewModel::repeatsChanged);
        if (previous != null) {
            // A rebuild (another language, new settings) keeps the updates written but not added.
            detail.takeDraftsFrom(previous);
        }
        stage.setTitle(messages.get("app.title"));
        BulkEditViewModel bulk = new BulkEditViewModel(OwnSaves.bulk(services.bulkEdits(), live), tasks, messages,
                this::author,
                (List<Long> ids) -> {
                    commitmentsViewModel.refreshRows(ids, services.commitments()::overviewOf);
                    // The pane may show one of them.
                    detail.reload();
                    savedHere();
                });
        AgenciesViewModel agenciesViewModel = new AgenciesViewModel(services.agencies(), tasks, messages);
        DashboardViewModel dashboard = new DashboardViewModel(dashboardRows, tasks, messages, services.clock());
        StatementsViewModel statementsViewModel = new StatementsViewModel(services.statements()::all,
                services.statements()::sampleIds, services.statements()::progressByStatement,
                services.statements()::units, services.statements(), dialogs, author(), () -> {
                    commitmentsViewModel.refresh();
                    dashboard.refresh();
                }, tasks, messages);
        backups = new BackupViewModel(services.backups(), this::restoreFrom, tasks, messages);
        SavedViewsViewModel savedViews = new SavedViewsViewModel(commitmentsViewModel, services.savedViews(), tasks,
                messages);
        savedViews.refresh();
        TableLayoutViewModel layout = new TableLayoutViewModel(services.settings()::layout,
                services.settings()::saveLayout, tasks);
        workspaceStatus = new WorkspaceStatusViewModel(place, offline::pendingChanges, () -> offline.conflicts().size(),
                services::readableByOthers,
                () -> {
                    services.makePrivate();
                    return null;
                }, tasks, messages);
        workspaceStatus.refresh();
        // The dashboard opens first when something is overdue: at the first window's first figures only.
        boolean firstWindow = !dashboardChecked;
        dashboardChecked = true;
        // The rows read ahead are usually in by the time the window is built (they are read beside it); then the
        // window opens on the right screen at once, and the other is not styled and laid out for nothing.
        Optional<Boolean> overdueAhead = firstWindow ? rowsAhead.awaitRead(FIRST_ROWS_WAIT_MS) : Optional.empty();
        if (overdueAhead.isPresent()) {
            firstLoads = commitmentsViewModel.loadingProperty().not().and(dashboard.loadedProperty());
        }
        MainWindowView view = new MainWindowView(new Screens(commitmentsViewModel, detail, bulk, statementsViewModel,
                agenciesViewModel, dashboard, savedViews, layout, workspaceStatus), messages, services.folder(), this,
                dialogs, overdueAhead.orElse(false));
        view.showBackupStatus(backups);
        if (firstWindow && overdueAhead.isEmpty()) {
            dashboard.loadedProperty().addListener((o, was, is) -> {
                if (is && !was && dashboard.overdueProperty().get() > 0) {
                    view.showDashboard();
                }
            });
        }
        if (Boolean.getBoolean(TIMING_PROPERTY) && !timingWatched) {
            timingWatched = true;
            StartupTiming.reportFirstPaint(commitmentsViewModel.loadingProperty(), dashboard.loadedProperty(),
                    commitmentsViewModel.rows(), stage.sceneProperty());
        }
        if (AotTraining.on() && !trainingWatched) {
            trainingWatched = true;
            AotTraining.tourAfterFirstLoad(commitmentsViewModel.loadingProperty(), stage);
        }
        CommitmentDetailViewModel shownDetail = detail;
        showOthersChanges = () -> {
            commitmentsViewModel.refresh();
            statementsViewModel.refresh();
            dashboard.refresh();
            shownDetail.reload();
            // An offline copy's "n changes to send" counts this laptop's own saves too, which move the stamp.
            workspaceStatus.refresh();
        };
        afterImport = () -> {
            commitmentsViewModel.refresh();
            statementsViewModel.refresh();
            dashboard.refresh();
            backUpNow();
            statementsViewModel.checkSampleOffer();
        };
        dashboard.refresh();
        // step 13: what changed while the officer was away, after the table's and dashboard's loads (one worker).
        var away = new org.commitmentstracker.ui.commitments.SinceLastStartViewModel(
                () -> {
                    // Taken even when not judged (the very first start): the rows read ahead are let go once all took theirs.
                    List<CommitmentOverview> rows = awayRows.get();
                    return services.sinceLastStart().startNow(() -> rows);
                }, tasks, messages, commitmentsViewModel);
        if (sinceLastStart == null) {
            away.check();
        } else {
            away.carryOver(sinceLastStart);
        }
        sinceLastStart = away;
        view.showSinceLastStart(away);
        // Statements imported from the command line: the offer to remove the sample stands at start too.
        statementsViewModel.checkSampleOffer();
        return view;
    }

    /** Builds the window again, in the language now chosen. */
    private void rebuild() {
        stage.getScene().setRoot(buildRoot());
    }

    @Override
    public void switchLanguage(String languageTag) {
        detail.commitAll();
        tasks.run(() -> {
            services.settings().setLanguage(languageTag);
            return languageTag;
        }, saved -> {
            messages = new Messages(Locale.forLanguageTag(saved));
            rebuild();
        }, this::settingsNotSaved);
    }

    /** The words the window speaks now (they change with the language). */
    public Messages messages() {
        return messages;
    }

    /** A failure as the window says it: one with words ({@code Explained}) in {@code messages}' language, else its message. */
    static String explain(Messages messages, Throwable failure) {
        return messages.explain(failure);
    }

    @Override
    public String author() {
        return services.settings().author();
    }

    @Override
    public void changeAuthor(String name) {
        detail.commitAll();
        tasks.run(() -> {
            services.settings().setAuthor(name);
            return name;
        }, saved -> rebuild(), this::settingsNotSaved);
    }

    @Override
    public BackupViewModel backups() {
        return backups;
    }

    /** Puts a checked backup in place of the store and shows the window on it again (the current store kept aside). */
    private void restoreFrom(Path backup) {
        Path folder = services.folder();
        switcher.switchTo(this, folder, () -> {
            WorkspaceRecovery.restore(folder, backup, services.clock());
            return null;
        }, false);
    }

    @Override
    public void openWorkspace(Path folder) {
        switcher.switchTo(this, folder, () -> null, true);
    }

    @Override
    public void moveWorkspace(Path target) {
        detail.commitAll();
        Path old = services.folder();
        tasks.run(() -> {
            services.copyTo(target);
            return target;
        }, copied -> switcher.switchTo(this, copied, () -> messages.format("workspace.moved", copied, old), true),
                e -> dialogs.showError(explain(messages, e)));
    }

    @Override
    public UpdateFormsViewModel updateForms() {
        return new UpdateFormsViewModel(services.updateForms(), tasks, messages, () -> afterImport.run());
    }

    @Override
    public ReportViewModel report() {
        ReportViewModel report = new ReportViewModel(services.reports(), tasks, messages, services.clock(),
                Platform::runLater);
        report.load();
        return report;
    }

    @Override
    public org.commitmentstracker.ui.report.WordReportViewModel wordReport() {
        var word = new org.commitmentstracker.ui.report.WordReportViewModel(services.reports(), tasks, messages,
                services.clock(), Platform::runLater);
        word.load();
        return word;
    }

    /** Opens links and files with the system's programs; says so in a dialog when it cannot. */
    @Override
    public DesktopOpener opener() {
        return new DesktopOpener(messages, reason -> Platform.runLater(() ->
                dialogs.showWarning(messages.format("detail.openFailed", reason))));
    }

    @Override
    public SettingsViewModel settings() {
        SettingsViewModel settings = new SettingsViewModel(services.settings(), tasks, messages, services.folder(),
                saved -> {
                    detail.commitAll();
                    messages = new Messages(Locale.forLanguageTag(saved.language()));
                    rebuild();
                });
        settings.load();
        return settings;
    }

    private void settingsNotSaved(Throwable e) {
        dialogs.showErrorAndWait(null, messages.format("settings.failed.save", messages.explain(e)));
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
        ImportReviewViewModel review = new ImportReviewViewModel(services.imports(), tasks, messages, author(),
                services.clock(), () -> afterImport.run());
        ImportReviewWindow.open(stage, review, messages, dialogs);
        return review;
    }

    // step 11: window (team workspace, offline copy)

    @Override
    public ConnectViewModel connect() {
        return toServer(false);
    }

    @Override
    public ConnectViewModel publish() {
        return toServer(true);
    }

    /**
     * The dialog that moves the window to a team workspace, first copying this laptop's workspace there
     * when {@code publishFirst} (the laptop keeps its own); the address and login are remembered.
     */
    private ConnectViewModel toServer(boolean publishFirst) {
        Path settingsFolder = switcher.settingsFolder();
        SettingsService.ServerLogin last = SettingsService.lastServer(settingsFolder);
        return new ConnectViewModel(tasks, messages, (address, login, password) -> {
            if (publishFirst) {
                services.publishTo(address, login, password);
            }
            WorkspaceServices opened = WorkspaceServices.openServer(address, login, password, services.clock(),
                    messages.locale(), System.getProperty("user.name", "unknown"));
            return () -> switcher.switchToOpened(this, WorkspaceSwitcher.Target.server(address, login, password),
                    opened);
        }, (address, login) -> SettingsService.rememberServer(settingsFolder,
                new SettingsService.ServerLogin(address, login)), last.address(), last.login());
    }

    @Override
    public void useLaptop() {
        switcher.switchTo(this, switcher.laptopFolder(), () -> null, false);
    }

    @Override
    public TakeOfflineViewModel takeOffline() {
        return new TakeOfflineViewModel((folder, partners, progress) -> {
            // The copy is made over a connection of its own, with the login and password this window opened with.
            WorkspaceServices.checkout(target.server(), target.user(), target.password(), folder, partners,
                    services.clock()).close();
        }, () -> services.statements().all().stream().flatMap(s -> s.partners().stream()).distinct().sorted()
                .toList(),
                // A fresh folder beside the laptop's own workspace, so the officer need not choose one.
                WorkspaceServices::freshOfflineCopyFolder,
                tasks, messages, Platform::runLater, copy -> switcher.switchTo(this, copy, () -> null, true));
    }

    @Override
    public SyncViewModel sync() {
        return new SyncViewModel(offline, () -> dialogs.askPassword(messages.get("sync.title"),
                messages.format("connect.askPassword.header", place.login(), place.server()),
                messages.get("connect.password")), tasks, messages, Platform::runLater, report -> {
                    commitments.refresh();
                    workspaceStatus.refresh();
                });
    }

    @Override
    public ConflictsViewModel conflicts() {
        return new ConflictsViewModel(offline, tasks, messages, id -> services.agencies().agencies().stream()
                // A conflict names an agency by its code (the same on every laptop and the server), history by its id.
                .filter(a -> a.code().equalsIgnoreCase(id) || Long.toString(a.id()).equals(id)).findFirst()
                .map(messages::agency).orElse(id), () -> {
                    commitments.refresh();
                    workspaceStatus.refresh();
                });
    }

    // step 13: calendar

    @Override
    public org.commitmentstracker.ui.calendar.CalendarExportViewModel calendar() {
        return new org.commitmentstracker.ui.calendar.CalendarExportViewModel(services.calendar(), tasks, messages,
                List.copyOf(commitments.selectedOwners()));
    }

    WorkspaceSwitcher.Target target() {
        return target;
    }

    /** Writes the edit still in a field and greys the window out while it moves to another workspace. FX thread. */
    void leave() {
        detail.commitAll();
        stage.getScene().getRoot().setDisable(true);
    }

    /** Makes a backup of the workspace now (at start, once the window is up, and after an import). */
    void backUpNow() {
        if (services.onServer()) {
            return; // the server's data is backed up on the server (pg_dump), not on this laptop
        }
        backups.backUpNow();
    }

    Stage stage() {
        return stage;
    }

    /** Waits for the store's quick check; throws when it found the store damaged (see DesktopStartup). */
    void awaitIntegrity() {
        services.awaitIntegrity();
    }

    /** A sentence in the window's language. */
    String format(String key, Object... args) {
        return messages.format(key, args);
    }

    /** Messages, questions and choosers over this app's window. */
    Dialogs dialogs() {
        return dialogs;
    }

    /** Lets pending writes finish, then releases the store and its lock. */
    @Override
    public void close() {
        if (detail != null) {
            detail.close();
        }
        live.close();
        textMenus.detach();
        lookups.close();
        tasks.close();
        services.close();
    }
}
