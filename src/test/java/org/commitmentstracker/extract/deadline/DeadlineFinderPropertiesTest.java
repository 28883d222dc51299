package org.commitmentstracker.extract.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;

/** The deadline of any text, in any language setting, never throws, comes from the text and is not past. */
class DeadlineFinderPropertiesTest {
    final DeadlineFinder finder = new DeadlineFinder();

    @Property(tries = 1000)
    void anyTextGivesNoDeadlineOrOneItWritesOnOrAfterTheStatement(@ForAll(supplier = DateLikeTexts.Any.class) String text,
            @ForAll("languages") String language, @ForAll("statementDays") Optional<LocalDate> statementDate) {
        Optional<Deadline> deadline = finder.find(text, language, statementDate.orElse(null));
        deadline.ifPresent(d -> {
            assertThat(d.cue()).isNotBlank();
            assertThat(DateScanner.normalize(text)).contains(d.cue());
            statementDate.ifPresent(day -> assertThat(d.date()).isAfterOrEqualTo(day));
        });
    }

    @Property(tries = 500)
    void aCommitmentDatedOnAWrittenDayHasThatDeadline(@ForAll(supplier = WrittenDates.Real.class) WrittenDates.Written day,
            @ForAll @IntRange(min = 0, max = 3000) int daysBefore) {
        String text = day.text().startsWith("ngày") ? "Hai bên sẽ ký Hiệp định vào " + day.text() + "."
                : "The two sides will sign the agreement on " + day.text() + ".";
        LocalDate statementDate = day.date().minusDays(daysBefore);
        assertThat(finder.find(text, day.text().startsWith("ngày") ? "vi" : "en", statementDate))
                .map(Deadline::date).contains(day.date());
    }

    @Property(tries = 300)
    void anImpossibleDayIsNoDeadline(@ForAll(supplier = WrittenDates.Impossible.class) WrittenDates.Written day) {
        assertThat(finder.find("The two sides will sign the agreement on " + day.text() + ".", "en", null)).isEmpty();
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of("en", "vi", "", "fr").injectNull(0.1);
    }

    @Provide
    Arbitrary<Optional<LocalDate>> statementDays() {
        return Dates.dates().between(LocalDate.of(1990, 1, 1), LocalDate.of(2100, 12, 31)).optional();
    }
}
