package org.commitmentstracker.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.beans.value.ObservableValue;

/**
 * {@link Dialogs} for tests: shows nothing, writes down what would have been shown
 * ("error: text", "chooseFolder: title") and answers from a queue; with nothing queued
 * every question is cancelled.
 */
public final class RecordingDialogs implements Dialogs {
    private final List<String> shown = new ArrayList<>();
    private final Deque<Object> answers = new ArrayDeque<>();
    private ObservableValue<String> lastProgress;

    /** Queues the next answers: a Path or a List of Paths for choosers, a String for text, a Boolean for questions. */
    public RecordingDialogs answer(Object... next) {
        answers.addAll(List.of(next));
        return this;
    }

    /** What was shown or asked, in order. */
    public List<String> shown() {
        return List.copyOf(shown);
    }

    /** The text a progress notice follows, as it is now (null before one was shown). */
    public String progressText() {
        return lastProgress == null ? null : lastProgress.getValue();
    }

    @Override
    public void showError(String text) {
        shown.add("error: " + text);
    }

    @Override
    public void showWarning(String text) {
        shown.add("warning: " + text);
    }

    @Override
    public void showInformation(String text) {
        shown.add("information: " + text);
    }

    @Override
    public void showErrorAndWait(String title, String text) {
        shown.add("error: " + text);
    }

    @Override
    public void showInformationAndWait(String title, String header, String text) {
        shown.add("information: " + title);
    }

    @Override
    public void showProgressInformation(String title, ObservableValue<String> text) {
        shown.add("progress: " + title);
        lastProgress = text;
    }

    @Override
    public boolean confirm(String title, String header, String text, String yes, String no) {
        shown.add("confirm: " + text);
        return next(Boolean.class).orElse(false);
    }

    @Override
    public Optional<String> askText(String title, String header, String label, String initial) {
        shown.add("askText: " + title);
        return next(String.class);
    }

    @Override
    public Optional<String> askPassword(String title, String header, String label) {
        shown.add("askPassword: " + header);
        return next(String.class);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Path> chooseFilesToOpen(String title, FileFilter filter) {
        shown.add("chooseFilesToOpen: " + title);
        return next(List.class).map(files -> (List<Path>) files).orElse(List.of());
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, FileFilter filter) {
        shown.add("chooseFileToOpen: " + title);
        return next(Path.class);
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
        shown.add("chooseFolder: " + title);
        return next(Path.class);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName, FileFilter filter) {
        shown.add("chooseFileToSave: " + title);
        return next(Path.class);
    }

    private <T> Optional<T> next(Class<T> type) {
        if (answers.isEmpty()) {
            return Optional.empty();
        }
        Object answer = answers.pop();
        if (!type.isInstance(answer)) {
            throw new IllegalStateException("a " + type.getSimpleName() + " was asked for, " + answer + " was queued");
        }
        return Optional.of(type.cast(answer));
    }
}
