package org.commitmentstracker.ui.report;

import org.commitmentstracker.service.ReportExports;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.ReportPeriod;
import org.commitmentstracker.model.Statement;
import org.commitmentstracker.model.Sector;
import org.commitmentstracker.report.ReportCancelledException;
import org.commitmentstracker.report.ReportHeader;
import org.commitmentstracker.report.ReportProgress;
import org.commitmentstracker.report.ReportRequest;
import org.commitmentstracker.report.ReportSummary;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.HeldTasks;
import org.commitmentstracker.ui.TaskRunner;
import org.junit.jupiter.api.Test;

class ReportViewModelTest {
    static final Clock NOV_2025 = Clock.fixed(Instant.parse("2025-11-20T08:00:00Z"), ZoneOffset.UTC);
    static final Agency MOIT = new Agency(1, "MOIT", "Bộ Công Thương", "Ministry of Industry and Trade");

    final List<ReportRequest> asked = new ArrayList<>();
    final List<Double> progressSeen = new ArrayList<>();
    RuntimeException failure;

    ReportViewModel vm() {
        return vm(Locale.ENGLISH);
    }

    ReportViewModel vm(Locale uiLanguage) {
        return vm(uiLanguage, TaskRunner.sameThread());
    }

    ReportViewModel vm(Locale uiLanguage, TaskRunner tasks) {
        ReportViewModel vm = new ReportViewModel(new ReportExports() {
            @Override
            public Choices choices() {
                return new Choices(List.of("Chile", "Peru"), List.of(MOIT), List.of(),
                        new ReportHeader("BỘ NGOẠI GIAO", "", false, "Đà Nẵng", ""));
            }

            @Override
            public ReportSummary write(ReportRequest request, Path out, ReportProgress progress) throws IOException {
                asked.add(request);
                progress.written(50, 100);
                if (failure != null) {
                    throw failure;
                }
                return new ReportSummary(out, 100, 7, 3, 5);
            }
        }, tasks, new Messages(uiLanguage), NOV_2025, Runnable::run);
        vm.progressProperty().addListener((o, a, b) -> progressSeen.add(b.doubleValue()));
        vm.load();
        return vm;
    }

    @Test
    void thePlaceHintShowsTheLineDatedTodayInTheWindowsLanguage() {
        assertThat(vm(Locale.ENGLISH).placePrompt()).isEqualTo("Hanoi (written in the line \"Hanoi, 20 November 2025\")");
        assertThat(vm(Locale.forLanguageTag("vi")).placePrompt())
                .isEqualTo("Hà Nội (in trong dòng \"Hà Nội, ngày 20 tháng 11 năm 2025\")");
    }

    @Test
    void aTitleTypedBeforeTheHeaderSetLastTimeArrivesStays() {
        HeldTasks tasks = new HeldTasks();
        ReportViewModel vm = vm(Locale.ENGLISH, tasks);
        vm.titleProperty().set("Báo cáo quý của Vụ");

        tasks.finish();

        assertThat(vm.titleProperty().get()).isEqualTo("Báo cáo quý của Vụ");
        assertThat(vm.organisationProperty().get()).isEqualTo("BỘ NGOẠI GIAO");
    }

    @Test
    void offersTheQuarterJustEndedAndTheHeaderSetLastTime() {
        ReportViewModel vm = vm();
        assertThat(vm.quarters()).startsWith("2025Q4", "2025Q3", "2025Q2");
        assertThat(vm.quarterProperty().get()).isEqualTo("2025Q3");
        assertThat(vm.quarterLabel("2025Q3")).isEqualTo("Q3 2025");
        assertThat(vm.period()).isEqualTo(ReportPeriod.quarter("2025Q3"));
        assertThat(vm.suggestedFileName()).isEqualTo("Progress-report-2025Q3.xlsx");
        assertThat(vm.organisationProperty().get()).isEqualTo("BỘ NGOẠI GIAO");
        assertThat(vm.nationalHeadingProperty().get()).isFalse();
        assertThat(vm.partners()).containsExactly("Chile", "Peru");
        assertThat(vm.canExportBinding().get()).isTrue();
    }

    @Test
    void inVietnameseThePartnersHaveTheirVietnameseNamesAndTheChoiceKeepsTheStoredOne() {
        ReportViewModel vm = vm(Locale.forLanguageTag("vi"));
        Statement chile = new Statement(1L, "Joint Statement", List.of("Chile"), null, "Santiago", "en", null, null,
                null, null, null);

        assertThat(vm.partners()).containsExactly("Chile", "Peru");
        assertThat(vm.partnerLabel("Chile")).isEqualTo("Chi-lê");
        assertThat(vm.statementLabel(chile)).isEqualTo("Chi-lê · Joint Statement");
    }

    @Test
    void exportsWhatWasChosenAndSaysWhatWasWritten() {
        ReportViewModel vm = vm();
        vm.byQuarterProperty().set(false);
        vm.fromProperty().set(LocalDate.of(2025, 1, 1));
        vm.toProperty().set(LocalDate.of(2025, 6, 30));
        vm.chosenPartners().setAll("Peru");
        vm.chosenOwners().setAll(MOIT);
        vm.chosenSectors().setAll(Sector.ECO);
        vm.languageProperty().set("vi");
        vm.titleProperty().set("  Báo cáo 6 tháng ");
        assertThat(vm.placeProperty().get()).as("the place set last time").isEqualTo("Đà Nẵng");
        vm.documentNumberProperty().set(" 15/BC-BNG ");

        vm.export(Path.of("/reports/half-year.xlsx"));

        ReportRequest request = asked.get(0);
        assertThat(request.period()).isEqualTo(ReportPeriod.range(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)));
        assertThat(request.asOf()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(request.scope().partners()).isEqualTo(Set.of("Peru"));
        assertThat(request.scope().ownerCodes()).isEqualTo(Set.of("MOIT"));
        assertThat(request.scope().sectors()).isEqualTo(Set.of(Sector.ECO));
        assertThat(request.language()).isEqualTo("vi");
        assertThat(request.header()).isEqualTo(new ReportHeader("BỘ NGOẠI GIAO", "Báo cáo 6 tháng", false, "Đà Nẵng",
                "15/BC-BNG"));
        assertThat(progressSeen).contains(0.5, 1.0);
        assertThat(vm.messageProperty().get()).isEqualTo("half-year.xlsx written: 100 commitments, 3 overdue.");
        assertThat(vm.writtenProperty().get()).isEqualTo(Path.of("/reports/half-year.xlsx"));

        vm.asOfProperty().set(LocalDate.of(2025, 7, 15));
        vm.export(Path.of("/reports/late.xlsx"));
        assertThat(asked.get(1).asOf()).isEqualTo(LocalDate.of(2025, 7, 15));
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void aBackwardsRangeCannotBeExported() {
        ReportViewModel vm = vm();
        vm.byQuarterProperty().set(false);
        vm.fromProperty().set(LocalDate.of(2025, 7, 1));
        vm.toProperty().set(LocalDate.of(2025, 6, 30));

        assertThat(vm.canExportBinding().get()).isFalse();
        vm.export(Path.of("/r.xlsx"));
        assertThat(asked).isEmpty();
        assertThat(vm.errorProperty().get()).startsWith("Choose a quarter");
    }

    @Test
    void aFailureOrAStopIsToldAndNothingClaimsToBeWritten() {
        ReportViewModel vm = vm();
        failure = new java.io.UncheckedIOException(new IOException("No space left on device"));
        vm.export(Path.of("/r.xlsx"));
        assertThat(vm.errorProperty().get()).startsWith("The report was not written: r.xlsx: ")
                .contains("No space left on device");
        assertThat(vm.writtenProperty().get()).isNull();

        failure = new ReportCancelledException();
        vm.export(Path.of("/r.xlsx"));
        assertThat(vm.errorProperty().get()).isEqualTo("Stopped: no file was written.");
    }
}
