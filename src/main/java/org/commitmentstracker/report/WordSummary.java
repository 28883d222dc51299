package org.commitmentstracker.report;

import java.nio.file.Path;

/** What a written Word report holds: where it is, how many commitments and partner sections, overdue and due next. */
public record WordSummary(Path file, int commitments, int partners, int overdue, int dueNextQuarter) {
}
