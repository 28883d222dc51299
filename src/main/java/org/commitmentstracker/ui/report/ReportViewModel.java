package org.commitmentstracker.ui.report;

import org.commitmentstracker.service.ReportExports;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
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
import org.commitmentstracker.report.ReportCancelledException;
import org.commitmentstracker.report.ReportHeader;
import org.commitmentstracker.report.ReportProgress;
import org.commitmentstracker.report.ReportRequest;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.TaskRunner;
import org.commitmentstracker.ui.TaskStatus;

/**
 * The progress-report dialog: period (a quarter or a date range), scope, language and header,
 * then the file. Written off the UI thread with progress and Stop; the header is kept for the
 * next report.
 */
public final class ReportViewModel {
    /** How many quarters back the quarter list offers. */
    private static final int QUARTERS_BACK = 8;

    private final ReportExports exports;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Clock clock;
    private final Consumer<Runnable> onUiThread;
    private final ObservableList<String> quarters = FXCollections.observableArrayList();
    private final BooleanProperty byQuarter = new SimpleBooleanProperty(true);
    private final StringProperty quarter = new SimpleStringProperty();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty language = new SimpleStringProperty();
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
    private final TaskStatus taskStatus = new TaskStatus();
    private final ObjectProperty<Path> written = new SimpleObjectProperty<>();
    private final BooleanBinding canExport;
    private final AtomicBoolean stop = new AtomicBoolean();

    /** @param onUiThread runs progress updates on the UI thread (Platform::runLater; tests run them at once) */
    public ReportViewModel(ReportExports exports, TaskRunner tasks, Messages messages, Clock clock,
                           Consumer<Runnable> onUiThread) {
        this.exports = exports;
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
        this.onUiThread = onUiThread;
        LocalDate today = LocalDate.now(clock);
        ReportPeriod current = ReportPeriod.quarterOf(today);
        for (int i = 0; i <= QUARTERS_BACK; i++) {
            quarters.add(ReportPeriod.quarterOf(current.from().minusMonths(3L * i)).label());
        }
        // The quarter just ended is what a quarterly report is usually about.
        quarter.set(quarters.get(1));
        from.set(current.from());
        to.set(today);
        language.set(messages.language());
        canExport = Bindings.createBooleanBinding(() -> !taskStatus.isBusy() && period() != null,
                taskStatus.busyProperty(), byQuarter, quarter, from, to);
    }

    /** Reads the choices and the header set last time; off the UI thread. */
    public void load() {
        tasks.run(exports::choices, choices -> {
            partners.setAll(choices.partners());
            owners.setAll(choices.owners());
            statements.setAll(choices.statements());
            organisation.set(choices.header().organisation());
            title.set(choices.header().title());
            nationalHeading.set(choices.header().nationalHeading());
            place.set(choices.header().place());
        }, e -> taskStatus.showError(messages.format("report.failed", messages.explain(e))));
    }

    /** The period chosen, or null when the range is incomplete or backwards. */
    public ReportPeriod period() {
        if (byQuarter.get()) {
            return quarter.get() == null ? null : ReportPeriod.quarter(quarter.get());
        }
        if (from.get() == null || to.get() == null || from.get().isAfter(to.get())) {
            return null;
        }
        return ReportPeriod.range(from.get(), to.get());
    }

    /** The file name offered: "Progress-report-2025Q3.xlsx" / "Bao-cao-tien-do-2025Q3.xlsx". */
    public String suggestedFileName() {
        ReportPeriod period = period();
        return messages.format("report.fileName", period == null ? "" : period.fileLabel());
    }

    /** Writes the report to {@code out}. */
    public void export(Path out) {
        ReportPeriod period = period();
        if (period == null || taskStatus.isBusy()) {
            taskStatus.showError(messages.get("report.badPeriod"));
            return;
        }
        ReportScope scope = new ReportScope(new HashSet<>(chosenPartners),
                new HashSet<>(chosenOwners.stream().map(Agency::code).toList()), new HashSet<>(chosenSectors),
                new HashSet<>(chosenStatements.stream().map(Statement::id).toList()));
        ReportRequest automatic = ReportRequest.of(period, scope, language.get(),
                new ReportHeader(organisation.get().strip(), title.get().strip(), nationalHeading.get(),
                        place.get(), documentNumber.get()),
                LocalDate.now(clock));
        ReportRequest request = asOf.get() == null ? automatic : automatic.withAsOf(asOf.get());
        stop.set(false);
        written.set(null);
        taskStatus.start(messages.get("report.writing"));
        ReportProgress listener = new ReportProgress() {
            @Override
            public void written(long done, long total) {
                onUiThread.accept(() -> taskStatus.progress(total == 0 ? 1 : (double) done / total));
            }

            @Override
            public boolean cancelled() {
                return stop.get();
            }
        };
        tasks.run(() -> exports.write(request, out, listener), summary -> {
            written.set(summary.file());
            taskStatus.succeed(messages.format("report.written", summary.file().getFileName(), summary.commitments(),
                    summary.overdue()));
        }, e -> taskStatus.fail(e instanceof ReportCancelledException ? messages.get("report.stopped")
                : messages.format("report.failed", out.getFileName() + ": " + messages.explain(e))));
    }

    /** Stops the report being written; no file is left. */
    public void stop() {
        stop.set(true);
    }

    public List<String> languages() {
        return Messages.LANGUAGES;
    }

    /** "Q3 2025" / "Quý III năm 2025" for the quarter "2025Q3" as the list holds it. */
    public String quarterLabel(String quarter) {
        if (quarter == null) {
            return "";
        }
        ReportPeriod period = ReportPeriod.quarter(quarter);
        int number = (period.from().getMonthValue() - 1) / 3 + 1;
        return messages.format("report.quarterLabel", String.valueOf(number), List.of("I", "II", "III", "IV").get(number - 1),
                String.valueOf(period.from().getYear()));
    }

    public String languageLabel(String tag) {
        return messages.languageName(tag);
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

    public ObservableList<String> quarters() {
        return quarters;
    }

    public BooleanProperty byQuarterProperty() {
        return byQuarter;
    }

    public StringProperty quarterProperty() {
        return quarter;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty languageProperty() {
        return language;
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

    public ReadOnlyBooleanProperty busyProperty() {
        return taskStatus.busyProperty();
    }

    /** From 0 to 1; negative while not yet known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return taskStatus.progressProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return taskStatus.messageProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return taskStatus.errorProperty();
    }

    /** The file just written, or null. */
    public ObjectProperty<Path> writtenProperty() {
        return written;
    }

    public BooleanBinding canExportBinding() {
        return canExport;
    }

}
