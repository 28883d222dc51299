package org.commitmentstracker.service;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.commitmentstracker.extract.read.StatementReaders;
import org.commitmentstracker.store.AgencyRepository;
import org.commitmentstracker.store.AttachmentTransfer;
import org.commitmentstracker.store.Attachments;
import org.commitmentstracker.store.BundledAgencies;
import org.commitmentstracker.store.CommitmentRepository;
import org.commitmentstracker.store.DataFolders;
import org.commitmentstracker.store.Database;
import org.commitmentstracker.store.WorkspaceTransfer;
import org.commitmentstracker.store.HistoryRepository;
import org.commitmentstracker.store.PrivateFiles;
import org.commitmentstracker.store.ReportQueries;
import org.commitmentstracker.store.SampleWorkspace;
import org.commitmentstracker.store.SavedViewRepository;
import org.commitmentstracker.store.FullTextSearch;
import org.commitmentstracker.store.StatementRepository;
import org.commitmentstracker.store.Workspace;
import org.commitmentstracker.store.WorkspaceCopy;
import org.commitmentstracker.store.WorkspaceSettings;

/**
 * The one wiring of an open workspace: opens its store, builds its repositories and the
 * services over them once. The desktop app, every command, the benchmarks and the tests get
 * their services here; nothing above this class knows which database is underneath.
 */
public final class WorkspaceServices implements AutoCloseable {
    private final Workspace workspace;
    private final Clock clock;
    private final AgencyRepository agencyRepository;
    private final StatementRepository statementRepository;
    private final CommitmentRepository commitmentRepository;
    private final WorkspaceSettings workspaceSettings;
    private final AgencyService agencies;
    private final CommitmentService commitments;
    private final StatementService statements;
    private final StatementImportService imports;
    private final RepeatService repeats;
    private final BulkEditService bulkEdits;
    private final SavedViewService savedViews;
    private final ReportService reports;
    private final UpdateFormService updateForms;
    private final SettingsService settings;
    private final BackupService backups;
    private final OfflineCopyService offlineCopy;
    private final CalendarService calendar;
    private final SinceLastStart sinceLastStart;

    private WorkspaceServices(Workspace workspace, Clock clock, Locale systemLocale, String systemUser) {
        this.workspace = workspace;
        this.clock = clock;
        agencyRepository = new AgencyRepository(workspace.database());
        statementRepository = new StatementRepository(workspace.database(), clock);
        commitmentRepository = new CommitmentRepository(workspace.database(), clock);
        workspaceSettings = new WorkspaceSettings(workspace.database());
        ReportQueries reportQueries = new ReportQueries(workspace.database());
        agencies = new AgencyService(agencyRepository);
        repeats = new RepeatService(new org.commitmentstracker.store.RepeatRepository(workspace.database()), clock);
        commitments = new CommitmentService(commitmentRepository, new HistoryRepository(workspace.database()), agencies,
                Attachments.of(workspace), FullTextSearch.of(workspace.database()),
                Glossaries.of(workspace.folder()), repeats);
        imports = new StatementImportService(new StatementReaders(), statementRepository, agencyRepository, repeats,
                new HeapRoom());
        bulkEdits = new BulkEditService(commitmentRepository, agencies);
        savedViews = new SavedViewService(new SavedViewRepository(workspace.database()));
        reports = new ReportService(reportQueries, workspaceSettings, statementRepository, agencies, clock);
        updateForms = new UpdateFormService(reportQueries, commitmentRepository, clock);
        settings = new SettingsService(workspace.folder(), systemLocale, systemUser, DataFolders.defaultFolder(),
                workspace.database().serverLogin());
        backups = new BackupService(workspace.database(), settings::backupFolder, clock);
        statements = new StatementService(statementRepository, commitmentRepository, backups,
                Attachments.of(workspace), workspaceSettings, clock);
        offlineCopy = new OfflineCopyService(workspace.database(), workspaceSettings, commitmentRepository,
                agencyRepository, clock, settings::author, statements);
        // step 13: calendar. A team workspace and its offline copies share the server's identity (and ids).
        calendar = new CalendarService(commitments, new HistoryRepository(workspace.database()), agencies,
                workspaceSettings, () -> workspace.onServer() ? workspace.database().serverAddress()
                        : offlineCopy.origin().map(SyncOrigin::serverAddress).orElse(null), clock);
        // step 13: what changed while you were away
        sinceLastStart = new SinceLastStart(commitments::overview, settings, clock);
    }

    /** A folder to offer for an offline copy: new or empty, beside the laptop's own workspace (it looks at the disk). */
    public static Path freshOfflineCopyFolder() {
        return DataFolders.offlineCopyBeside(DataFolders.defaultFolder());
    }

    /**
     * "Take offline": makes a new local workspace in {@code folder} from the server's ({@code url}, as
     * {@code user}): all of it, or only the statements of {@code partners} (any of them), with their
     * commitments, units and history, the agencies and sector owners, every id as on the server. The copy
     * remembers the server's address (without parameters) and the login, never the password.
     *
     * @return the offline copy, open; the caller closes it
     * @throws org.commitmentstracker.store.WorkspaceException when the folder already holds a workspace, or
     *         the server cannot be reached or refuses
     */
    public static WorkspaceServices checkout(String url, String user, String password, Path folder,
                                             List<String> partners, Clock clock) {
        try (Database server = Database.openServer(url, user, password)) {
            WorkspaceServices copy = open(folder, clock);
            try {
                WorkspaceTransfer.checkout(server, copy.workspace.database(), url, user, partners, clock);
                AttachmentTransfer.pull(server, copy.workspace.database());
                // Offline changes are signed as the server signs them when they arrive: by the login.
                if (!copy.settings().hasAuthor()) {
                    copy.settings().setAuthor(user);
                }
                return copy;
            } catch (RuntimeException e) {
                copy.close();
                throw e;
            }
        }
    }

    /**
     * "Move to a server": copies this workspace, with all its history, into the empty workspace on the
     * server, every id kept.
     *
     * @throws org.commitmentstracker.store.WorkspaceException when the server's workspace is not empty (nothing
     *         is copied then), or the server cannot be reached or refuses
     */
    public Published publishTo(String url, String user, String password) {
        try (Database server = Database.openServer(url, user, password)) {
            WorkspaceTransfer.Copied copied = WorkspaceTransfer.publish(workspace.database(), server);
            AttachmentTransfer.push(workspace.database(), server);
            return new Published(server.serverAddress(), copied.statements(), copied.commitments(),
                    copied.historyEntries());
        }
    }

    /** As {@link #publishTo}, for the workspace in {@code folder} (opened and closed here). */
    public static Published publish(Path folder, String url, String user, String password, Clock clock) {
        try (WorkspaceServices services = open(folder, clock)) {
            return services.publishTo(url, user, password);
        }
    }

    /** What a publish copied, and where (the server's address without parameters). */
    public record Published(String server, int statements, int commitments, int historyEntries) {
    }

    /** This workspace as an offline copy of a server: its origin, changes to send, sync and conflicts. */
    public OfflineCopy offlineCopy() {
        return offlineCopy;
    }

    /** The offline copy's implementation, for the tests' hook that cuts a sync off. */
    OfflineCopyService offlineCopyService() {
        return offlineCopy;
    }

    /**
     * Opens the workspace in {@code folder} (created when new, upgraded when old); changes are
     * signed by the name in its settings, else the system's user name.
     *
     * @throws org.commitmentstracker.store.WorkspaceException naming what is wrong (locked, not a store, damaged)
     */
    public static WorkspaceServices open(Path folder, Clock clock) {
        return open(folder, clock, Locale.getDefault(), System.getProperty("user.name", "unknown"));
    }

    /**
     * @param systemLocale the language when the officer has not chosen one
     * @param systemUser   the name that signs changes when the officer has not given one
     */
    public static WorkspaceServices open(Path folder, Clock clock, Locale systemLocale, String systemUser) {
        return over(Workspace.open(folder), clock, systemLocale, systemUser);
    }

    /**
     * As {@link #open(Path, Clock, Locale, String)}, for the window's start: the store's quick check runs beside
     * the rest of the start; nothing is written before it passes; {@link #awaitIntegrity} waits for it.
     */
    public static WorkspaceServices openCheckingBeside(Path folder, Clock clock, Locale systemLocale,
                                                       String systemUser) {
        return over(Workspace.openCheckingBeside(folder), clock, systemLocale, systemUser);
    }

    /**
     * Waits for the store's quick check (at once unless opened with {@link #openCheckingBeside}).
     *
     * @throws org.commitmentstracker.store.DamagedStoreException when it found the store damaged
     */
    public void awaitIntegrity() {
        workspace.database().awaitIntegrity();
    }

    /**
     * Opens a team workspace on a PostgreSQL server ({@code jdbc:postgresql://host:port/db}) as
     * {@code user}; its settings stay in this laptop's folder for that server.
     *
     * @param password kept only in memory, never written
     */
    public static WorkspaceServices openServer(String url, String user, String password, Clock clock,
                                               Locale systemLocale, String systemUser) {
        return over(Workspace.openServer(url, user, password, DataFolders.serverFolder(url, user)), clock, systemLocale,
                systemUser);
    }

    /**
     * {@code server init}: brings a team workspace's schema up to date, creates the group roles with their
     * rights and fills an empty agency directory from the bundled one; the sample statements are never
     * loaded into it. {@code user} must own the database;
     * running it again changes nothing.
     *
     * @throws org.commitmentstracker.store.WorkspaceException naming the server and what to do
     */
    public static ServerSetup initServer(String url, String user, String password) {
        try (Database database = Database.initServer(url, user, password)) {
            AgencyRepository agencies = new AgencyRepository(database);
            new BundledAgencies(agencies).loadIfEmpty();
            SampleWorkspace.skipFirstRun(new WorkspaceSettings(database), java.time.Instant.now());
            return new ServerSetup(database.serverAddress(), Database.newestSchemaVersion(), Database.serverRoles(),
                    agencies.count());
        }
    }

    /**
     * The services of the workspace in {@code folder} opened only to read (see {@link Workspace#openReadOnly}), beside
     * an app that may have it open: for previews and dry runs; anything that writes fails.
     */
    public static WorkspaceServices openReadOnly(Path folder, Clock clock) {
        return over(Workspace.openReadOnly(folder), clock, Locale.getDefault(), System.getProperty("user.name", "unknown"));
    }

    /** The services of a workspace already open; closing them closes it. */
    public static WorkspaceServices over(Workspace workspace, Clock clock, Locale systemLocale, String systemUser) {
        return new WorkspaceServices(workspace, clock, systemLocale, systemUser);
    }

    /** Fills a new workspace's agency directory from the bundled one; a filled one is left as it is. */
    public WorkspaceServices withAgencies() {
        new BundledAgencies(agencyRepository).loadIfEmpty();
        return this;
    }

    /** Fills a new workspace with the agency directory and the sample statements, so a first start shows something. */
    public void prepareFirstRun() {
        withAgencies();
        new SampleWorkspace(statementRepository, commitmentRepository, agencyRepository, workspaceSettings, clock)
                .loadIfFirstRun();
    }

    /** Copies this workspace (a consistent copy of the store, attachments and settings) into an empty folder. */
    public void copyTo(Path target) {
        WorkspaceCopy.copy(workspace, target);
    }

    public Path folder() {
        return workspace.folder();
    }

    /** Whether the data is on a PostgreSQL server (then {@link #folder()} holds only this laptop's settings). */
    public boolean onServer() {
        return workspace.onServer();
    }

    /** The server's address without parameters, or null for a workspace in a data folder. */
    public String serverAddress() {
        return workspace.database().serverAddress();
    }

    /**
     * What of this workspace's folder other accounts on this computer can read: the folder and the
     * store (for a team workspace, this laptop's folder for it). Empty when private.
     */
    public java.util.List<Path> readableByOthers() {
        return PrivateFiles.readableByOthers(workspace.folder());
    }

    /** Makes this workspace's folder and all in it private to the officer (folders 700, files 600). */
    public void makePrivate() throws java.io.IOException {
        PrivateFiles.restrictAll(workspace.folder());
    }

    /** The store's file, for the benchmarks' plain-JDBC floors. */
    public Path storeFile() {
        return workspace.folder().resolve(Workspace.STORE_FILE);
    }

    public Clock clock() {
        return clock;
    }

    public AgencyService agencies() {
        return agencies;
    }

    public CommitmentService commitments() {
        return commitments;
    }

    public StatementService statements() {
        return statements;
    }

    public RepeatService repeats() {
        return repeats;
    }

    public StatementImportService imports() {
        return imports;
    }

    public BulkEditService bulkEdits() {
        return bulkEdits;
    }

    public SavedViewService savedViews() {
        return savedViews;
    }

    public ReportService reports() {
        return reports;
    }

    public UpdateFormService updateForms() {
        return updateForms;
    }

    public SettingsService settings() {
        return settings;
    }

    public BackupService backups() {
        return backups;
    }

    /** What became overdue or falls due soon since the window's last start. */
    public SinceLastStart sinceLastStart() {
        return sinceLastStart;
    }

    /** The open commitments' deadlines as a calendar file. */
    public CalendarService calendar() {
        return calendar;
    }

    /** Lets the store finish, then releases it and its lock. */
    @Override
    public void close() {
        workspace.close();
    }
}
