package org.commitmentstracker.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The date fields' reading (detail pane, bulk edit bar, report dialog, filters): what an
 * officer types is read or refused, never moved to another day or silently emptied.
 */
class LocalDateConverterTest {
    final List<String> refused = new ArrayList<>();
    final LocalDateConverter dates = new LocalDateConverter(new Messages(Locale.forLanguageTag("vi")), refused::add);

    @Test
    void readsDaysQuartersShortYearsAndIso() {
        assertThat(dates.fromString("31/12/2026")).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(dates.fromString("1/2/26")).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(dates.fromString("2027-03-31")).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(dates.fromString("quý III/2026")).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(dates.fromString("Quý 3/2026")).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(dates.fromString("Q3 2026")).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(dates.fromString("quý I năm 2027")).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(dates.fromString("q4/2026")).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(dates.fromString("  ")).as("an empty field clears the date").isNull();
        assertThat(refused).isEmpty();
    }

    @Test
    void refusesImpossibleAndUnreadableDatesInsteadOfMovingOrClearingThem() {
        for (String text : List.of("31/02/2026", "29/02/2027", "abc", "32/01/2026", "Q5 2026", "quý IIII/2026")) {
            assertThatThrownBy(() -> dates.fromString(text)).as(text).isInstanceOf(DateTimeParseException.class);
        }
        assertThat(refused).containsExactly("31/02/2026", "29/02/2027", "abc", "32/01/2026", "Q5 2026", "quý IIII/2026");
        assertThat(dates.toString(LocalDate.of(2026, 9, 30))).isEqualTo("30/09/2026");
    }
}
