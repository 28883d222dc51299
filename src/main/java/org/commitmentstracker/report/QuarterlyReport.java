package org.commitmentstracker.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.commitmentstracker.model.CommitmentAsOf;
import org.commitmentstracker.model.ReportPeriod;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.store.ReportQueries;

/**
 * Writes a progress report as one .xlsx: Summary, Commitments, Changes this period, Overdue and
 * Due next quarter. Statuses are those at the end of the "as of" day, rebuilt from history, so
 * the same request gives the same figures whenever it is run. The commitments are read twice
 * (figures first, for the summary, then rows) and streamed to the file, so memory stays flat
 * however many there are. The file appears whole or not at all.
 */
public final class QuarterlyReport {
    /** Rows kept in memory per sheet before they go to a temporary file. */
    private static final int ROW_WINDOW = 200;

    private final ReportQueries queries;
    private final Clock clock;
    private final WholeFile files;

    public QuarterlyReport(ReportQueries queries, Clock clock) {
        this(queries, clock, WholeFile.ON_DISK);
    }

    QuarterlyReport(ReportQueries queries, Clock clock, WholeFile files) {
        this.queries = queries;
        this.clock = clock;
        this.files = files;
    }

    public ReportSummary write(ReportRequest request, Path out, ReportProgress progress) throws IOException {
        ZoneId zone = clock.getZone();
        ReportWords words = new ReportWords(request.language());
        ReportMoments moments = ReportMoments.of(request, zone);
        Instant asOf = moments.asOf();
        Instant periodStart = moments.periodStart();
        Instant periodEnd = moments.periodEnd();
        ReportPeriod nextQuarter = request.period().nextQuarter();

        ReportFigures figures = new ReportFigures(request.asOf(),
                queries.statusSetBetween(Status.COMPLETED, periodStart, periodEnd), queries.repeating(), words.get("noOwner"),
                request.language());
        Set<Long> inScope = new HashSet<>();
        queries.forEachAsOf(asOf, request.asOf(), c -> {
            if (request.scope().includes(c)) {
                figures.add(c);
                inScope.add(c.commitmentId());
            }
            stopIfCancelled(progress);
        });

        XSSFWorkbook template = new XSSFWorkbook();
        ReportStyles styles = new ReportStyles(template);
        new SummarySheet(template, styles, words).write(request, figures, LocalDate.now(clock));
        SXSSFWorkbook workbook = new SXSSFWorkbook(template, ROW_WINDOW);
        try {
            String language = request.language();
            CommitmentSheet all = new CommitmentSheet(workbook, words.get("sheet.commitments"), styles, words,
                    request.asOf(), zone, language);
            ChangeSheet changes = new ChangeSheet(workbook, styles, words, zone);
            CommitmentSheet overdue = new CommitmentSheet(workbook, words.get("sheet.overdue"), styles, words,
                    request.asOf(), zone, language);
            CommitmentSheet dueNext = new CommitmentSheet(workbook, words.get("sheet.dueNext"), styles, words,
                    request.asOf(), zone, language);
            long total = inScope.size();
            queries.forEachAsOf(asOf, request.asOf(), c -> {
                if (!inScope.contains(c.commitmentId())) {
                    return;
                }
                all.add(c);
                if (c.isOverdue(request.asOf())) {
                    overdue.add(c);
                }
                if (!c.status().isClosed() && nextQuarter.contains(c.deadline())) {
                    dueNext.add(c);
                }
                if (all.rows() % 500 == 0) {
                    progress.written(all.rows(), total);
                    stopIfCancelled(progress);
                }
            });
            queries.forEachChangeBetween(periodStart, periodEnd, change -> {
                if (inScope.contains(change.commitmentId())) {
                    changes.add(change);
                }
            });
            all.finish();
            changes.finish();
            overdue.finish();
            dueNext.finish();
            stopIfCancelled(progress);
            files.write(workbook, out);
            progress.written(total, total);
            return new ReportSummary(out, all.rows(), changes.rows(), overdue.rows(), dueNext.rows());
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    static void stopIfCancelled(ReportProgress progress) {
        if (progress.cancelled()) {
            throw new ReportCancelledException();
        }
    }

}
