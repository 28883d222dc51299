package org.commitmentstracker.extract.deadline;

import static org.commitmentstracker.extract.deadline.DatePatternParts.LEAD;
import static org.commitmentstracker.extract.deadline.DatePatternParts.RANGE;
import static org.commitmentstracker.extract.deadline.DatePatternParts.WORD_END;
import static org.commitmentstracker.extract.deadline.DatePatternParts.day;
import static org.commitmentstracker.extract.deadline.DatePatternParts.month;
import static org.commitmentstracker.extract.deadline.DatePatternParts.monthOf;
import static org.commitmentstracker.extract.deadline.DatePatternParts.viMonth;
import static org.commitmentstracker.extract.deadline.DatePatternParts.year;
import static org.commitmentstracker.extract.deadline.DateRule.mention;
import static org.commitmentstracker.extract.deadline.DateRule.number;

import java.util.List;
import java.util.regex.Matcher;
import org.commitmentstracker.extract.deadline.DateMention.Precision;

/**
 * Rules for single days and ranges of days, English and Vietnamese. A range gives its last day
 * (a visit "from May 5-7, 2025" ends on 7 May). Numeric dates are day first in both languages.
 */
final class DayRules {
    private static final String NUMERIC_END = "(?![\\p{N}/]|[.-]\\d)";

    private DayRules() {
    }

    static List<DateRule> rules() {
        return List.of(
                // May 5-7, 2025 / September 30 to October 1, 2024 / from June 19-20 (year given elsewhere)
                DateRule.of(10, LEAD + month("mon1") + "\\s+" + day("d1") + RANGE + "(?:" + month("mon2") + "\\s+)?"
                        + day("d2") + "(?:,?\\s+" + year("y") + ")?" + WORD_END, DayRules::lastOfRange),
                // 5-7 May 2025 / from 10 to 12 March 2025 / 30 September - 1 October 2024
                DateRule.of(10, LEAD + day("d1") + "(?:\\s+(?:of\\s+)?" + month("mon1") + ")?" + RANGE + day("d2")
                        + "\\s+(?:of\\s+)?" + month("mon2") + "(?:,?\\s+" + year("y") + ")?" + WORD_END, DayRules::lastOfRange),
                // 30/9-1/10/2024, 19-20/6/2024, từ ngày 30/9 đến ngày 1/10
                DateRule.of(10, LEAD + day("d1") + "(?:/(?<mon1>\\d{1,2}))?" + RANGE + day("d2") + "/(?<mon2>\\d{1,2})"
                        + "(?:/" + year("y") + ")?" + NUMERIC_END, DayRules::numericRange),
                // May 9, 2025 / May 9th 2025
                DateRule.of(20, LEAD + month("mon") + "\\s+" + day("d") + ",?\\s+" + year("y"), DayRules::named),
                // 9 May 2025 / 06 May 2025 / 9th of May, 2025
                DateRule.of(20, LEAD + day("d") + "\\s+(?:of\\s+)?" + month("mon") + ",?\\s+" + year("y"), DayRules::named),
                // "trước Tết Nguyên đán Bính Ngọ 2026", "before Tet 2026", "the Lunar New Year 2027": that year's Tết
                DateRule.of(15, LEAD + "(?:Tết(?:\\s+Nguyên\\s+Đán)?|Tet(?:\\s+holiday)?|(?:the\\s+)?Lunar\\s+New\\s+Year)"
                        + "(?:\\s+\\p{L}+\\s+\\p{L}+(?=\\s+\\d))?\\s+(?:năm\\s+)?" + year("y"), DayRules::lunarNewYear),
                // "on this 24th day of March, 2026": a treaty's closing words
                DateRule.of(20, LEAD + "(?:this\\s+|the\\s+)?" + day("d") + "\\s+day\\s+of\\s+" + month("mon") + ",?\\s+(?:in\\s+the\\s+year\\s+)?"
                        + year("y"), DayRules::named),
                // ngày 9 tháng 5 năm 2025
                DateRule.of(20, LEAD + "ngày\\s+" + day("d") + "\\s+tháng\\s+" + viMonth("mon") + "\\s*(?:năm|,|/)\\s*"
                        + year("y"), DayRules::named),
                // 09/05/2025, 9-5-2025, 9.5.2025 (day first)
                DateRule.of(20, LEAD + day("d") + "(?<sep>[/.-])(?<mon>\\d{1,2})\\k<sep>" + year("y") + NUMERIC_END,
                        DayRules::named),
                // 2025-05-09
                DateRule.of(20, LEAD + year("y") + "-(?<mon>\\d{2})-" + day("d") + NUMERIC_END, DayRules::named),
                // ngày 30/9 (the year from the statement's date)
                DateRule.of(90, LEAD + day("d") + "/(?<mon>\\d{1,2})" + NUMERIC_END, DayRules::yearlessNumeric),
                // on May 9 / by June 30
                DateRule.of(90, LEAD + month("mon") + "\\s+" + day("d") + "(?![\\p{N}]|,?\\s*\\d)", DayRules::yearless),
                // "Tuesday 10 March", "by 30 June": a day and month, the year left to the statement
                DateRule.of(90, LEAD + day("d") + "\\s+(?:of\\s+)?" + month("mon") + "(?![\\p{L}\\p{N}]|,?\\s*\\d)", DayRules::yearless));
    }

    private static DateMention lastOfRange(Matcher m, String text) {
        int month = m.group("mon2") != null ? monthOf(m, "mon2") : monthOf(m, "mon1");
        return mention(m, Precision.DAY, number(m, "y"), month, number(m, "d2"));
    }

    /** Without a year a bare "1/2-3/4" could be anything: it needs "ngày" before it. */
    private static DateMention numericRange(Matcher m, String text) {
        if (m.group("y") == null && !m.group().toLowerCase(java.util.Locale.ROOT).contains("ngày")) {
            return null;
        }
        return lastOfRange(m, text);
    }

    /** The first day of the lunar year (Tết), which the text names by its year only. */
    private static final java.util.Map<Integer, java.time.LocalDate> TET = java.util.Map.ofEntries(
            java.util.Map.entry(2024, java.time.LocalDate.of(2024, 2, 10)), java.util.Map.entry(2025, java.time.LocalDate.of(2025, 1, 29)),
            java.util.Map.entry(2026, java.time.LocalDate.of(2026, 2, 17)), java.util.Map.entry(2027, java.time.LocalDate.of(2027, 2, 6)),
            java.util.Map.entry(2028, java.time.LocalDate.of(2028, 1, 26)), java.util.Map.entry(2029, java.time.LocalDate.of(2029, 2, 13)),
            java.util.Map.entry(2030, java.time.LocalDate.of(2030, 2, 3)), java.util.Map.entry(2031, java.time.LocalDate.of(2031, 1, 23)),
            java.util.Map.entry(2032, java.time.LocalDate.of(2032, 2, 11)), java.util.Map.entry(2033, java.time.LocalDate.of(2033, 1, 31)),
            java.util.Map.entry(2034, java.time.LocalDate.of(2034, 2, 19)), java.util.Map.entry(2035, java.time.LocalDate.of(2035, 2, 8)));

    private static DateMention lunarNewYear(Matcher m, String text) {
        java.time.LocalDate tet = TET.get(number(m, "y"));
        return tet == null ? null : mention(m, Precision.DAY, tet.getYear(), tet.getMonthValue(), tet.getDayOfMonth());
    }

    private static DateMention named(Matcher m, String text) {
        return mention(m, Precision.DAY, number(m, "y"), monthOf(m, "mon"), number(m, "d"));
    }

    /** "ngày 30/9": "1/3" alone or after "đến" may be a fraction, so it needs "ngày". */
    private static DateMention yearlessNumeric(Matcher m, String text) {
        String lead = m.group("lead");
        return lead == null || !lead.toLowerCase(java.util.Locale.ROOT).contains("ngày") ? null : yearless(m, text);
    }

    /** "ngày 30/9", "on May 9": only after a preposition or "ngày", else "1/2" or "May 9" may be no date. */
    private static DateMention yearless(Matcher m, String text) {
        return m.group("lead") == null ? null : mention(m, Precision.DAY, null, monthOf(m, "mon"), number(m, "d"));
    }
}
