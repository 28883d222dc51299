package org.commitmentstracker.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.stage.Window;

/**
 * The window's real JavaFX dialogs, except the system's file choosers, which Monocle cannot
 * show: those answer what a test queued, as an officer would have picked it (nothing queued:
 * cancelled).
 */
public final class ChooserAnswers implements Dialogs {
    private final Dialogs shown;
    private final Deque<Object> picks;

    public ChooserAnswers(Dialogs shown) {
        this(shown, new ArrayDeque<>());
    }

    private ChooserAnswers(Dialogs shown, Deque<Object> picks) {
        this.shown = shown;
        this.picks = picks;
    }

    /** What the next chooser answers: a Path, or a List of Paths for a choice of several files. */
    public void pick(Object pick) {
        picks.add(pick);
    }

    @SuppressWarnings("unchecked")
    private <T> Optional<T> next(Class<T> type) {
        Object pick = picks.poll();
        return type.isInstance(pick) ? Optional.of((T) pick) : Optional.empty();
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, FileFilter filter) {
        Object pick = picks.poll();
        if (pick instanceof Path path) {
            return List.of(path);
        }
        return pick instanceof List<?> list ? list.stream().map(Path.class::cast).toList() : List.of();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, FileFilter filter) {
        return next(Path.class);
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
        return next(Path.class);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName, FileFilter filter) {
        return next(Path.class);
    }

    @Override
    public Dialogs within(Window owner) {
        return new ChooserAnswers(shown.within(owner), picks);
    }

    @Override
    public void showError(String text) {
        shown.showError(text);
    }

    @Override
    public void showWarning(String text) {
        shown.showWarning(text);
    }

    @Override
    public void showInformation(String text) {
        shown.showInformation(text);
    }

    @Override
    public void showErrorAndWait(String title, String text) {
        shown.showErrorAndWait(title, text);
    }

    @Override
    public void showInformationAndWait(String title, String header, String text) {
        shown.showInformationAndWait(title, header, text);
    }

    @Override
    public void showProgressInformation(String title, ObservableValue<String> text) {
        shown.showProgressInformation(title, text);
    }

    @Override
    public boolean confirm(String title, String header, String text, String yes, String no) {
        return shown.confirm(title, header, text, yes, no);
    }

    @Override
    public Optional<String> askText(String title, String header, String label, String initial) {
        return shown.askText(title, header, label, initial);
    }

    @Override
    public Optional<String> askPassword(String title, String header, String label) {
        return shown.askPassword(title, header, label);
    }
}
