package org.commitmentstracker;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.commitmentstracker.report.QuarterlyReport;
import org.commitmentstracker.report.ReportHeaders;
import org.commitmentstracker.report.ReportProgress;
import org.commitmentstracker.report.ReportRequest;
import org.commitmentstracker.report.ReportSummary;
import org.commitmentstracker.store.AgencyRepository;
import org.commitmentstracker.store.StatementRepository;
import org.commitmentstracker.ui.report.ReportExports;

/** The report dialog's reads and writes, on the workspace. */
final class StoreReportExports implements ReportExports {
    private final QuarterlyReport report;
    private final ReportHeaders headers;
    private final StatementRepository statements;
    private final AgencyRepository agencies;

    StoreReportExports(QuarterlyReport report, ReportHeaders headers, StatementRepository statements,
                       AgencyRepository agencies) {
        this.report = report;
        this.headers = headers;
        this.statements = statements;
        this.agencies = agencies;
    }

    @Override
    public Choices choices() {
        var all = statements.findAll();
        List<String> partners = all.stream().flatMap(s -> s.partners().stream()).distinct().sorted().toList();
        return new Choices(partners, agencies.findAll(), all, headers.load());
    }

    @Override
    public ReportSummary write(ReportRequest request, Path out, ReportProgress progress) throws IOException {
        headers.save(request.header());
        return report.write(request, out, progress);
    }
}
