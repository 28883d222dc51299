package org.commitmentstracker.ui.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.CommitmentOverview;
import org.commitmentstracker.model.Sector;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.TaskRunner;
import org.junit.jupiter.api.Test;

/** Runs without the JavaFX toolkit: the ViewModel is plain Java with a same-thread runner. */
class CommitmentsViewModelTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-01T08:00:00Z"), ZoneOffset.UTC);
    static final Agency MOIT = new Agency(1, "MOIT", "Bộ Công Thương", "Ministry of Industry and Trade");

    static CommitmentOverview row(long id, Status status, LocalDate deadline) {
        return new CommitmentOverview(id, 7, "Joint Statement", List.of("Chile", "Peru"), LocalDate.of(2025, 3, 12),
                String.valueOf(id), "The two sides agreed to raise trade.", Sector.ECO, MOIT, status, deadline,
                Instant.parse("2025-09-01T00:00:00Z"));
    }

    @Test
    void rowsAreWordedInTheUsersLanguage() {
        CommitmentsViewModel vm = new CommitmentsViewModel(() -> List.of(row(1, Status.AT_RISK, null)),
                TaskRunner.sameThread(), new Messages(Locale.forLanguageTag("vi")), CLOCK);

        vm.refresh();

        CommitmentRow row = vm.rows().get(0);
        assertThat(row.statusLabel()).isEqualTo("Có nguy cơ chậm");
        assertThat(row.owner()).isEqualTo("Bộ Công Thương");
        assertThat(row.partners()).isEqualTo("Chile, Peru");
        assertThat(row.statementLabel()).isEqualTo("Chile, Peru · 12/03/2025");
        assertThat(vm.loadingProperty().get()).isFalse();
    }

    @Test
    void deadlinesAreMarkedOverdueDueSoonOrOnTrack() {
        CommitmentsViewModel vm = new CommitmentsViewModel(() -> List.of(
                row(1, Status.IN_PROGRESS, LocalDate.of(2025, 9, 30)),
                row(2, Status.COMPLETED, LocalDate.of(2025, 9, 30)),
                row(3, Status.NOT_STARTED, LocalDate.of(2025, 10, 20)),
                row(4, Status.NOT_STARTED, LocalDate.of(2026, 1, 1)),
                row(5, Status.NOT_STARTED, null)),
                TaskRunner.sameThread(), new Messages(Locale.ENGLISH), CLOCK);

        vm.refresh();

        assertThat(vm.rows()).extracting(CommitmentRow::deadlineState).containsExactly(DeadlineState.OVERDUE,
                DeadlineState.ON_TRACK, DeadlineState.DUE_SOON, DeadlineState.ON_TRACK, DeadlineState.NONE);
        assertThat(vm.rows().get(0).deadlineLabel()).isEqualTo("30/09/2025");
        assertThat(vm.summaryProperty().get()).isEqualTo("5 commitments, 1 overdue");
    }

    @Test
    void aFailedLoadIsToldAndKeepsTheRowsItHad() {
        boolean[] fail = {false};
        CommitmentsViewModel vm = new CommitmentsViewModel(() -> {
            if (fail[0]) {
                throw new IllegalStateException("disk I/O error");
            }
            return List.of(row(1, Status.NOT_STARTED, null));
        }, TaskRunner.sameThread(), new Messages(Locale.ENGLISH), CLOCK);
        vm.refresh();
        fail[0] = true;

        vm.refresh();

        assertThat(vm.errorProperty().get()).contains("disk I/O error");
        assertThat(vm.rows()).hasSize(1);
        assertThat(vm.loadingProperty().get()).isFalse();
    }
}
