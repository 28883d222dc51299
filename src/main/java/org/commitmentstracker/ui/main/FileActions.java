package org.commitmentstracker.ui.main;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.stage.Window;
import org.commitmentstracker.ui.Dialogs;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.backup.RestoreDialog;
import org.commitmentstracker.ui.forms.UpdateFormsViewModel;
import org.commitmentstracker.ui.forms.UpdatePreviewDialog;
import org.commitmentstracker.ui.report.ReportDialog;
import org.commitmentstracker.ui.report.WordReportDialog;
import org.commitmentstracker.ui.settings.SettingsDialog;
import org.commitmentstracker.ui.settings.WindowActions;
import org.commitmentstracker.ui.workspace.ConflictsDialog;
import org.commitmentstracker.ui.workspace.ConflictsViewModel;
import org.commitmentstracker.ui.workspace.ConnectDialog;
import org.commitmentstracker.ui.workspace.SyncViewModel;
import org.commitmentstracker.ui.workspace.TakeOfflineDialog;
import org.commitmentstracker.ui.workspace.TakeOfflineViewModel;

/**
 * What the File menu does: asks for files, folders or a name through {@link Dialogs}, opens the
 * File menu's dialogs, and hands the answers to the {@link WindowActions}.
 */
public final class FileActions {
    /** The kinds of statement files the readers know. */
    private static final List<String> STATEMENT_FILES = List.of("*.txt", "*.doc", "*.docx", "*.odt", "*.rtf", "*.pdf",
            "*.html", "*.htm", "*.mht", "*.mhtml", "*.eml", "*.msg");

    private final WindowActions actions;
    private final Dialogs dialogs;
    private final Messages messages;
    private final Supplier<Window> owner;

    /** @param owner the main window, which owns the File menu's dialogs (asked each time: it may change) */
    public FileActions(WindowActions actions, Dialogs dialogs, Messages messages, Supplier<Window> owner) {
        this.actions = actions;
        this.dialogs = dialogs;
        this.messages = messages;
        this.owner = owner;
    }

    /** Import: statements chosen as files. */
    public void importFiles() {
        List<Path> files = dialogs.chooseFilesToOpen(messages.get("chooser.import.title"),
                new Dialogs.FileFilter(messages.get("chooser.statements"), STATEMENT_FILES));
        if (!files.isEmpty()) {
            actions.importStatements(files);
        }
    }

    /** Import a folder: every statement in it. */
    public void importFolder() {
        dialogs.chooseFolder(messages.get("menu.file.importFolder"), null)
                .ifPresent(folder -> actions.importStatements(List.of(folder)));
    }

    /** Export: the progress-report dialog. */
    public void exportReport() {
        new ReportDialog(owner.get(), actions.report(), messages, actions.opener(), dialogs).showAndWait();
    }

    /** Export as Word: the report as an administrative document. */
    public void exportWordReport() {
        new WordReportDialog(owner.get(), actions.wordReport(), messages, actions.opener(), dialogs).showAndWait();
    }

    /** Update forms out: one per owner into a chosen folder, with a notice that follows the export. */
    public void exportForms() {
        Optional<Path> folder = dialogs.chooseFolder(messages.get("forms.export.title"), null);
        if (folder.isEmpty()) {
            return;
        }
        UpdateFormsViewModel forms = actions.updateForms();
        forms.exportForms(folder.get());
        dialogs.showProgressInformation(messages.get("forms.export.title"),
                Bindings.concat(forms.messageProperty(), "\n", forms.errorProperty()));
    }

    /**
     * Add deadlines to my calendar: where to save the file, only the owners the table is filtered to or all
     * (asked only when it is filtered by owner), then a notice that follows the export and says how to open it.
     */
    public void addDeadlinesToCalendar() {
        String title = messages.get("calendar.title");
        org.commitmentstracker.ui.calendar.CalendarExportViewModel calendar = actions.calendar();
        Optional<Path> file = dialogs.chooseFileToSave(title, calendar.suggestedName(),
                new Dialogs.FileFilter(messages.get("calendar.filter"), "*.ics"));
        if (file.isEmpty()) {
            return;
        }
        boolean onlyTheirs = !calendar.tableOwners().isEmpty() && dialogs.confirm(title,
                messages.format("calendar.owners.header", calendar.tableOwnerNames()),
                messages.get("calendar.owners.text"), messages.get("calendar.owners.only"),
                messages.get("calendar.owners.all"));
        calendar.export(file.get(), onlyTheirs);
        dialogs.showProgressInformation(title,
                Bindings.concat(calendar.messageProperty(), "\n", calendar.errorProperty()));
    }

    /** Update forms back: a returned form, previewed before anything is written. */
    public void importUpdates() {
        Optional<Path> file = dialogs.chooseFileToOpen(messages.get("forms.import.title"), Dialogs.FileFilter.EXCEL);
        if (file.isEmpty()) {
            return;
        }
        UpdateFormsViewModel forms = actions.updateForms();
        forms.preview(file.get());
        new UpdatePreviewDialog(owner.get(), forms, messages).showAndWait();
    }

    /** Restore: a backup chosen in the restore dialog. */
    public void restore() {
        new RestoreDialog(owner.get(), actions.backups(), messages, dialogs).showAndWait();
    }

    /** Open workspace: another data folder. */
    public void openWorkspace() {
        chooseWorkspaceFolder("menu.file.openWorkspace", actions::openWorkspace);
    }

    /** Move workspace: a copy in an empty folder, worked on from then on. */
    public void moveWorkspace() {
        chooseWorkspaceFolder("menu.file.moveWorkspace", actions::moveWorkspace);
    }

    /** Settings. */
    public void openSettings() {
        new SettingsDialog(owner.get(), actions.settings(), messages, dialogs).showAndWait();
    }

    /** The name that signs changes; a blank answer changes nothing. */
    public void changeAuthor() {
        dialogs.askText(messages.get("author.title"), messages.get("author.header"), messages.get("author.label"),
                actions.author()).filter(name -> !name.isBlank()).ifPresent(actions::changeAuthor);
    }

    /** Connect to a team workspace: the dialog stays until the window has moved to the server. */
    public void connect() {
        new ConnectDialog(owner.get(), actions.connect(), messages).showAndWait();
    }

    /** Move this workspace to a team workspace: its copy on the empty server workspace, then the window there. */
    public void publish() {
        new ConnectDialog(owner.get(), actions.publish(), messages, "publish").showAndWait();
    }

    /** Take offline: a folder and the partners, the copy, then the offer to open it. */
    public void takeOffline() {
        TakeOfflineViewModel offline = actions.takeOffline();
        offline.load();
        new TakeOfflineDialog(owner.get(), offline, messages, dialogs).showAndWait();
    }

    /** Sync now: the password asked, then a notice that follows the sync. */
    public void syncNow() {
        SyncViewModel sync = actions.sync();
        sync.syncNow();
        if (sync.busyProperty().get() || !sync.messageProperty().get().isEmpty() || !sync.errorProperty().get().isEmpty()) {
            dialogs.showProgressInformation(messages.get("sync.title"),
                    Bindings.concat(sync.messageProperty(), "\n", sync.errorProperty()));
        }
    }

    /** The Conflicts view. */
    public void conflicts() {
        ConflictsViewModel conflicts = actions.conflicts();
        conflicts.load();
        new ConflictsDialog(owner.get(), conflicts, messages).showAndWait();
    }

    private void chooseWorkspaceFolder(String titleKey, Consumer<Path> then) {
        // The menu texts carry a mnemonic underscore; a chooser's title does not.
        dialogs.chooseFolder(messages.get(titleKey).replace("_", ""), null).ifPresent(then);
    }
}
