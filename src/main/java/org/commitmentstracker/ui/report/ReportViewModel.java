package org.commitmentstracker.ui.report;

import org.commitmentstracker.service.ReportExports;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.ReportPeriod;
import org.commitmentstracker.model.ReportScope;
import org.commitmentstracker.model.Sector;
import org.commitmentstracker.model.Statement;
import org.commitmentstracker.report.ReportSummary;
import org.commitmentstracker.report.ReportHeader;
import org.commitmentstracker.report.ReportRequest;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.TaskRunner;

/**
 * The progress-report dialog: period (a quarter or a date range), scope, language and header,
 * then the file. Written off the UI thread with progress and Stop; the header is kept for the
 * next report.
 */
public final class ReportViewModel extends ReportExportViewModel {
    private final ReportExports exports;
    /** The day whose end the statuses are taken at; null: the period's last day, or today. */
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>();
    private final StringProperty organisation = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final BooleanProperty nationalHeading = new SimpleBooleanProperty(true);
    /** Where the report is issued, for its place-and-date line; blank: Hà Nội. */
    private final StringProperty place = new SimpleStringProperty("");
    /** The report's number ("15/BC-BNG"); blank leaves the line to fill in by hand. */
    private final StringProperty documentNumber = new SimpleStringProperty("");
    private final ObservableList<String> partners = FXCollections.observableArrayList();
    private final ObservableList<Agency> owners = FXCollections.observableArrayList();
    private final ObservableList<Statement> statements = FXCollections.observableArrayList();
    private final ObservableList<String> chosenPartners = FXCollections.observableArrayList();
    private final ObservableList<Agency> chosenOwners = FXCollections.observableArrayList();
    private final ObservableList<Sector> chosenSectors = FXCollections.observableArrayList();
    private final ObservableList<Statement> chosenStatements = FXCollections.observableArrayList();

    /** @param onUiThread runs progress updates on the UI thread (Platform::runLater; tests run them at once) */
    public ReportViewModel(ReportExports exports, TaskRunner tasks, Messages messages, Clock clock,
                           Consumer<Runnable> onUiThread) {
        super(tasks, messages, clock, onUiThread);
        this.exports = exports;
    }

    /** Reads the choices and the header set last time; off the UI thread. */
    public void load() {
        tasks.run(exports::choices, choices -> {
            partners.setAll(choices.partners());
            owners.setAll(choices.owners());
            statements.setAll(choices.statements());
            RememberedFields.offer(organisation, choices.header().organisation());
            RememberedFields.offer(title, choices.header().title());
            nationalHeading.set(choices.header().nationalHeading());
            RememberedFields.offer(place, choices.header().place());
        }, e -> taskStatus.showError(messages.format("report.failed", messages.explain(e))));
    }

    /** The hint in the empty place field: the line the default place goes into, dated today as the report will be. */
    public String placePrompt() {
        return messages.format("report.place.prompt",
                ReportHeader.DEFAULT.placeAndDate(messages.locale().getLanguage(), LocalDate.now(clock)));
    }

    /** The file name offered: "Progress-report-2025Q3.xlsx" / "Bao-cao-tien-do-2025Q3.xlsx". */
    @Override
    public String suggestedFileName() {
        ReportPeriod period = period();
        return messages.format("report.fileName", period == null ? "" : period.fileLabel());
    }

    /** Writes the report to {@code out}. */
    @Override
    public void export(Path out) {
        ReportPeriod period = periodToWrite();
        if (period == null) {
            return;
        }
        ReportScope scope = new ReportScope(new HashSet<>(chosenPartners),
                new HashSet<>(chosenOwners.stream().map(Agency::code).toList()), new HashSet<>(chosenSectors),
                new HashSet<>(chosenStatements.stream().map(Statement::id).toList()));
        ReportRequest automatic = ReportRequest.of(period, scope, languageProperty().get(),
                new ReportHeader(organisation.get().strip(), title.get().strip(), nationalHeading.get(),
                        place.get(), documentNumber.get()),
                LocalDate.now(clock));
        ReportRequest request = asOf.get() == null ? automatic : automatic.withAsOf(asOf.get());
        progress.write(tasks, messages, out, written, () -> exports.write(request, out, progress), ReportSummary::file,
                summary -> messages.format("report.written", summary.file().getFileName(), summary.commitments(),
                        summary.overdue()), "report.failed");
    }

    public List<Sector> sectors() {
        return List.of(Sector.values());
    }

    public String sectorLabel(Sector sector) {
        return messages.sector(sector);
    }

    public String agencyLabel(Agency agency) {
        return agency == null ? "" : agency.code() + " · " + messages.agency(agency);
    }

    public String statementLabel(Statement statement) {
        return statement == null ? ""
                : messages.partners(statement.partners()) + " · "
                        + statement.title();
    }

    /** A partner as the dialog shows it (in Vietnamese, the official spelling); the choice keeps the stored name. */
    public String partnerLabel(String storedName) {
        return messages.partner(storedName);
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public StringProperty organisationProperty() {
        return organisation;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public StringProperty documentNumberProperty() {
        return documentNumber;
    }

    public BooleanProperty nationalHeadingProperty() {
        return nationalHeading;
    }

    public ObservableList<String> partners() {
        return partners;
    }

    public ObservableList<Agency> owners() {
        return owners;
    }

    public ObservableList<Statement> statements() {
        return statements;
    }

    public ObservableList<String> chosenPartners() {
        return chosenPartners;
    }

    public ObservableList<Agency> chosenOwners() {
        return chosenOwners;
    }

    public ObservableList<Sector> chosenSectors() {
        return chosenSectors;
    }

    public ObservableList<Statement> chosenStatements() {
        return chosenStatements;
    }
}
