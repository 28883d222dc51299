package org.commitmentstracker.ui.report;

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
import org.commitmentstracker.model.ReportPeriod;
import org.commitmentstracker.report.ReportCancelledException;
import org.commitmentstracker.report.ReportHeader;
import org.commitmentstracker.report.ReportProgress;
import org.commitmentstracker.report.WordLetter;
import org.commitmentstracker.report.WordReportRequest;
import org.commitmentstracker.report.WordSummary;
import org.commitmentstracker.service.WordExports;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.HeldTasks;
import org.commitmentstracker.ui.TaskRunner;
import org.junit.jupiter.api.Test;

class WordReportViewModelTest {
    static final Clock NOV_2025 = Clock.fixed(Instant.parse("2025-11-20T08:00:00Z"), ZoneOffset.UTC);

    final List<WordReportRequest> asked = new ArrayList<>();
    final List<Double> progressSeen = new ArrayList<>();
    WordExports.Saved saved = new WordExports.Saved(new ReportHeader("Bộ Ngoại giao\nVụ Châu Âu", "", true, "Đà Nẵng", ""),
            new WordLetter("CAU", "Vụ trưởng", "Nguyễn Văn An", "- Như trên;\n- Lưu: VT, CAU.", ""));
    RuntimeException failure;
    /** Done while the report is being written (the officer pressing Stop). */
    Runnable during;

    WordReportViewModel vm(Locale uiLanguage) {
        return vm(uiLanguage, TaskRunner.sameThread());
    }

    WordReportViewModel vm(Locale uiLanguage, TaskRunner tasks) {
        WordReportViewModel vm = new WordReportViewModel(new WordExports() {
            @Override
            public Saved saved() {
                return saved;
            }

            @Override
            public WordSummary writeWord(WordReportRequest request, Path out, ReportProgress progress) throws IOException {
                asked.add(request);
                progress.written(500, -1);
                if (during != null) {
                    during.run();
                }
                if (progress.cancelled()) {
                    throw new ReportCancelledException();
                }
                if (failure != null) {
                    throw failure;
                }
                progress.written(86, 86);
                return new WordSummary(out, 86, 3, 2, 3);
            }
        }, tasks, new Messages(uiLanguage), NOV_2025, Runnable::run);
        vm.progressProperty().addListener((o, a, b) -> progressSeen.add(b.doubleValue()));
        vm.load();
        return vm;
    }

    @Test
    void startsOnTheQuarterJustEndedWithWhatWasTypedLastTime() {
        WordReportViewModel vm = vm(Locale.forLanguageTag("vi"));
        assertThat(vm.quarterProperty().get()).isEqualTo("2025Q3");
        assertThat(vm.quarterLabel("2025Q3")).isEqualTo("Quý III năm 2025");
        assertThat(vm.languageProperty().get()).isEqualTo("vi");
        assertThat(vm.suggestedFileName()).isEqualTo("Bao-cao-2025Q3.docx");
        assertThat(vm.agencyProperty().get()).isEqualTo("Bộ Ngoại giao\nVụ Châu Âu");
        assertThat(vm.placeProperty().get()).isEqualTo("Đà Nẵng");
        assertThat(vm.abbreviationProperty().get()).isEqualTo("CAU");
        assertThat(vm.signerTitleProperty().get()).isEqualTo("Vụ trưởng");
        assertThat(vm.signerNameProperty().get()).isEqualTo("Nguyễn Văn An");
        assertThat(vm.recipientsProperty().get()).isEqualTo("- Như trên;\n- Lưu: VT, CAU.");
        // The number and the proposals are one report's own.
        assertThat(vm.documentNumberProperty().get()).isEmpty();
        assertThat(vm.proposalsProperty().get()).isEmpty();
        assertThat(vm.canExportBinding().get()).isTrue();
    }

    @Test
    void whatTheOfficerTypesBeforeLastTimesFieldsArriveStays() {
        HeldTasks tasks = new HeldTasks();
        WordReportViewModel vm = vm(Locale.forLanguageTag("vi"), tasks);
        vm.signerNameProperty().set("Trần Thị Bình");

        tasks.finish();

        assertThat(vm.signerNameProperty().get()).isEqualTo("Trần Thị Bình");
        assertThat(vm.signerTitleProperty().get()).isEqualTo("Vụ trưởng");
        assertThat(vm.agencyProperty().get()).isEqualTo("Bộ Ngoại giao\nVụ Châu Âu");
    }

    @Test
    void aFirstReportStartsFromTheMinistrysName() {
        saved = new WordExports.Saved(ReportHeader.DEFAULT, WordLetter.BLANK);
        assertThat(vm(Locale.ENGLISH).agencyProperty().get()).isEqualTo("Bộ Ngoại giao");
    }

    @Test
    void exportSendsEveryTypedFieldAndShowsProgressAndTheResult() {
        WordReportViewModel vm = vm(Locale.ENGLISH);
        vm.quarterProperty().set("2025Q2");
        vm.languageProperty().set("en");
        vm.documentNumberProperty().set("15");
        vm.signerNameProperty().set("Trần Thị Bình");
        vm.proposalsProperty().set("Convene the interministerial meeting in January.");

        vm.export(Path.of("/tmp/report.docx"));

        WordReportRequest request = asked.get(0);
        assertThat(request.report().period()).isEqualTo(ReportPeriod.quarter("2025Q2"));
        assertThat(request.report().asOf()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(request.report().language()).isEqualTo("en");
        assertThat(request.report().header().organisation()).isEqualTo("Bộ Ngoại giao\nVụ Châu Âu");
        assertThat(request.report().header().documentNumber()).isEqualTo("15");
        assertThat(request.report().header().place()).isEqualTo("Đà Nẵng");
        assertThat(request.letter()).isEqualTo(new WordLetter("CAU", "Vụ trưởng", "Trần Thị Bình",
                "- Như trên;\n- Lưu: VT, CAU.", "Convene the interministerial meeting in January."));
        // Not known while the commitments are read, then done.
        assertThat(progressSeen).contains(-1.0).endsWith(1.0);
        assertThat(vm.writtenProperty().get()).isEqualTo(Path.of("/tmp/report.docx"));
        assertThat(vm.messageProperty().get()).isEqualTo("report.docx written: 86 commitments, 3 partners.");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void aBackwardsRangeCannotBeExported() {
        WordReportViewModel vm = vm(Locale.ENGLISH);
        vm.byQuarterProperty().set(false);
        vm.fromProperty().set(LocalDate.of(2025, 10, 1));
        vm.toProperty().set(LocalDate.of(2025, 9, 1));
        assertThat(vm.canExportBinding().get()).isFalse();
        vm.export(Path.of("/tmp/report.docx"));
        assertThat(asked).isEmpty();
        assertThat(vm.errorProperty().get()).isEqualTo("Choose a quarter, or a start date on or before the end date.");
    }

    @Test
    void aFailureSaysWhichFileAndWhy() {
        WordReportViewModel vm = vm(Locale.forLanguageTag("vi"));
        failure = new IllegalStateException("đĩa đầy");
        vm.export(Path.of("/tmp/bao-cao.docx"));
        assertThat(vm.errorProperty().get()).startsWith("Chưa xuất được báo cáo Word: bao-cao.docx: ");
        assertThat(vm.writtenProperty().get()).isNull();
    }

    @Test
    void stopWhileWritingLeavesNoFileAndSaysSoAndTheNextExportRuns() {
        WordReportViewModel vm = vm(Locale.ENGLISH);
        during = vm::stop;
        vm.export(Path.of("/tmp/report.docx"));
        assertThat(vm.errorProperty().get()).isEqualTo("Stopped: no file was written.");
        assertThat(vm.writtenProperty().get()).isNull();

        during = null;
        vm.export(Path.of("/tmp/report.docx"));
        assertThat(vm.writtenProperty().get()).isEqualTo(Path.of("/tmp/report.docx"));
    }
}
