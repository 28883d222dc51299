package org.commitmentstracker.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DeadlinesTest {
    static final LocalDate TODAY = LocalDate.of(2025, 10, 1);

    @Test
    void overdueIsAPassedDeadlineOfAnOpenCommitment() {
        LocalDate yesterday = TODAY.minusDays(1);
        assertThat(Deadlines.isOverdue(Status.IN_PROGRESS, yesterday, TODAY)).isTrue();
        assertThat(Deadlines.isOverdue(Status.PARTIALLY_COMPLETED, yesterday, TODAY)).isTrue();
        assertThat(Deadlines.isOverdue(Status.COMPLETED, yesterday, TODAY)).isFalse();
        assertThat(Deadlines.isOverdue(Status.DROPPED, yesterday, TODAY)).isFalse();
        assertThat(Deadlines.isOverdue(Status.NOT_STARTED, TODAY, TODAY)).isFalse();
        assertThat(Deadlines.isOverdue(Status.NOT_STARTED, null, TODAY)).isFalse();
    }

    @Test
    void dueSoonIsWithinThirtyDays() {
        assertThat(Deadlines.isDueSoon(Status.NOT_STARTED, TODAY, TODAY)).isTrue();
        assertThat(Deadlines.isDueSoon(Status.NOT_STARTED, TODAY.plusDays(30), TODAY)).isTrue();
        assertThat(Deadlines.isDueSoon(Status.NOT_STARTED, TODAY.plusDays(31), TODAY)).isFalse();
        assertThat(Deadlines.isDueSoon(Status.COMPLETED, TODAY.plusDays(3), TODAY)).isFalse();
        assertThat(Deadlines.isDueSoon(Status.AT_RISK, TODAY.minusDays(1), TODAY)).isFalse();
    }

    @Test
    void sectorsAreFoundByCode() {
        assertThat(Sector.fromCode("eco")).contains(Sector.ECO);
        assertThat(Sector.fromCode(" HEA ")).contains(Sector.HEA);
        assertThat(Sector.fromCode("XYZ")).isEmpty();
        assertThat(Sector.fromCode(null)).isEmpty();
    }
}
