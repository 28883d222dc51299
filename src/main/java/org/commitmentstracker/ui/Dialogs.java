package org.commitmentstracker.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.stage.Window;

/**
 * Every message box, question and file chooser the screens show, behind one seam that tests
 * replace (as JabRef's {@code DialogService}). {@link FxDialogs} shows JavaFX's own.
 * Texts come already translated; a null title leaves the toolkit's default.
 */
public interface Dialogs {

    /** Tells of a failure; returns at once, the message staying until it is closed. */
    void showError(String text);

    /** Warns; returns at once. */
    void showWarning(String text);

    /** Tells what was done; returns at once. */
    void showInformation(String text);

    /** Tells of a failure and waits until it is closed (nothing else can go on meanwhile). */
    void showErrorAndWait(String title, String text);

    /** A titled notice (title, a header line, the text) that waits until it is closed. */
    void showInformationAndWait(String title, String header, String text);

    /** A notice that follows {@code text} while work goes on; returns at once. */
    void showProgressInformation(String title, ObservableValue<String> text);

    /**
     * Asks a question with two answers and waits; true when the officer chose {@code yes},
     * false for {@code no} or when the question was closed.
     */
    boolean confirm(String title, String header, String text, String yes, String no);

    /** Asks for a line of text; empty when cancelled. */
    Optional<String> askText(String title, String header, String label, String initial);

    /** A password, typed hidden and kept only in memory; empty when cancelled. */
    Optional<String> askPassword(String title, String header, String label);

    /** Files to open (several at once); empty when cancelled. */
    List<Path> chooseFilesToOpen(String title, FileFilter filter);

    /** One file to open; {@code filter} may be null for any file. Empty when cancelled. */
    Optional<Path> chooseFileToOpen(String title, FileFilter filter);

    /** A folder; {@code initial} (may be null) is where the chooser starts when it exists. Empty when cancelled. */
    Optional<Path> chooseFolder(String title, Path initial);

    /** Where to save a file, suggesting {@code initialName}. Empty when cancelled. */
    Optional<Path> chooseFileToSave(String title, String initialName, FileFilter filter);

    /**
     * The same dialogs owned by another window, such as a dialog that is open, so they show
     * over it. A test double may return itself.
     */
    default Dialogs within(Window owner) {
        return this;
    }

    /** Which files a chooser offers: a description and glob patterns such as {@code *.xlsx}. */
    record FileFilter(String description, List<String> patterns) {
        public FileFilter(String description, String... patterns) {
            this(description, List.of(patterns));
        }

        /** Excel workbooks. */
        public static final FileFilter EXCEL = new FileFilter("Excel (*.xlsx)", "*.xlsx");
    }
}
