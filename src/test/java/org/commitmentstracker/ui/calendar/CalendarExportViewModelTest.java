package org.commitmentstracker.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.service.CalendarService;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.HeldTasks;
import org.commitmentstracker.ui.TaskRunner;
import org.junit.jupiter.api.Test;

/** The calendar export's ViewModel, without the toolkit: its work off the UI thread, its words in both languages. */
class CalendarExportViewModelTest {
    final List<String> asked = new ArrayList<>();

    @Test
    void theExportRunsOffTheUiThreadAndThenSaysHowManyEventsInTheOfficersLanguage() {
        HeldTasks tasks = new HeldTasks();
        CalendarExportViewModel vm = new CalendarExportViewModel((out, owners, language) -> {
            asked.add(out + " " + owners + " " + language);
            return new CalendarService.Written(out, 12);
        }, tasks, new Messages(Locale.forLanguageTag("vi")),
                List.of(new Agency(1, "MOIT", "Bộ Công Thương", "Ministry of Industry and Trade")));

        vm.export(Path.of("lich.ics"), true);

        assertThat(asked).isEmpty();
        assertThat(vm.busyProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).isEqualTo("Đang ghi tệp lịch…");
        vm.export(Path.of("again.ics"), false);
        tasks.finish();
        assertThat(asked).containsExactly("lich.ics [MOIT] vi");
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.messageProperty().get()).startsWith("Đã ghi 12 hạn chót của các cam kết chưa hoàn thành vào lich.ics")
                .contains("Outlook").contains("Thunderbird");
        assertThat(vm.suggestedName()).isEqualTo("han-chot-cam-ket.ics");
        assertThat(vm.tableOwnerNames()).isEqualTo("Bộ Công Thương");
    }

    @Test
    void aFileThatCannotBeWrittenIsToldWithItsNameAndWhy() {
        CalendarExportViewModel vm = new CalendarExportViewModel((out, owners, language) -> {
            throw new AccessDeniedException("/tmp/.calendar123.ics.tmp");
        }, TaskRunner.sameThread(), new Messages(Locale.ENGLISH), List.of());

        vm.export(Path.of("/locked/deadlines.ics"), false);

        assertThat(vm.errorProperty().get())
                .isEqualTo("The calendar could not be written to /locked/deadlines.ics: permission denied");
        assertThat(vm.messageProperty().get()).isEmpty();
    }

    @Test
    void noOpenCommitmentWithADeadlineIsSaidSo() {
        CalendarExportViewModel vm = new CalendarExportViewModel((out, owners, language) ->
                new CalendarService.Written(out, 0), TaskRunner.sameThread(), new Messages(Locale.ENGLISH), List.of());

        vm.export(Path.of("d.ics"), false);

        assertThat(vm.messageProperty().get()).startsWith("No open commitment has a deadline");
    }
}
