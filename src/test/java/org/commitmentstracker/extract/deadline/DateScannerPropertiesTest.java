package org.commitmentstracker.extract.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.commitmentstracker.extract.deadline.DateMention.Precision;

/** The date scanner on any text never throws and gives well-formed mentions; written days read back. */
class DateScannerPropertiesTest {
    final DateScanner scanner = new DateScanner();

    /** Found by the property below: a reader that widens its match backwards overlapped the mention before. */
    @Example
    void aWidenedMentionNeverOverlapsTheOneBefore() {
        anyTextGivesMentionsInsideItInOrderWithRealDates("by by Year Plan1900 1900 ");
    }

    @Property(tries = 1000)
    void anyTextGivesMentionsInsideItInOrderWithRealDates(@ForAll(supplier = DateLikeTexts.Any.class) String text) {
        String norm = DateScanner.normalize(text);
        List<DateMention> mentions = scanner.scan(norm);
        int previousEnd = 0;
        for (DateMention m : mentions) {
            assertThat(m.start()).as("%s starts after the mention before", m).isGreaterThanOrEqualTo(previousEnd);
            assertThat(m.start() <= m.coreStart() && m.coreStart() < m.end() && m.end() <= norm.length())
                    .as("%s lies inside the text", m).isTrue();
            assertThat(m.cue()).isEqualTo(norm.substring(m.start(), m.end()));
            assertThat(m.precision()).isNotEqualTo(Precision.NONE);
            assertThat(m.month()).isBetween(1, 12);
            if (m.year() != null) {
                assertThat(m.year()).isBetween(1900, 2199);
                assertThat(m.date()).as("%s is a day of the calendar", m).isNotNull();
            } else {
                assertThat(m.precision()).isEqualTo(Precision.DAY);
                assertThat(m.dateIn(2024)).as("%s is a day of a leap year", m).isNotNull();
            }
            previousEnd = m.end();
        }
    }

    /** The offsets of the mentions are into this text: one character for each of the NFC text. */
    @Property(tries = 1000)
    void normalizingKeepsTheLengthOfTheNfcTextAndIsIdempotent(@ForAll(supplier = DateLikeTexts.Any.class) String text) {
        String norm = DateScanner.normalize(text);
        assertThat(norm).hasSameSizeAs(Normalizer.normalize(text, Normalizer.Form.NFC));
        assertThat(DateScanner.normalize(norm)).isEqualTo(norm);
    }

    @Property(tries = 1000)
    void aWrittenDayIsReadAsThatDay(@ForAll(supplier = WrittenDates.Real.class) WrittenDates.Written day) {
        String norm = DateScanner.normalize("The two sides will sign the agreement on " + day.text() + " in the capital.");
        assertThat(scanner.scan(norm)).singleElement().satisfies(m -> {
            assertThat(m.date()).isEqualTo(day.date());
            assertThat(m.precision()).isEqualTo(Precision.DAY);
            assertThat(m.cue()).endsWith(DateScanner.normalize(day.text()));
        });
    }

    /** 31/02/2025 is refused, not rolled over to 3 March; nor is its month or year taken instead. */
    @Property(tries = 500)
    void aDayPastItsMonthsEndIsNoDate(@ForAll(supplier = WrittenDates.Impossible.class) WrittenDates.Written day) {
        String norm = DateScanner.normalize("Hai bên sẽ ký Hiệp định vào " + day.text() + " tại Hà Nội.");
        assertThat(scanner.scan(norm)).isEmpty();
    }
}
