package org.commitmentstracker.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.commitmentstracker.service.ReportService;
import org.commitmentstracker.service.WorkspaceServices;
import org.commitmentstracker.model.ReportPeriod;
import org.commitmentstracker.model.ReportScope;
import org.commitmentstracker.model.Sector;
import org.commitmentstracker.report.ReportHeader;
import org.commitmentstracker.report.ReportProgress;
import org.commitmentstracker.report.ReportRequest;
import org.commitmentstracker.report.ReportSummary;
import org.commitmentstracker.store.WorkspaceException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code export [--data-dir DIR] --quarter 2025Q3 --out FILE.xlsx [--lang vi|en]}: writes the
 * progress report of a quarter or a date range, without a display. The header block is the one
 * last set in the app unless given here.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the progress report (.xlsx) of a quarter or a date range.")
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    DataDirOption dataDir = new DataDirOption();

    @ArgGroup(exclusive = true, multiplicity = "1")
    Period period;

    static final class Period {
        @Option(names = "--quarter", paramLabel = "YYYYQn", description = "A quarter, e.g. 2025Q3.")
        String quarter;

        @ArgGroup(exclusive = false)
        Range range;

        /** The period given, or an exception saying what is wrong with it. */
        ReportPeriod toPeriod() {
            return quarter != null ? ReportPeriod.quarter(quarter) : ReportPeriod.range(range.from, range.to);
        }
    }

    static final class Range {
        @Option(names = "--from", paramLabel = "YYYY-MM-DD", required = true, description = "First day of the period.")
        String from;

        @Option(names = "--to", paramLabel = "YYYY-MM-DD", required = true, description = "Last day of the period.")
        String to;
    }

    @Option(names = "--out", paramLabel = "FILE.xlsx", required = true, description = "The report file to write.")
    Path out;

    @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "en", description = "Language (default: en).")
    String language;

    @Option(names = "--partner", paramLabel = "COUNTRY", description = "Only this partner (repeatable).")
    List<String> partners = new ArrayList<>();

    @Option(names = "--owner", paramLabel = "CODE", description = "Only this owner agency, e.g. MOIT (repeatable).")
    List<String> owners = new ArrayList<>();

    @Option(names = "--sector", paramLabel = "CODE", description = "Only this sector, e.g. ECO (repeatable).")
    List<String> sectors = new ArrayList<>();

    @Option(names = "--statement", paramLabel = "ID", description = "Only this statement (repeatable).")
    List<Long> statements = new ArrayList<>();

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "Take the statuses at the end of this day (default: the period's last day, or today).")
    String asOf;

    @Option(names = "--organisation", description = "The issuing organisation in the header.")
    String organisation;

    @Option(names = "--title", description = "The report's title.")
    String title;

    @Option(names = "--place", description = "Where the report is issued, for the line \"Hà Nội, ngày 06 tháng 12 năm 2026\" (default: the last one given, else Hà Nội).")
    String place;

    @Option(names = "--number", description = "The report's number, e.g. 15/BC-BNG (default: a blank line to fill in by hand).")
    String number;

    @Option(names = "--no-national-heading", description = "Leave out the national heading.")
    boolean noNationalHeading;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter console = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReportPeriod reportPeriod;
        ReportScope scope;
        LocalDate asOfDay = null;
        try {
            reportPeriod = period.toPeriod();
            scope = scope();
            checkLanguage(language);
            checkOutput(out, ".xlsx", "an Excel file");
            if (asOf != null) {
                asOfDay = ReportPeriod.range(asOf, asOf).from();
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.flush();
            return 2;
        }
        Clock clock = Clock.systemDefaultZone();
        try (WorkspaceServices workspace = dataDir.open(clock)) {
            ReportService reports = workspace.reports();
            ReportHeader saved = reports.savedHeader();
            ReportHeader header = new ReportHeader(organisation != null ? organisation : saved.organisation(),
                    title != null ? title : saved.title(), !noNationalHeading && saved.nationalHeading(),
                    place != null ? place : saved.place(), number);
            ReportRequest request = ReportRequest.of(reportPeriod, scope, language, header, LocalDate.now(clock));
            if (asOfDay != null) {
                request = request.withAsOf(asOfDay);
            }
            ReportSummary summary = reports.export(request, out, ReportProgress.NONE);
            console.printf("Wrote %s: %s, %s in the period, %d overdue, %d due next quarter%n",
                    summary.file(), Counted.of(summary.commitments(), "commitment"),
                    Counted.of(summary.changes(), "change"), summary.overdue(),
                    summary.dueNextQuarter());
            console.flush();
            return 0;
        } catch (WorkspaceException e) {
            err.println(e.getMessage());
        } catch (IOException e) {
            err.println(out.toAbsolutePath() + ": the report could not be written (" + e.getMessage() + ")");
        }
        err.flush();
        return 1;
    }

    private ReportScope scope() {
        Set<Sector> chosen = new HashSet<>();
        for (String code : sectors) {
            chosen.add(Sector.fromCode(code.toUpperCase(Locale.ROOT)).orElseThrow(() ->
                    new IllegalArgumentException("\"" + code + "\" is not a sector code (POL, ECO, EDU, …)")));
        }
        return new ReportScope(new HashSet<>(partners), new HashSet<>(owners.stream()
                .map(o -> o.toUpperCase(Locale.ROOT)).toList()), chosen, new HashSet<>(statements));
    }

    static void checkLanguage(String language) {
        if (!language.equals("en") && !language.equals("vi")) {
            throw new IllegalArgumentException("--lang must be vi or en, not \"" + language + "\"");
        }
    }

    /** Refuses an --out the report cannot be written to: another kind of file, a missing or read-only folder. */
    static void checkOutput(Path out, String extension, String kind) {
        Path folder = out.toAbsolutePath().getParent();
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(extension)) {
            throw new IllegalArgumentException(out.getFileName() + ": the report is " + kind + "; name it " + extension);
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IllegalArgumentException(out.getFileName() + ": the folder " + folder + " does not exist");
        }
        if (Files.isDirectory(out)) {
            throw new IllegalArgumentException(out + " is a folder; give a file name ending in " + extension);
        }
        if (!Files.isWritable(folder) || Files.exists(out) && !Files.isWritable(out)) {
            throw new IllegalArgumentException(out.toAbsolutePath() + ": cannot be written here (no permission to write "
                    + (Files.exists(out) ? "this file" : "in the folder " + folder) + ")");
        }
    }
}
