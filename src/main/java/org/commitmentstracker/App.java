package org.commitmentstracker;

import atlantafx.base.theme.PrimerLight;
import java.io.InputStream;
import java.time.Clock;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.commitmentstracker.store.AgencyRepository;
import org.commitmentstracker.store.BundledAgencies;
import org.commitmentstracker.store.CommitmentRepository;
import org.commitmentstracker.store.HistoryRepository;
import org.commitmentstracker.store.SampleWorkspace;
import org.commitmentstracker.store.SqliteFullTextSearch;
import org.commitmentstracker.store.StatementRepository;
import org.commitmentstracker.store.Workspace;
import org.commitmentstracker.store.WorkspaceSettings;
import org.commitmentstracker.ui.FxTaskRunner;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.commitments.CommitmentsViewModel;
import org.commitmentstracker.ui.detail.CommitmentDetailViewModel;
import org.commitmentstracker.ui.main.MainWindowView;

/**
 * The composition root: builds the repositories over an open workspace, the ViewModels over
 * them and the views over those, all through constructors.
 */
public final class App implements AutoCloseable {
    private static final String STYLESHEET = "/org/commitmentstracker/ui/app.css";
    private static final String ICON = "/bundled/icons/app-icon.png";

    private final Workspace workspace;
    private final Clock clock;
    private final Messages messages;
    private final FxTaskRunner tasks = new FxTaskRunner();
    private final AgencyRepository agencies;
    private final StatementRepository statements;
    private final CommitmentRepository commitments;
    private final WorkspaceSettings settings;
    private final SqliteFullTextSearch search;
    private final HistoryRepository history;
    private final String author;

    public App(Workspace workspace, Clock clock, Locale locale) {
        this(workspace, clock, locale, System.getProperty("user.name", "unknown"));
    }

    /** @param author whose name goes on every change made in this window */
    public App(Workspace workspace, Clock clock, Locale locale, String author) {
        this.workspace = workspace;
        this.author = author;
        this.clock = clock;
        this.messages = new Messages(locale);
        this.agencies = new AgencyRepository(workspace.database());
        this.statements = new StatementRepository(workspace.database(), clock);
        this.commitments = new CommitmentRepository(workspace.database(), clock);
        this.settings = new WorkspaceSettings(workspace.database());
        this.search = new SqliteFullTextSearch(workspace.database());
        this.history = new HistoryRepository(workspace.database());
    }

    /** Fills a new workspace with the agency directory and the sample statements. Not on the FX thread. */
    public void prepareWorkspace() {
        new BundledAgencies(agencies).loadIfEmpty();
        new SampleWorkspace(statements, commitments, agencies, settings, clock).loadIfFirstRun();
    }

    /** Shows the main window in {@code stage}; its data loads in the background. FX thread. */
    public void show(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        CommitmentsViewModel commitmentsViewModel =
                new CommitmentsViewModel(commitments::overview, search::matchingCommitments, tasks, messages, clock);
        CommitmentDetailViewModel detailViewModel = new CommitmentDetailViewModel(
                new StoreCommitmentEditor(commitments, history, agencies), tasks, messages, clock, author,
                commitmentsViewModel::refresh);
        MainWindowView view = new MainWindowView(commitmentsViewModel, detailViewModel, messages, workspace.folder());
        // An edit still in a field is written before the window goes (the task runner lets it finish).
        stage.setOnCloseRequest(e -> detailViewModel.commitAll());
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view, Math.min(1440, screen.getWidth() - 40), Math.min(860, screen.getHeight() - 40));
        scene.getStylesheets().add(App.class.getResource(STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.setTitle(messages.get("app.title"));
        try (InputStream icon = App.class.getResourceAsStream(ICON)) {
            if (icon != null) {
                stage.getIcons().add(new Image(icon));
            }
        } catch (java.io.IOException ignored) {
            // A window without an icon is still a window.
        }
        stage.show();
        commitmentsViewModel.refresh();
    }

    public Messages messages() {
        return messages;
    }

    /** Lets pending writes finish, then releases the store and its lock. */
    @Override
    public void close() {
        tasks.close();
        workspace.close();
    }
}
