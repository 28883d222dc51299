package org.commitmentstracker.ui.settings;

/** What the main window's menus ask the application to do beyond one screen. */
public interface WindowActions {
    /** Shows the whole window in another language ("en" or "vi") and remembers the choice. */
    void switchLanguage(String languageTag);

    /** The name that now signs changes. */
    String author();

    /** Signs the officer's next changes with this name and remembers it. */
    void changeAuthor(String name);

    /** Shows the workspace in {@code folder} (a new one when it is empty) and opens it at every start. */
    void openWorkspace(java.nio.file.Path folder);

    /** Copies the workspace to an empty folder, then works there; the old folder is left as it was. */
    void moveWorkspace(java.nio.file.Path folder);

    /** Back up now and restore. */
    org.commitmentstracker.ui.backup.BackupViewModel backups();

    /** Update forms out and back. */
    org.commitmentstracker.ui.forms.UpdateFormsViewModel updateForms();

    /** A progress-report dialog's ViewModel, its choices loading. */
    org.commitmentstracker.ui.report.ReportViewModel report();

    /** Shows links and files with the system's own programs. */
    java.util.function.Consumer<java.net.URI> opener();

    /** A Settings screen's ViewModel, its current values loading. */
    SettingsViewModel settings();

    /** Opens the import review on these files and folders. */
    void importStatements(java.util.List<java.nio.file.Path> filesOrFolders);

    /** Opens the import review on pasted text. */
    void importText(String text);

    // step 11: window (team workspace, offline copy)

    /** File > Connect to a team workspace: the dialog's ViewModel, the last address and login filled in. */
    org.commitmentstracker.ui.workspace.ConnectViewModel connect();

    /**
     * File > Move this workspace to a team workspace: the same dialog as Connect, which first copies
     * this laptop's workspace, with its history, into the empty workspace on the server, then opens it.
     */
    org.commitmentstracker.ui.workspace.ConnectViewModel publish();

    /** File > Use a workspace on this laptop: back to the data folder. */
    void useLaptop();

    /** File > Take offline: the dialog's ViewModel (partners loading). */
    org.commitmentstracker.ui.workspace.TakeOfflineViewModel takeOffline();

    /** File > Sync now, in an offline copy. */
    org.commitmentstracker.ui.workspace.SyncViewModel sync();

    /** The Conflicts view's ViewModel (conflicts loading). */
    org.commitmentstracker.ui.workspace.ConflictsViewModel conflicts();

    // step 13: calendar

    /** File > Add deadlines to my calendar: the export's ViewModel, knowing the owners the table is filtered to. */
    org.commitmentstracker.ui.calendar.CalendarExportViewModel calendar();
    // step 13: word report

    /** File > Export report as Word: the dialog's ViewModel, what was typed last time loading. */
    org.commitmentstracker.ui.report.WordReportViewModel wordReport();
}
