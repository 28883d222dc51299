package org.commitmentstracker.ui.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.service.SinceLastStart;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.TaskRunner;
import org.junit.jupiter.api.Test;

/** The start notice's words and its "Show them", on a table of rows given here, with a fixed clock. */
class SinceLastStartViewModelTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-12-08T03:00:00Z"), ZoneOffset.UTC);
    /** Noon, so the day is the same in any time zone the test runs in. */
    static final Instant LAST_START = Instant.parse("2025-12-03T12:00:00Z");

    final Messages english = new Messages(Locale.ENGLISH);
    final CommitmentsViewModel table = table(english);

    static CommitmentsViewModel table(Messages messages) {
        CommitmentsViewModel vm = new CommitmentsViewModel(() -> List.of(
                CommitmentsViewModelTest.row(1, Status.IN_PROGRESS, LocalDate.of(2025, 12, 5)),
                CommitmentsViewModelTest.row(2, Status.NOT_STARTED, LocalDate.of(2025, 12, 6)),
                CommitmentsViewModelTest.row(3, Status.AT_RISK, LocalDate.of(2025, 12, 20)),
                CommitmentsViewModelTest.row(4, Status.NOT_STARTED, LocalDate.of(2026, 6, 30)),
                CommitmentsViewModelTest.row(5, Status.NOT_STARTED, null)), text -> Set.of(),
                TaskRunner.sameThread(), messages, CLOCK);
        vm.refresh();
        return vm;
    }

    SinceLastStartViewModel notice(Messages messages, CommitmentsViewModel table, SinceLastStart.Changes changes) {
        return new SinceLastStartViewModel(() -> changes, TaskRunner.sameThread(), messages, table);
    }

    @Test
    void saysWhatBecameOverdueAndWhatFallsDueSinceTheLastStartInBothLanguages() {
        SinceLastStart.Changes changes = new SinceLastStart.Changes(LAST_START, List.of(1L, 2L), List.of(3L));

        SinceLastStartViewModel en = notice(english, table, changes);
        en.check();
        Messages vietnamese = new Messages(Locale.forLanguageTag("vi"));
        SinceLastStartViewModel vi = notice(vietnamese, table(vietnamese), changes);
        vi.check();

        assertThat(en.textProperty().get()).isEqualTo(
                "Since your last start on 03/12/2025: 2 commitments became overdue, 1 now falls due within 14 days.");
        assertThat(vi.textProperty().get()).isEqualTo(
                "Kể từ lần mở trước vào ngày 03/12/2025: 2 cam kết đã quá hạn, 1 cam kết sẽ đến hạn trong 14 ngày tới.");
    }

    @Test
    void onlyWhatHappenedIsToldAndNothingAtTheFirstStartOrWhenNothingChanged() {
        SinceLastStartViewModel overdueOnly = notice(english, table,
                new SinceLastStart.Changes(LAST_START, List.of(1L), List.of()));
        overdueOnly.check();
        SinceLastStartViewModel first = notice(english, table, new SinceLastStart.Changes(null, List.of(), List.of()));
        first.check();
        SinceLastStartViewModel failed = new SinceLastStartViewModel(() -> {
            throw new IllegalStateException("store closed");
        }, TaskRunner.sameThread(), english, table);
        failed.check();

        assertThat(overdueOnly.textProperty().get())
                .isEqualTo("Since your last start on 03/12/2025: 1 commitment became overdue.");
        assertThat(first.textProperty().get()).isEmpty();
        assertThat(failed.textProperty().get()).isEmpty();
    }

    @Test
    void showThemNarrowsTheTableToExactlyThoseUntilShowAllOrClearFilters() {
        table.overdueOnlyProperty().set(true);
        table.searchTextProperty().set("trade");
        SinceLastStartViewModel notice = notice(english, table,
                new SinceLastStart.Changes(LAST_START, List.of(1L, 2L), List.of(3L)));
        notice.check();

        notice.showThem();

        assertThat(table.rows()).extracting(CommitmentRow::commitmentId).containsExactly(1L, 2L, 3L);
        assertThat(table.overdueOnlyProperty().get()).isFalse();
        assertThat(table.searchTextProperty().get()).isEmpty();
        assertThat(table.onlyLabelProperty().get()).isEqualTo("Only the 3 commitments of the notice since 03/12/2025");
        assertThat(table.summaryProperty().get()).startsWith("3 of 5 commitments shown");
        table.showAll();
        assertThat(table.rows()).hasSize(5);
        assertThat(table.onlyLabelProperty().get()).isEmpty();

        // One is said as one, not "the 1 commitments".
        SinceLastStartViewModel one = notice(english, table, new SinceLastStart.Changes(LAST_START, List.of(2L), List.of()));
        one.check();
        one.showThem();
        assertThat(table.onlyLabelProperty().get()).isEqualTo("Only the commitment of the notice since 03/12/2025");

        notice.showThem();
        table.clearFilters();
        assertThat(table.rows()).hasSize(5);
    }

    @Test
    void closedItStaysClosedWhenTheWindowIsRebuiltInAnotherLanguageWithoutASecondCheck() {
        int[] checks = {0};
        SinceLastStartViewModel notice = new SinceLastStartViewModel(() -> {
            checks[0]++;
            return new SinceLastStart.Changes(LAST_START, List.of(1L), List.of(3L));
        }, TaskRunner.sameThread(), english, table);
        notice.check();
        Messages vietnamese = new Messages(Locale.forLanguageTag("vi"));
        SinceLastStartViewModel rebuilt = new SinceLastStartViewModel(() -> {
            checks[0]++;
            return null;
        }, TaskRunner.sameThread(), vietnamese, table(vietnamese));
        notice.showThem();
        CommitmentsViewModel rebuiltTable = table(vietnamese);
        rebuiltTable.carryOver(table);
        rebuilt = new SinceLastStartViewModel(() -> {
            checks[0]++;
            return null;
        }, TaskRunner.sameThread(), vietnamese, rebuiltTable);
        rebuilt.carryOver(notice);
        assertThat(rebuilt.textProperty().get()).startsWith("Kể từ lần mở trước");
        assertThat(rebuiltTable.onlyLabelProperty().get()).isEqualTo("Chỉ 2 cam kết trong thông báo kể từ ngày 03/12/2025");
        assertThat(rebuiltTable.rows()).extracting(CommitmentRow::commitmentId).containsExactly(1L, 3L);

        rebuilt.close();
        SinceLastStartViewModel again = notice(english, table, null);
        again.carryOver(rebuilt);

        assertThat(rebuilt.textProperty().get()).isEmpty();
        assertThat(again.textProperty().get()).isEmpty();
        assertThat(checks[0]).isEqualTo(1);
    }
}
