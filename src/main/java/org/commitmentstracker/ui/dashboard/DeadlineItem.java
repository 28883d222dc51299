package org.commitmentstracker.ui.dashboard;

/** An upcoming (or missed) deadline, as the dashboard lists it. */
public record DeadlineItem(String date, String partners, String ref, String text, String owner, boolean overdue) {
}
