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
    final FileActions files = new FileActions(new Actions(), dialogs, new Messages(Locale.ENGLISH), () -> null);

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
    }
}
