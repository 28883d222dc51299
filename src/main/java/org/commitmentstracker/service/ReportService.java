package org.commitmentstracker.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.commitmentstracker.report.QuarterlyReport;
import org.commitmentstracker.report.ReportHeader;
import org.commitmentstracker.report.ReportHeaders;
import org.commitmentstracker.report.ReportProgress;
import org.commitmentstracker.report.ReportRequest;
import org.commitmentstracker.report.ReportSummary;
import org.commitmentstracker.report.WordLetter;
import org.commitmentstracker.report.WordLetters;
import org.commitmentstracker.report.WordReport;
import org.commitmentstracker.report.WordReportRequest;
import org.commitmentstracker.report.WordSummary;
import org.commitmentstracker.store.ReportQueries;
import org.commitmentstracker.store.StatementRepository;
import org.commitmentstracker.store.WorkspaceSettings;

/** The quarterly progress report: what it can be narrowed to, its header, and the workbook. */
public final class ReportService implements ReportExports, WordExports {
    private final QuarterlyReport report;
    private final WordReport word;
    private final WordLetters letters;
    private final ReportHeaders headers;
    private final StatementRepository statements;
    private final AgencyService agencies;

    ReportService(ReportQueries queries, WorkspaceSettings settings, StatementRepository statements,
                  AgencyService agencies, Clock clock) {
        this.report = new QuarterlyReport(queries, clock);
        this.word = new WordReport(queries, clock);
        this.letters = new WordLetters(settings);
        this.headers = new ReportHeaders(settings);
        this.statements = statements;
        this.agencies = agencies;
    }

    @Override
    public Choices choices() {
        // As the report itself: the sample's statements are no choice once a real one is in.
        var sample = statements.countReal() > 0 ? statements.sampleIds() : java.util.Set.<Long>of();
        var all = statements.findAll().stream().filter(s -> !sample.contains(s.id())).toList();
        List<String> partners = all.stream().flatMap(s -> s.partners().stream()).distinct().sorted().toList();
        return new Choices(partners, agencies.agencies(), all, headers.load());
    }

    /** The header block set last time in the app. */
    public ReportHeader savedHeader() {
        return headers.load();
    }

    @Override
    public ReportSummary write(ReportRequest request, Path out, ReportProgress progress) throws IOException {
        headers.save(request.header());
        return export(request, out, progress);
    }

    /** Writes the report and leaves the saved header as it is (the command line's one-off header). */
    public ReportSummary export(ReportRequest request, Path out, ReportProgress progress) throws IOException {
        return report.write(request, out, progress);
    }

    // step 13: word report

    @Override
    public Saved saved() {
        return new Saved(headers.load(), letters.load());
    }

    @Override
    public WordSummary writeWord(WordReportRequest request, Path out, ReportProgress progress) throws IOException {
        // The agency and place typed here are the workbook's too; its title and national heading stay as set there.
        ReportHeader saved = headers.load();
        ReportHeader typed = request.report().header();
        headers.save(new ReportHeader(typed.organisation(), saved.title(), saved.nationalHeading(), typed.place(), ""));
        letters.save(request.letter());
        return exportWord(request, out, progress);
    }

    /** Writes the Word report and leaves the saved header and letter as they are (the command line's one-off ones). */
    public WordSummary exportWord(WordReportRequest request, Path out, ReportProgress progress) throws IOException {
        return word.write(request, out, progress);
    }
}
