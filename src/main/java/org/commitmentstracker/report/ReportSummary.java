package org.commitmentstracker.report;

import java.nio.file.Path;

/** What a written report holds: where it is and how many rows each list got. */
public record ReportSummary(Path file, int commitments, int changes, int overdue, int dueNextQuarter) {
}
