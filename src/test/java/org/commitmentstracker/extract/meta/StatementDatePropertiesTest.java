package org.commitmentstracker.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.commitmentstracker.extract.deadline.DateLikeTexts;
import org.commitmentstracker.extract.deadline.WrittenDates;
import org.commitmentstracker.extract.segment.StatementTexts;

/** A statement's own date: any text gives one or none without throwing; the day it was adopted reads back. */
class StatementDatePropertiesTest {
    final MetadataExtractor extractor = new MetadataExtractor();

    @Property(tries = 300)
    void anyTextGivesADateOfTheYearsItCanNameOrNone(@ForAll("texts") String text) {
        StatementMetadata metadata = extractor.extract(text);
        // A year is read from 1900 to 2199; a visit written without one may take the year before or after.
        if (metadata.date() != null) {
            assertThat(metadata.date().getYear()).isBetween(1899, 2200);
        }
        assertThat(metadata.language()).isIn("en", "vi");
    }

    @Property(tries = 500)
    void theDayOnThePlaceLineIsTheStatementsDate(@ForAll(supplier = WrittenDates.Real.class) WrittenDates.Written day) {
        String statement = "JOINT STATEMENT BETWEEN VIET NAM AND CHILE\n\n"
                + "1. The two sides agreed to raise two-way trade to USD 3 billion.\n\n"
                + "2. Viet Nam and Chile will sign a memorandum of understanding on fisheries.\n\n"
                + "Hà Nội, " + day.text();
        assertThat(extractor.extract(statement).date()).isEqualTo(day.date());
    }

    @Property(tries = 300)
    void aDayPastItsMonthsEndIsNoStatementDate(@ForAll(supplier = WrittenDates.Impossible.class) WrittenDates.Written day) {
        String statement = "JOINT STATEMENT BETWEEN VIET NAM AND CHILE\n\n"
                + "This Joint Statement was adopted in Ha Noi on " + day.text() + ".";
        assertThat(extractor.extract(statement).date()).isNull();
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(DateLikeTexts.any(), StatementTexts.messy());
    }
}
