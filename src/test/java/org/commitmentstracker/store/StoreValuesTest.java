package org.commitmentstracker.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StoreValuesTest {
    @Test
    void theStoresOwnShapesReadAsJavaTimeReadsThem() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochMilli(random.nextLong(-2_000_000_000_000L, 8_000_000_000_000L));
            String written = StoreValues.instant(instant);
            assertThat(StoreValues.instant(written)).as(written).isEqualTo(Instant.parse(written));
            LocalDate day = LocalDate.ofEpochDay(random.nextInt(-30_000, 80_000));
            assertThat(StoreValues.date(StoreValues.date(day))).isEqualTo(day);
        }
        assertThat(StoreValues.instant("2024-02-29T23:59:59.999Z")).isEqualTo(Instant.parse("2024-02-29T23:59:59.999Z"));
    }

    @Test
    void otherShapesAndBadValuesGoToJavaTime() {
        assertThat(StoreValues.instant("2025-10-01T08:00:00Z")).isEqualTo(Instant.parse("2025-10-01T08:00:00Z"));
        assertThat(StoreValues.instant(" ")).isNull();
        assertThat(StoreValues.date((String) null)).isNull();
        assertThatThrownBy(() -> StoreValues.date("2025-02-30")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> StoreValues.date("2025-1a-01")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> StoreValues.instant("2025-10-01T25:00:00.000Z")).isInstanceOf(DateTimeException.class);
    }
}
