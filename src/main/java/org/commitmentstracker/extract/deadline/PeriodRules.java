package org.commitmentstracker.extract.deadline;

import static org.commitmentstracker.extract.deadline.DatePatternParts.LEAD;
import static org.commitmentstracker.extract.deadline.DatePatternParts.TO_YEAR;
import static org.commitmentstracker.extract.deadline.DatePatternParts.WORD_END;
import static org.commitmentstracker.extract.deadline.DatePatternParts.WORD_START;
import static org.commitmentstracker.extract.deadline.DatePatternParts.month;
import static org.commitmentstracker.extract.deadline.DatePatternParts.monthOf;
import static org.commitmentstracker.extract.deadline.DatePatternParts.viMonth;
import static org.commitmentstracker.extract.deadline.DatePatternParts.year;
import static org.commitmentstracker.extract.deadline.DateRule.mention;
import static org.commitmentstracker.extract.deadline.DateRule.number;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.commitmentstracker.extract.deadline.DateMention.Precision;

/**
 * Rules for periods longer than a day: quarters, halves, year ends, months, ranges of years and
 * years, each read as its last day. Vague words before a year ("early 2026") take the span and
 * give nothing.
 */
final class PeriodRules {
    private static final String NOT_A_RANGE = "(?!\\s*[-/]\\s*\\d)";
    private static final String COUNT_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|ba|sáu|chín";
    private static final Map<String, Integer> COUNTS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("ba", 3), Map.entry("sáu", 6), Map.entry("chín", 9));
    private static final Map<String, Integer> QUARTERS = Map.ofEntries(Map.entry("first", 1), Map.entry("1st", 1),
            Map.entry("second", 2), Map.entry("2nd", 2), Map.entry("third", 3), Map.entry("3rd", 3),
            Map.entry("fourth", 4), Map.entry("4th", 4), Map.entry("last", 4), Map.entry("i", 1), Map.entry("ii", 2),
            Map.entry("iii", 3), Map.entry("iv", 4), Map.entry("một", 1), Map.entry("hai", 2), Map.entry("ba", 3),
            Map.entry("bốn", 4), Map.entry("tư", 4), Map.entry("1", 1), Map.entry("2", 2), Map.entry("3", 3),
            Map.entry("4", 4), Map.entry("đầu", 1), Map.entry("cuối", 4));

    private PeriodRules() {
    }

    static List<DateRule> rules() {
        String vague = CueWords.entries("vague").stream().filter(e -> e.value().isEmpty())
                .map(e -> Pattern.quote(e.phrase()).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
        return List.of(
                // the third quarter of 2025 / Q3 2025 / quý III/2025 / quý 3 năm 2025
                DateRule.of(30, LEAD + WORD_START + "(?:(?<q>first|second|third|fourth|last|1st|2nd|3rd|4th)\\s+quarter|Q(?<qn>\\d)"
                        + "|quý\\s+(?<qv>[ivx]+|\\d{1,2}|một|hai|ba|bốn|tư|đầu|cuối)" + WORD_END + ")" + TO_YEAR + "(?:the\\s+year\\s+)?"
                        + year("y"), PeriodRules::quarter),
                // the first half of 2026 / H1 2026 / nửa đầu năm 2026
                DateRule.of(30, LEAD + WORD_START + "(?:(?<h>first|second|1st|2nd|last|latter)\\s+half\\s+(?:of\\s+)?(?:the\\s+year\\s+)?"
                        + "|H(?<hn>[12])\\s*[-/]?\\s*|nửa\\s+(?<hv>đầu|cuối|sau)\\s+(?:của\\s+)?năm\\s+)" + year("y"),
                        PeriodRules::half),
                // the first six months of 2026 / 6 tháng đầu năm 2026 / 6 tháng cuối năm 2025
                DateRule.of(30, LEAD + WORD_START + "(?:(?:the\\s+)?first\\s+(?<n>\\d{1,2}|" + COUNT_WORDS + ")\\s+months\\s+of\\s+"
                        + "(?:the\\s+year\\s+)?|(?<nv>\\d{1,2}|" + COUNT_WORDS + ")\\s+tháng\\s+(?<w>đầu|cuối)\\s+(?:của\\s+)?năm\\s+)"
                        + year("y"), PeriodRules::firstMonths),
                // mid-2026 / giữa năm 2026
                DateRule.of(30, LEAD + WORD_START + "(?:mid-?\\s*(?:year\\s+)?|giữa\\s+năm\\s+)" + year("y"),
                        m -> mention(m, Precision.HALF, number(m, "y"), 6, 30)),
                // early 2026 / đầu năm 2026: vague, no deadline
                DateRule.of(35, "(?<lead>)" + WORD_START + "(?:" + vague + ")\\s+(?:(?:of|năm)\\s+)?(?:the\\s+)?(?:year\\s+)?" + year("y"),
                        (m, t) -> DateRule.rejected(m)),
                // by the end of 2026 / year-end 2026 / late 2026 / cuối năm 2026 / hết năm 2026
                DateRule.of(40, LEAD + WORD_START + "(?:(?:the\\s+)?end\\s+of\\s+(?:the\\s+year\\s+)?|year-end\\s+|end-|late[-\\s]+"
                        + "|cuối\\s+năm\\s+|hết\\s+năm\\s+)" + year("y"), m -> mention(m, Precision.YEAR, number(m, "y"), 12, 31)),
                // July 2025 / tháng 7/2025 / tháng 7 năm 2025 / cuối tháng Bảy năm 2025
                DateRule.of(50, LEAD + month("mon") + TO_YEAR + year("y"), PeriodRules::monthYear),
                DateRule.of(50, LEAD + WORD_START + "(?:cuối\\s+|hết\\s+)?tháng\\s+" + viMonth("mon") + TO_YEAR + year("y"), PeriodRules::monthYear),
                // the academic year 2027/28, the 2026-2027 school year, năm học 2025-2026: its last year's end, as a period of years
                DateRule.of(60, "(?<lead>)" + WORD_START + "(?:(?:the\\s+)?(?:academic|school|fiscal|financial)\\s+year\\s+|năm\\s+học\\s+|năm\\s+tài\\s+chính\\s+)?"
                        + year("y1") + "\\s*[-/]\\s*(?<y2>\\d{2}|\\d{4})(?:\\s+(?:academic|school|fiscal|financial)\\s+year)?" + WORD_END,
                        PeriodRules::schoolYear),
                // a term of office ("for the term 2026-2028", "nhiệm kỳ 2026-2028"): when a seat is held, not a deadline
                DateRule.of(65, "(?<lead>)" + WORD_START + "(?:(?:the\\s+)?term\\s+(?:of\\s+(?:office\\s+)?)?|nhiệm\\s+kỳ\\s+)(?:năm\\s+)?"
                        + year("y1") + "\\s*(?:-|to|đến)\\s*(?:năm\\s+)?" + year("y2"), (m, t) -> DateRule.rejected(m)),
                // 2021-2025 / the period 2026-2030 / giai đoạn 2021-2025 / từ năm 2025 đến năm 2030
                DateRule.of(70, LEAD + "(?:(?:the\\s+)?period\\s+(?:of\\s+)?|giai\\s+đoạn\\s+|thời\\s+kỳ\\s+)?"
                        + "(?:năm\\s+)?" + year("y1") + "\\s*(?:-|to|until|đến|tới)\\s*(?:năm\\s+)?" + year("y2"), PeriodRules::period),
                // in 2025 / by 2030 / before 2030 / until 2030 / since 2012 (a preposition is required in English)
                DateRule.of(80, "(?<lead>" + WORD_START + "(?:no later than|not later than|(?:in|during|over)\\s+the\\s+course\\s+of|by|before|in|until|till|through|during"
                        + "|within|since|for|from|towards?)\\s+(?:the\\s+)?(?:year\\s+)?)" + year("y") + NOT_A_RANGE,
                        m -> mention(m, Precision.YEAR, number(m, "y"), 12, 31)),
                // năm 2025 / trong năm 2025 / đến năm 2030
                DateRule.of(80, LEAD + WORD_START + "năm\\s+" + year("y") + NOT_A_RANGE, m -> mention(m, Precision.YEAR, number(m, "y"), 12, 31)),
                // "| 2026 |": a table's time-frame cell that holds the year alone (cells split by "|" or a tab)
                DateRule.of(90, "(?<lead>)(?<=[|\\t][ ]{0,3})" + year("y") + "(?=[ ]*(?:[|\\t]|$))",
                        m -> mention(m, Precision.YEAR, number(m, "y"), 12, 31)),
                // the APEC Year 2027 / hosting ASEAN 2026: a bare year after an event's name
                DateRule.of(100, "(?<lead>)" + year("y") + NOT_A_RANGE, EventYears::read));
    }

    private static DateMention quarter(Matcher m, String text) {
        String q = m.group("q") != null ? m.group("q") : m.group("qn") != null ? m.group("qn") : m.group("qv");
        Integer n = QUARTERS.get(q.toLowerCase(Locale.ROOT));
        return n == null ? DateRule.rejected(m) : mention(m, Precision.QUARTER, number(m, "y"), n * 3, null);
    }

    private static DateMention half(Matcher m, String text) {
        String h = m.group("h") != null ? m.group("h") : m.group("hn") != null ? m.group("hn") : m.group("hv");
        boolean first = List.of("first", "1st", "1", "đầu").contains(h.toLowerCase(Locale.ROOT));
        return mention(m, Precision.HALF, number(m, "y"), first ? 6 : 12, first ? 30 : 31);
    }

    /** "the first N months of Y" ends with month N; "N tháng cuối năm Y" ends with the year. */
    private static DateMention firstMonths(Matcher m, String text) {
        String n = m.group("n") != null ? m.group("n") : m.group("nv");
        Integer count = COUNTS.get(n.toLowerCase(Locale.ROOT));
        int months = count != null ? count : Integer.parseInt(n);
        boolean last = "cuối".equalsIgnoreCase(m.group("w"));
        return mention(m, Precision.MONTH, number(m, "y"), last ? 12 : months, null);
    }

    private static DateMention monthYear(Matcher m, String text) {
        return mention(m, Precision.MONTH, number(m, "y"), monthOf(m, "mon"), null);
    }

    /** "2027/28" or "2026-2027" named as a school or fiscal year; null (another rule) when no such word is there. */
    private static DateMention schoolYear(Matcher m, String text) {
        String all = m.group().toLowerCase(Locale.ROOT);
        if (!all.contains("year") && !all.contains("năm học") && !all.contains("tài chính")) {
            return null;
        }
        Integer from = number(m, "y1");
        String y2 = m.group("y2");
        int to = y2.length() == 2 ? from / 100 * 100 + Integer.parseInt(y2) : Integer.parseInt(y2);
        // a year, not a period: "a programme for the academic year 2027/28" names no document
        return to < from || to > from + 1 ? null : mention(m, Precision.YEAR, to, 12, 31);
    }

    private static DateMention period(Matcher m, String text) {
        Integer from = number(m, "y1");
        Integer to = number(m, "y2");
        return to < from ? null : mention(m, Precision.PERIOD, to, 12, 31);
    }
}
