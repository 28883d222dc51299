package org.commitmentstracker.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.commitmentstracker.io.IoFailures;
import org.commitmentstracker.model.ReportPeriod;
import org.commitmentstracker.model.ReportScope;
import org.commitmentstracker.report.ReportHeader;
import org.commitmentstracker.report.ReportProgress;
import org.commitmentstracker.report.ReportRequest;
import org.commitmentstracker.report.WordLetter;
import org.commitmentstracker.report.WordReportRequest;
import org.commitmentstracker.report.WordSummary;
import org.commitmentstracker.service.ReportService;
import org.commitmentstracker.service.WorkspaceServices;
import org.commitmentstracker.store.WorkspaceException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code export-word [--data-dir DIR | --server URL] --quarter 2025Q3 --out FILE.docx [--lang vi|en]}: the
 * quarterly report as a Vietnamese administrative document (Decree 30/2020/NĐ-CP), without a display. The
 * agency, place, abbreviation, signer and recipients are those last typed in the app unless given here.
 */
@Command(name = "export-word", mixinStandardHelpOptions = true,
        description = "Writes the quarterly report as a Word document (.docx) laid out as a Vietnamese administrative report.")
public final class ExportWordCommand implements Callable<Integer> {
    @Mixin
    DataDirOption dataDir = new DataDirOption();

    @ArgGroup(exclusive = true, multiplicity = "1")
    ExportCommand.Period period;

    @Option(names = "--out", paramLabel = "FILE.docx", required = true, description = "The report file to write.")
    Path out;

    @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi",
            description = "vi: the report sent up; en: the version for partners (default: vi).")
    String language;

    @Option(names = "--agency", description = "The issuing agency, a line each: \"Bộ Ngoại giao\\nVụ Châu Âu\" (default: the last one typed, else the ministry).")
    String agency;

    @Option(names = "--abbrev", paramLabel = "ABBR", description = "The agency's abbreviation for \"Số: …/BC-ABBR\" and \"Lưu: VT, ABBR\".")
    String abbreviation;

    @Option(names = "--number", description = "The report's number: 15 (gives 15/BC-ABBR) or 15/BC-CAU (default: a blank to fill in by hand).")
    String number;

    @Option(names = "--place", description = "Where the report is issued (default: the last one given, else Hà Nội).")
    String place;

    @Option(names = "--signer-title", paramLabel = "TITLE", description = "The signer's title, e.g. \"Vụ trưởng\".")
    String signerTitle;

    @Option(names = "--signer", paramLabel = "NAME", description = "The signer's name.")
    String signerName;

    @Option(names = "--recipients-file", paramLabel = "FILE", description = "The \"Nơi nhận\" list, one recipient a line (UTF-8).")
    Path recipientsFile;

    @Option(names = "--proposals-file", paramLabel = "FILE", description = "Section IV, proposals, a paragraph a line (UTF-8); without it the report says there are none.")
    Path proposalsFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter console = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReportPeriod reportPeriod;
        String recipients;
        String proposals;
        try {
            reportPeriod = period.toPeriod();
            ExportCommand.checkLanguage(language);
            ExportCommand.checkOutput(out, ".docx", "a Word document");
            recipients = text(recipientsFile);
            proposals = text(proposalsFile);
        } catch (IllegalArgumentException e) {
            return Refusal.refuse(err, 2, e.getMessage());
        }
        Clock clock = Clock.systemDefaultZone();
        try (WorkspaceServices workspace = dataDir.open(clock)) {
            ReportService reports = workspace.reports();
            var saved = reports.saved();
            ReportHeader header = new ReportHeader(given(agency, saved.header().organisation()), saved.header().title(),
                    true, given(place, saved.header().place()), number);
            WordLetter letter = new WordLetter(given(abbreviation, saved.letter().abbreviation()),
                    given(signerTitle, saved.letter().signerTitle()), given(signerName, saved.letter().signerName()),
                    given(recipients, saved.letter().recipients()), proposals);
            ReportRequest request = ReportRequest.of(reportPeriod, ReportScope.ALL, language, header,
                    LocalDate.now(clock));
            WordSummary summary = reports.exportWord(new WordReportRequest(request, letter), out, ReportProgress.NONE);
            console.printf("Wrote %s: %s in %s, %d overdue, %d due next quarter%n",
                    summary.file(), Counted.of(summary.commitments(), "commitment"),
                    Counted.of(summary.partners(), "partner section"), summary.overdue(),
                    summary.dueNextQuarter());
            console.flush();
            return 0;
        } catch (WorkspaceException e) {
            return Refusal.refuse(err, 1, e.getMessage());
        } catch (IOException e) {
            return Refusal.refuse(err, 1, out.toAbsolutePath() + ": the report could not be written (" + e.getMessage() + ")");
        }
    }

    private static String given(String option, String saved) {
        return option != null ? option.replace("\\n", "\n") : saved;
    }

    /** A text file's content, NFC; null when no file is given. */
    private static String text(Path file) {
        if (file == null) {
            return null;
        }
        try {
            return Normalizer.normalize(Files.readString(file, StandardCharsets.UTF_8), Normalizer.Form.NFC);
        } catch (MalformedInputException e) {
            throw new IllegalArgumentException(file.toAbsolutePath() + ": not UTF-8 text; save it as UTF-8");
        } catch (IOException e) {
            throw new IllegalArgumentException(file.toAbsolutePath() + ": cannot be read (" + IoFailures.reason(e) + ")");
        }
    }
}
