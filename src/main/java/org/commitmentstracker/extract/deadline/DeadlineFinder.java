package org.commitmentstracker.extract.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Finds the deadline a unit's text ties to its action (the rubric's "deadline" field): every date
 * the text names, less those that date something past, an anniversary or a document's name; of
 * the rest, the earliest. The earliest because a unit that names several future dates mostly
 * orders them ("Culture Day in Kazakhstan in 2025 and in Vietnam in 2026") and the first one is
 * the first thing to follow up; a target year usually comes last ("... by 2030").
 */
public final class DeadlineFinder {
    private static final java.util.regex.Pattern BEFORE_YEAR =
            java.util.regex.Pattern.compile("(?:before|prior to|trước)(?: (?:the year|năm))?");
    /** The year alone ("2027", "năm 2027"), not "cuối năm 2027" or "the end of 2027", which name the year's end. */
    private static final java.util.regex.Pattern BARE_YEAR =
            java.util.regex.Pattern.compile("(?:(?:the year|năm) )?\\d{4}", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final Pattern THIS_YEAR = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:(?:ngay\\s+)?trong\\s+năm\\s+nay|(?:cuối|hết)\\s+năm\\s+nay"
            + "|within\\s+this\\s+year|later\\s+this\\s+year|(?:by|before)\\s+the\\s+(?:end|close)\\s+of\\s+this\\s+year)(?![\\p{L}\\p{N}])");
    private static final Pattern TARGET_LEAD = Pattern.compile("(?:by|before|no later than|not later than|until|till|trước|đến|tới"
            + "|chậm nhất(?: là)?|muộn nhất(?: là)?)(?: (?:the )?(?:end of|year|năm|cuối năm))?(?: the)?");
    private static final Pattern NEW_ACTION = Pattern.compile("(?:,|;|\\band)\\s+to\\s+(?!be\\b)\\p{L}+");
    private static final Pattern LIST_BREAK = Pattern.compile("[.!?](?:\\s|$)|\\n");
    private final DateScanner scanner = new DateScanner();
    private final Map<String, MentionJudge> judges = new ConcurrentHashMap<>();

    public DeadlineFinder() {
    }

    /**
     * The deadline, or empty when the text ties no date to its action.
     *
     * @param language      "en" or "vi" (picks the word lists; anything else uses both)
     * @param statementDate the statement's own date, or null: dates before it are past, and it gives
     *                      a year to "30/9"; without it such day-and-month dates give nothing
     */
    public Optional<Deadline> find(String text, String language, LocalDate statementDate) {
        return find(text, language, statementDate, null);
    }

    /**
     * The same, reading the dates of {@code text} from its statement's scan where that gives the same.
     *
     * @param statement the whole statement the text is part of, scanned once; null to scan the text alone
     */
    public Optional<Deadline> find(String text, String language, LocalDate statementDate, ScannedText statement) {
        String norm = DateScanner.normalize(text);
        if (norm.isBlank()) {
            return Optional.empty();
        }
        MentionJudge judge = judges.computeIfAbsent(language == null ? "" : language, MentionJudge::new);
        List<DateMention> known = statement == null ? null : statement.mentionsOf(norm);
        List<DateMention> mentions = known != null ? known : scanner.scan(norm);
        Set<DateMention> anniversaries = judge.anniversaryDates(norm, mentions);
        List<Deadline> kept = new ArrayList<>();
        DateMention previous = null;
        boolean previousPast = false;
        for (DateMention m : mentions) {
            LocalDate date = m.year() != null ? m.date()
                    : statementDate != null ? m.dateIn(statementDate.getYear()) : null;
            // A list after a past date stays past, across ';' too: "established in 2012; ... in 2024; ... in 2025".
            // ... but "which reached USD 480 million in 2024, by 2030" names a target: "by" is no part of the list
            boolean chained = previousPast && !LIST_BREAK.matcher(norm.substring(previous.end(), m.start())).find()
                    && !judge.futureBetween(norm, previous.end(), m.start()) && !TARGET_LEAD.matcher(m.lead(norm)).matches()
                    // "... signed in 2008, to hold a meeting ... in the third quarter of 2026": a new action
                    && !NEW_ACTION.matcher(norm.substring(previous.end(), m.start())).find();
            boolean past = chained || judge.pastMarked(norm, m)
                    || date != null && statementDate != null && date.isBefore(statementDate);
            previous = m;
            previousPast = past;
            if (!past && date != null && !anniversaries.contains(m) && !judge.namesDocument(norm, m)) {
                kept.add(new Deadline(beforeYear(norm, m) ? LocalDate.of(date.getYear() - 1, 12, 31)
                        : beforeMonth(norm, m) ? date.withDayOfMonth(1).minusDays(1) : date, m.cue()));
            }
        }
        Optional<Deadline> earliest = kept.stream().min(Comparator.comparing(Deadline::date));
        if (earliest.isEmpty() && statementDate != null) {
            // "within this year", "ngay trong năm nay": the end of the statement's own year (no number to scan)
            java.util.regex.Matcher thisYear = THIS_YEAR.matcher(norm);
            if (thisYear.find()) {
                return Optional.of(new Deadline(LocalDate.of(statementDate.getYear(), 12, 31), thisYear.group().strip()));
            }
        }
        return earliest;
    }

    /** "before October 2026", "trước tháng 10/2026": done by the end of the month before. */
    private static boolean beforeMonth(String norm, DateMention m) {
        return m.precision() == DateMention.Precision.MONTH && BEFORE_YEAR.matcher(m.lead(norm)).matches()
                && !norm.substring(m.coreStart(), m.end()).toLowerCase(java.util.Locale.ROOT).matches("(?:cuối|hết|end).*");
    }

    /** "before 2027", "trước năm 2027": done by the end of the year before, not of 2027 itself. */
    private static boolean beforeYear(String norm, DateMention m) {
        return m.precision() == DateMention.Precision.YEAR && BEFORE_YEAR.matcher(m.lead(norm)).matches()
                && BARE_YEAR.matcher(norm.substring(m.coreStart(), m.end())).matches();
    }
}
