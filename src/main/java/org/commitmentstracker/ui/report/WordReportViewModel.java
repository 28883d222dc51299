package org.commitmentstracker.ui.report;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.commitmentstracker.model.ReportPeriod;
import org.commitmentstracker.model.ReportScope;
import org.commitmentstracker.report.WordSummary;
import org.commitmentstracker.report.ReportHeader;
import org.commitmentstracker.report.ReportRequest;
import org.commitmentstracker.report.WordLetter;
import org.commitmentstracker.report.WordReportRequest;
import org.commitmentstracker.service.WordExports;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.TaskRunner;

/**
 * File › Export report as Word: the period, the language, and the parts of the administrative letter (agency,
 * abbreviation, number, place, signer, recipients, proposals). Written off the UI thread with progress and Stop;
 * what was typed, but the number and the proposals, is there again next time.
 */
public final class WordReportViewModel extends ReportExportViewModel {
    private final WordExports exports;
    private final StringProperty agency = new SimpleStringProperty("");
    private final StringProperty abbreviation = new SimpleStringProperty("");
    private final StringProperty documentNumber = new SimpleStringProperty("");
    private final StringProperty place = new SimpleStringProperty("");
    private final StringProperty signerTitle = new SimpleStringProperty("");
    private final StringProperty signerName = new SimpleStringProperty("");
    private final StringProperty recipients = new SimpleStringProperty("");
    private final StringProperty proposals = new SimpleStringProperty("");

    /** @param onUiThread runs progress updates on the UI thread (Platform::runLater; tests run them at once) */
    public WordReportViewModel(WordExports exports, TaskRunner tasks, Messages messages, Clock clock,
                               Consumer<Runnable> onUiThread) {
        super(tasks, messages, clock, onUiThread);
        this.exports = exports;
    }

    /** Reads what was typed last time; off the UI thread. A first report starts from the ministry's name. */
    public void load() {
        tasks.run(exports::saved, saved -> {
            ReportHeader header = saved.header();
            RememberedFields.offer(agency,
                    header.organisation().isBlank() ? messages.get("word.agency.default") : header.organisation());
            RememberedFields.offer(place, header.place());
            WordLetter letter = saved.letter();
            RememberedFields.offer(abbreviation, letter.abbreviation());
            RememberedFields.offer(signerTitle, letter.signerTitle());
            RememberedFields.offer(signerName, letter.signerName());
            RememberedFields.offer(recipients, letter.recipients());
        }, e -> taskStatus.showError(messages.format("word.failed", messages.explain(e))));
    }

    /** "Bao-cao-2025Q3.docx" / "Report-2025Q3.docx", in the report's language. */
    @Override
    public String suggestedFileName() {
        ReportPeriod period = period();
        return messages.format("word.fileName", period == null ? "" : period.fileLabel());
    }

    /** The request the fields make, statuses taken at the period's end (or today while it runs). */
    WordReportRequest request(ReportPeriod period) {
        ReportRequest report = ReportRequest.of(period, ReportScope.ALL, languageProperty().get(),
                new ReportHeader(agency.get().strip(), "", true, place.get(), documentNumber.get()),
                LocalDate.now(clock));
        return new WordReportRequest(report, new WordLetter(abbreviation.get(), signerTitle.get(), signerName.get(),
                recipients.get(), proposals.get()));
    }

    /** Writes the report to {@code out}. */
    @Override
    public void export(Path out) {
        ReportPeriod period = periodToWrite();
        if (period == null) {
            return;
        }
        WordReportRequest request = request(period);
        progress.write(tasks, messages, out, written, () -> exports.writeWord(request, out, progress),
                WordSummary::file, summary -> messages.format("word.written", summary.file().getFileName(),
                        summary.commitments(), summary.partners()), "word.failed");
    }

    public StringProperty agencyProperty() {
        return agency;
    }

    public StringProperty abbreviationProperty() {
        return abbreviation;
    }

    public StringProperty documentNumberProperty() {
        return documentNumber;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public StringProperty signerTitleProperty() {
        return signerTitle;
    }

    public StringProperty signerNameProperty() {
        return signerName;
    }

    public StringProperty recipientsProperty() {
        return recipients;
    }

    public StringProperty proposalsProperty() {
        return proposals;
    }
}
