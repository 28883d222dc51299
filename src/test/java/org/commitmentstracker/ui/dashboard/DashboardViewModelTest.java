package org.commitmentstracker.ui.dashboard;

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

class DashboardViewModelTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-01T08:00:00Z"), ZoneOffset.UTC);
    static final Agency MOIT = new Agency(1, "MOIT", "Bộ Công Thương", "Ministry of Industry and Trade");

    static CommitmentOverview row(long id, String partner, Agency owner, Status status, LocalDate deadline) {
        return new CommitmentOverview(id, 1, "Statement", List.of(partner), null, String.valueOf(id), "Text " + id,
                Sector.ECO, owner, status, deadline, Instant.EPOCH);
    }

    @Test
    void figuresChartsAndNextDeadlines() {
        DashboardViewModel vm = new DashboardViewModel(() -> List.of(
                row(1, "Chile", MOIT, Status.COMPLETED, LocalDate.of(2025, 6, 30)),
                row(2, "Chile", MOIT, Status.IN_PROGRESS, LocalDate.of(2025, 9, 1)),
                row(3, "Peru", null, Status.NOT_STARTED, LocalDate.of(2025, 10, 20)),
                row(4, "Peru", MOIT, Status.AT_RISK, null)),
                TaskRunner.sameThread(), new Messages(Locale.ENGLISH), CLOCK);

        vm.refresh();

        assertThat(vm.loadedProperty().get()).isTrue();
        assertThat(vm.totalProperty().get()).isEqualTo(4);
        assertThat(vm.overdueProperty().get()).isEqualTo(1);
        assertThat(vm.dueSoonProperty().get()).isEqualTo(1);
        assertThat(vm.completedProperty().get()).isEqualTo(1);
        assertThat(vm.byStatus()).hasSize(4);
        assertThat(vm.byPartner()).containsExactly(new CompletionBar("Chile", 1, 2), new CompletionBar("Peru", 0, 2));
        assertThat(vm.byOwner()).containsExactly(new CompletionBar("(no owner)", 0, 1),
                new CompletionBar("Ministry of Industry and Trade", 1, 3));
        assertThat(vm.nextDeadlines()).extracting(DeadlineItem::ref).containsExactly("2", "3");
        assertThat(vm.nextDeadlines().get(0).overdue()).isTrue();
        assertThat(vm.nextDeadlines().get(0).date()).isEqualTo("01/09/2025");
    }

    @Test
    void inVietnameseThePartnersAreNamedInVietnamese() {
        DashboardViewModel vm = new DashboardViewModel(() -> List.of(
                row(1, "Hungary", MOIT, Status.COMPLETED, null),
                row(2, "Kazakhstan", MOIT, Status.IN_PROGRESS, LocalDate.of(2025, 12, 1))),
                TaskRunner.sameThread(), new Messages(Locale.forLanguageTag("vi")), CLOCK);

        vm.refresh();

        assertThat(vm.byPartner()).extracting(CompletionBar::name).containsExactly("Ca-dắc-xtan", "Hung-ga-ri");
        assertThat(vm.nextDeadlines()).extracting(DeadlineItem::partners).containsExactly("Ca-dắc-xtan");
    }
}
