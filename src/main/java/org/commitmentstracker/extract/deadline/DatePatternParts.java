package org.commitmentstracker.extract.deadline;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

/** Pieces of the date patterns, shared by the rules, and the month names of months.txt. */
final class DatePatternParts {
    /** A word starts here: no letter or digit before. */
    static final String WORD_START = "(?<![\\p{L}\\p{N}])";
    /** A word ends here: no letter or digit after. */
    static final String WORD_END = "(?![\\p{L}\\p{N}])";
    /** Between the two ends of a range: "5-7", "10 to 12", "30/9 đến 1/10". */
    static final String RANGE = "\\s*(?:-|to|and|until|till|đến(?:\\s+ngày)?|tới(?:\\s+ngày)?)\\s*";
    /** Between a month, quarter or "năm" and its year: "tháng 7/2025", "quý III năm 2025", "July, 2025". */
    static final String TO_YEAR = "\\s*(?:/|-|,\\s*năm|năm|,)?\\s*(?:of\\s+)?";

    private static final String LEAD_WORDS = String.join("|", "no later than", "not later than", "by", "before",
            "in", "on", "until", "till", "through", "during", "within", "from", "since", "for", "at", "as of",
            "towards?", "to", "between", "trước", "đến", "tới", "vào", "trong", "từ", "kể từ", "cho đến", "sang",
            "hết", "chậm nhất là", "muộn nhất là", "ngày");
    /** The preposition(s) before a date, optional: "by the", "trước ngày", "in". */
    static final String LEAD = "(?<lead>" + WORD_START + "(?:(?:" + LEAD_WORDS + ")\\s+){1,2}(?:the\\s+)?)?";
    /** What {@link #LEAD} opens with when it is not empty: a lead word and a space. */
    static final String LEAD_OPENING = WORD_START + "(?:" + LEAD_WORDS + ")\\s";

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final String EN_MONTHS = names("en");
    private static final String VI_MONTHS = names("vi");

    private DatePatternParts() {
    }

    static String year(String group) {
        return "(?<![\\p{N}])(?<" + group + ">(?:19|20|21)\\d{2})" + WORD_END;
    }

    static String day(String group) {
        return "(?<![\\p{N}])(?<" + group + ">[0-3]?\\d)(?:st|nd|rd|th)?";
    }

    /** An English month name, capitalised or in capitals, with an optional dot after an abbreviation. */
    static String month(String group) {
        return "(?<" + group + ">" + EN_MONTHS + ")\\.?" + WORD_END;
    }

    /** A Vietnamese month after "tháng": digits or a capitalised name ("tháng Bảy"). */
    static String viMonth(String group) {
        return "(?<" + group + ">\\d{1,2}(?![\\p{N}])|" + VI_MONTHS + WORD_END + ")";
    }

    /** The month a group holds, by name or by digits; 0 when the group did not match. */
    static int monthOf(Matcher m, String group) {
        String s = m.group(group);
        if (s == null) {
            return 0;
        }
        Integer byName = MONTHS.get(s.replace(".", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
        return byName != null ? byName : s.length() <= 2 && s.chars().allMatch(Character::isDigit) ? Integer.parseInt(s) : 0;
    }

    private static String names(String language) {
        List<CueWords.Entry> entries = CueWords.entries("months", language);
        entries.forEach(e -> MONTHS.put(e.phrase().toLowerCase(Locale.ROOT), Integer.valueOf(e.value())));
        // Case-sensitive inside the case-insensitive patterns: Title case or all capitals.
        return "(?-i:" + entries.stream().map(CueWords.Entry::phrase)
                .sorted(Comparator.comparingInt(String::length).reversed())
                .flatMap(n -> java.util.stream.Stream.of(n, n.toUpperCase(Locale.ROOT)))
                .map(n -> n.replace(" ", "\\s+"))
                .collect(Collectors.joining("|")) + ")";
    }
}
