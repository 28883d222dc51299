package org.commitmentstracker.ui.detail;

/** One line of the progress log as shown: when, who, and what happened. */
public record HistoryLine(String when, String author, String what) {
}
