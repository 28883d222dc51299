package org.commitmentstracker.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What a ViewModel's work is doing: busy, how far (0 to 1; -1 while unknown), a message and an
 * error. Views bind to the read-only properties; only the ViewModel that owns it changes it,
 * on the UI thread.
 */
public final class TaskStatus {
    /** A progress bar's value while how far the work is is not known yet. */
    public static final double UNKNOWN = -1;

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /** Work begins: busy, the last error cleared; the message stays (it may tell what was done last). */
    public void start() {
        busy.set(true);
        error.set("");
    }

    /** Work begins and says what it does; how far it is is not known yet. */
    public void start(String doing) {
        start();
        progress.set(UNKNOWN);
        message.set(doing);
    }

    /** How far the work is, 0 to 1. */
    public void progress(double done) {
        progress.set(done);
    }

    /** How far the work is, 0 to 1, and what it does now. */
    public void progress(double done, String doing) {
        progress.set(done);
        message.set(doing);
    }

    /** The work is done and {@code result} says what it did. */
    public void succeed(String result) {
        finish();
        progress.set(1);
        message.set(result);
    }

    /** The work failed: nothing more is said to be going on, {@code why} says why. */
    public void fail(String why) {
        finish();
        progress.set(0);
        message.set("");
        error.set(why);
    }

    /** The work is over; the message and error stay as they are. */
    public void finish() {
        busy.set(false);
    }

    /** Says something that is not the end of work (a summary, a refused input where one line tells both). */
    public void showMessage(String text) {
        message.set(text);
    }

    /** An error that ends no work: a refused input, or a side read that failed. */
    public void showError(String text) {
        error.set(text);
    }

    public void clearError() {
        error.set("");
    }

    public boolean isBusy() {
        return busy.get();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
