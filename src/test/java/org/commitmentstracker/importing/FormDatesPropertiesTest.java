package org.commitmentstracker.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;
import org.commitmentstracker.extract.deadline.DateLikeTexts;

/** A date typed into an update form: anything typed gives a day or nothing; each accepted way reads back. */
class FormDatesPropertiesTest {
    /** The ways the form's help text accepts, each written out in full and in short. */
    static final String[] WAYS = {"dd/MM/uuuu", "d/M/uuuu", "dd-MM-uuuu", "d-M-uuuu", "dd.MM.uuuu", "d.M.uuuu",
        "uuuu-MM-dd", "uuuu-M-d", "uuuu/MM/dd"};

    @Property(tries = 1000)
    void anythingTypedGivesADayOrNothing(@ForAll("typed") String typed) {
        // Returning at all is the property: Optional.of(LocalDate) is a real day by construction.
        assertThat(FormDates.parse(typed)).isNotNull();
    }

    @Property(tries = 1000)
    void aDayWrittenInAnAcceptedWayReadsBack(@ForAll("days") LocalDate day, @ForAll("ways") String way,
            @ForAll("spaces") String before, @ForAll("spaces") String after) {
        String typed = before + day.format(DateTimeFormatter.ofPattern(way)) + after;
        assertThat(FormDates.parse(typed)).contains(day);
    }

    /** 31/02/2025 is refused, not moved to 3 March. */
    @Property(tries = 500)
    void aDayPastItsMonthsEndIsRefused(@ForAll("months") YearMonth month, @ForAll @IntRange(min = 1, max = 3) int past,
            @ForAll("ways") String way) {
        int day = Math.min(31, month.lengthOfMonth() + past);
        String typed = way.replace("uuuu", String.valueOf(month.getYear()))
                .replace("MM", String.format("%02d", month.getMonthValue())).replace("M", String.valueOf(month.getMonthValue()))
                .replace("dd", String.valueOf(day)).replace("d", String.valueOf(day));
        assertThat(FormDates.parse(typed)).as(typed).isEmpty();
    }

    @Provide
    Arbitrary<String> typed() {
        return Arbitraries.oneOf(DateLikeTexts.any(),
                Arbitraries.strings().withChars("0123456789/-.+ ").ofMaxLength(14));
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Dates.dates().between(LocalDate.of(1000, 1, 1), LocalDate.of(9999, 12, 31));
    }

    @Provide
    Arbitrary<String> ways() {
        return Arbitraries.of(WAYS);
    }

    @Provide
    Arbitrary<String> spaces() {
        return Arbitraries.of("", " ", "\t", "\u2003");
    }

    @Provide
    Arbitrary<YearMonth> months() {
        return Dates.yearMonths().yearBetween(1000, 9999).filter(m -> m.lengthOfMonth() < 31);
    }
}
