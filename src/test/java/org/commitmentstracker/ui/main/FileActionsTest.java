package org.commitmentstracker.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.RecordingDialogs;
import org.commitmentstracker.ui.backup.BackupViewModel;
import org.commitmentstracker.ui.forms.UpdateFormsViewModel;
import org.commitmentstracker.ui.report.ReportViewModel;
import org.commitmentstracker.ui.settings.SettingsViewModel;
import org.commitmentstracker.ui.settings.WindowActions;
import org.junit.jupiter.api.Test;

/** The File menu's choices, answered by a recording double instead of JavaFX's choosers: no toolkit. */
class FileActionsTest {
    final RecordingDialogs dialogs = new RecordingDialogs();
    final List<String> done = new ArrayList<>();
    final Actions actions = new Actions();
    final FileActions files = new FileActions(actions, dialogs, new Messages(Locale.ENGLISH), () -> null);

    @Test
    void chosenStatementFilesGoToTheImportReview() {
        dialogs.answer(List.of(Path.of("a.docx"), Path.of("b.pdf")));

        files.importFiles();

        assertThat(dialogs.shown()).containsExactly("chooseFilesToOpen: Import statements");
        assertThat(done).containsExactly("import [a.docx, b.pdf]");
    }

    @Test
    void aCancelledChooserImportsNothing() {
        files.importFiles();
        files.importFolder();
        files.openWorkspace();

        assertThat(dialogs.shown()).hasSize(3);
        assertThat(done).isEmpty();
    }

    @Test
    void aChosenFolderIsImportedOpenedOrMovedTo() {
        dialogs.answer(Path.of("statements"), Path.of("other"), Path.of("usb"));

        files.importFolder();
        files.openWorkspace();
        files.moveWorkspace();

        assertThat(done).containsExactly("import [statements]", "open other", "move usb");
        // The menu's mnemonic underscore is not in the chooser's title.
        assertThat(dialogs.shown()).noneMatch(line -> line.contains("_"));
    }

    @Test
    void aBlankNameLeavesTheAuthorAsItWas() {
        dialogs.answer("  ", "Trần Hoa");

        files.changeAuthor();
        files.changeAuthor();

        assertThat(done).containsExactly("author Trần Hoa");
    }

    @Test
    void theCalendarIsWrittenWhereChosenAndTheNoticeSaysHowManyAndHowToOpenIt() {
        dialogs.answer(Path.of("deadlines"));

        files.addDeadlinesToCalendar();

        // Not filtered by owner: nothing asked beside the file; the .ics the officer left out is added.
        assertThat(dialogs.shown()).containsExactly("chooseFileToSave: Add deadlines to my calendar",
                "progress: Add deadlines to my calendar");
        assertThat(done).containsExactly("calendar deadlines.ics [] en");
        assertThat(dialogs.progressText()).startsWith("7 deadlines of open commitments written to deadlines.ics")
                .contains("Outlook: File › Open & Export › Import/Export").contains("Thunderbird: Events and Tasks");
    }

    @Test
    void whenTheTableIsFilteredByOwnerTheOfficerChoosesTheirsOrEveryOwners() {
        actions.tableOwners = List.of(new org.commitmentstracker.model.Agency(1, "MOIT", "Bộ Công Thương",
                "Ministry of Industry and Trade"), new org.commitmentstracker.model.Agency(2, "MOFA", "Bộ Ngoại giao",
                "Ministry of Foreign Affairs"));
        dialogs.answer(Path.of("a.ics"), true, Path.of("b.ics"), false);

        files.addDeadlinesToCalendar();
        files.addDeadlinesToCalendar();

        assertThat(done).containsExactly("calendar a.ics [MOFA, MOIT] en", "calendar b.ics [] en");
        assertThat(dialogs.shown()).filteredOn(line -> line.startsWith("confirm: ")).containsExactly(
                "confirm: Add only their deadlines to your calendar, or the deadlines of every owner?",
                "confirm: Add only their deadlines to your calendar, or the deadlines of every owner?");
    }

    @Test
    void aCancelledSaveDialogWritesNoCalendar() {
        files.addDeadlinesToCalendar();

        assertThat(done).isEmpty();
        assertThat(dialogs.shown()).containsExactly("chooseFileToSave: Add deadlines to my calendar");
    }

    /** Records what the window was asked to do. */
    final class Actions implements WindowActions {
        @Override
        public void switchLanguage(String languageTag) {
            done.add("language " + languageTag);
        }

        @Override
        public String author() {
            return "An";
        }

        @Override
        public void changeAuthor(String name) {
            done.add("author " + name);
        }

        @Override
        public void openWorkspace(Path folder) {
            done.add("open " + folder);
        }

        @Override
        public void moveWorkspace(Path folder) {
            done.add("move " + folder);
        }

        @Override
        public BackupViewModel backups() {
            throw new UnsupportedOperationException();
        }

        @Override
        public UpdateFormsViewModel updateForms() {
            throw new UnsupportedOperationException();
        }

        @Override
        public ReportViewModel report() {
            throw new UnsupportedOperationException();
        }

        @Override
        public org.commitmentstracker.ui.report.WordReportViewModel wordReport() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Consumer<URI> opener() {
            throw new UnsupportedOperationException();
        }

        @Override
        public SettingsViewModel settings() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void importStatements(List<Path> filesOrFolders) {
            done.add("import " + filesOrFolders);
        }

        @Override
        public void importText(String text) {
            done.add("text " + text);
        }

        @Override
        public org.commitmentstracker.ui.workspace.ConnectViewModel connect() {
            throw new UnsupportedOperationException();
        }

        @Override
        public org.commitmentstracker.ui.workspace.ConnectViewModel publish() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void useLaptop() {
            done.add("laptop");
        }

        @Override
        public org.commitmentstracker.ui.workspace.TakeOfflineViewModel takeOffline() {
            throw new UnsupportedOperationException();
        }

        @Override
        public org.commitmentstracker.ui.workspace.SyncViewModel sync() {
            throw new UnsupportedOperationException();
        }

        @Override
        public org.commitmentstracker.ui.workspace.ConflictsViewModel conflicts() {
            throw new UnsupportedOperationException();
        }
    
        // step 13: calendar

        /** The owners the table is filtered to; the calendar's exports recorded in {@code done}. */
        List<org.commitmentstracker.model.Agency> tableOwners = List.of();

        @Override
        public org.commitmentstracker.ui.calendar.CalendarExportViewModel calendar() {
            return new org.commitmentstracker.ui.calendar.CalendarExportViewModel((out, owners, language) -> {
                done.add("calendar " + out + " " + owners + " " + language);
                return new org.commitmentstracker.service.CalendarService.Written(out, 7);
            }, org.commitmentstracker.ui.TaskRunner.sameThread(), new Messages(Locale.ENGLISH), tableOwners);
        }
}
}
