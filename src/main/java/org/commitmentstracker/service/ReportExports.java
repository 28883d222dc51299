package org.commitmentstracker.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.Statement;
import org.commitmentstracker.report.ReportHeader;
import org.commitmentstracker.report.ReportProgress;
import org.commitmentstracker.report.ReportRequest;
import org.commitmentstracker.report.ReportSummary;

/** What the report dialog needs: {@link ReportService}, or a test double. Every method touches the store: off the UI thread. */
public interface ReportExports {
    /** What the officer can narrow a report to, and the header set last time. */
    Choices choices();

    /** Writes the report, keeping the header for next time. */
    ReportSummary write(ReportRequest request, Path out, ReportProgress progress) throws IOException;

    record Choices(List<String> partners, List<Agency> owners, List<Statement> statements, ReportHeader header) {
    }
}
