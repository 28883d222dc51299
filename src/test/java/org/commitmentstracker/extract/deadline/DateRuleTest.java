package org.commitmentstracker.extract.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DateRuleTest {
    @Test
    void aRuleNeedsAYearOnlyWhenItsPatternHoldsOneThatIsNotOptional() {
        String year = DatePatternParts.year("y");
        assertThat(DateRule.needsYear(DatePatternParts.LEAD + "năm\\s+" + year)).isTrue();
        assertThat(DateRule.needsYear("(?<lead>)[|(\\[]" + year)).isTrue();
        // optional, in one alternative only, or a day (which opens like a year)
        assertThat(DateRule.needsYear(DatePatternParts.day("d") + "(?:,?\\s+" + year + ")?")).isFalse();
        assertThat(DateRule.needsYear("Tet|" + year)).isFalse();
        assertThat(DateRule.needsYear("(?:" + year + ")")).isFalse();
        assertThat(DateRule.needsYear(DatePatternParts.day("d") + "/(?<mon>\\d{1,2})")).isFalse();
    }

    @Test
    void theRulesThatNeedAYearAreThoseWhoseEveryMatchHoldsOne() {
        for (DateRule rule : DateScanner.RULES) {
            // "ngày 30/9", "on May 9", "5-7 May": the rules that may match without a year
            boolean yearless = rule.pattern().matcher("ngày 30/9").find() || rule.pattern().matcher("on May 9").find()
                    || rule.pattern().matcher("from 5-7 May").find() || rule.pattern().matcher("May 5-7").find()
                    || rule.pattern().matcher("19-20/6").find();
            assertThat(rule.needsYear()).as(rule.pattern().pattern()).isEqualTo(!yearless);
        }
    }
}
