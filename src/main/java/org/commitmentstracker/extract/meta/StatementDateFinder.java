package org.commitmentstracker.extract.meta;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commitmentstracker.extract.deadline.DateMention;
import org.commitmentstracker.extract.deadline.DateMention.Precision;
import org.commitmentstracker.extract.deadline.PastReports;
import org.commitmentstracker.extract.deadline.Sentences;
import org.commitmentstracker.extract.deadline.WorkMeter;
import org.commitmentstracker.extract.text.LeadingWords;

/**
 * The statement's date: the day its adoption sentence names ("held talks in Canberra on 4 June 2025
 * and adopted this Joint Statement", "Tuyên bố chung được thông qua sáng 7/6", "Done at Ha Noi on ..."),
 * else its dateline ("Hà Nội, ngày 20 tháng 6 năm 2024"), else the last day of the visit. A day
 * written without a year takes it from, in order: the same day written with a year elsewhere, the
 * dateline, the publication timestamp (the year such that the day is not after it), the title, and
 * only failing all of these the latest period the text reports a figure for. Else null.
 */
final class StatementDateFinder {
    private static final Pattern ADOPTION_VERB = Pattern.compile(
            "(?iu)(?:adopted|signed|issued|made|released|thông qua|ký kết|ký|ban hành|công bố|được ra)(?:\\s+\\S+){0,6}\\s*$"
            // "Done in Hanoi, Viet Nam on this": a treaty's closing names its place first
            + "|(?:done|làm)(?:\\s+\\S+){0,10}\\s*$");
    private static final Pattern STATEMENT_NOUN = Pattern.compile(
            "(?iu)statement|declaration|communiqu|action plan|joint vision|tuyên bố|thông cáo|văn kiện|kế hoạch hành động"
            + "|tầm nhìn chung|^\\s*(?:done|làm|signed|ký|adopted|issued|thông qua)\\b");
    /** "On 25 February 2026, ... held talks ... and adopted this Joint Statement": the adoption later in the sentence. */
    private static final Pattern ADOPTED_THIS = Pattern.compile("(?iu)\\b(?:adopted|issued|signed|released)\\s+(?:this|the\\s+present)"
            + "\\s+(?:joint\\s+)?(?:statement|declaration|communiqu|vision|action\\s+plan)"
            + "|(?:thông qua|ra|ký|công bố)\\s+(?:bản\\s+)?(?:tuyên bố|thông cáo|tầm nhìn|kế hoạch)(?:\\s+\\S+){0,3}?\\s+này\\b");
    /**
     * A sentence that cites the document this one follows ("Căn cứ Tuyên bố chung ... ký ngày 20/1/2025",
     * "Pursuant to the Joint Statement signed on ..."): its date is the cited document's.
     */
    private static final Pattern CITING = Pattern.compile("(?iu)^[\\s\\p{P}\\d]*(?:căn cứ|thực hiện|triển khai|trên cơ sở|pursuant to"
            + "|in pursuance of|further to|in implementation of|implementing|recalling|based on|on the basis of)\\b");
    private static final Pattern THIS = Pattern.compile("(?iu)\\b(?:this|the present|này)\\b");
    /** "... đã ký Chương trình hành động ...", "... signed the Action Plan": the document named as adopted, later in a sentence a date opens. */
    private static final LeadingWords ADOPTED_LATER = LeadingWords.of(Pattern.compile("(?iu)\\b(?:adopted|issued|signed|released|thông qua|ra|ký|công bố)"
            + "\\s+(?:this\\s+|the\\s+(?:following\\s+|present\\s+)?|a\\s+|bản\\s+)?(?:joint\\s+)?(?:press\\s+)?(?:statement|declaration|communiqu|vision|action\\s+plan|plan\\s+of\\s+action"
            + "|programme\\s+of\\s+action|tuyên bố chung|thông cáo chung|thông cáo báo chí chung|tầm nhìn chung|kế hoạch hành động|chương trình hành động)"));
    private static final Pattern ANOTHER_DATE = Pattern.compile("\\b\\d{1,2}\\s*/\\s*\\d{1,2}\\b|\\b\\d{1,2}\\s+(?:January|February|March"
            + "|April|May|June|July|August|September|October|November|December)\\b");
    private static final Pattern PLACE_AFTER = Pattern.compile("\\s*[-–—]\\s*\\p{Lu}[\\p{L}.' -]{1,40}(?:,\\s*\\p{Lu}[\\p{L}.' -]{1,40})?\\s*");
    /** A dateline or publication stamp may precede the day it dates by this much (a visit still under way). */
    private static final int DAYS_AHEAD = 7;
    private static final Pattern RANGE = Pattern.compile("(?iu)\\d\\s*(?:-|–|to|đến|tới|and)\\s*(?:ngày\\s*)?\\d");
    /** At most this many words between a date and the document adopted on it ("hai nước đã", "in The Hague, the two Prime Ministers"). */
    private static final int ADOPTED_AFTER_WORDS = 12;
    /** At most this many words between the document adopted and the date of its adoption. */
    private static final int ADOPTED_BEFORE_WORDS = 14;
    /** How far back from a date the words of a range ("from 13th to") are looked for. */
    private static final int RANGE_END_REACH = 20;
    /** The date ends a range: "from 13th to", "từ 13 đến", "13-". */
    private static final Pattern RANGE_END = Pattern.compile("(?iu)(?:\\bto|\\bđến|\\btới|\\band|-|–)\\s*(?:ngày\\s+)?$");
    private static final Pattern COPYRIGHT = Pattern.compile("(?iu)(?:©|\\(c\\)|copyright|bản quyền)\\s*(?:\\(c\\)\\s*|©\\s*)?(?:\\d{4}\\s*[-–]\\s*)?((?:19|20)\\d{2})\\b");
    /** A news agency's tag before a lead: "(Chinhphu.vn) - ", "HANOI (VNA) - ". */
    private static final Pattern NEWS_LEAD = Pattern.compile("^\\s*(?:\\p{Lu}+\\s+)?\\([^)]{1,40}\\)\\s*[-–—:]?\\s*");
    /** The words that may open a sentence before its date: "On", "Ngày", "Sáng ngày". */
    private static final int OPENING_WORDS = 2;
    /** "Hà Nội, " / "Astana, " before a date on a short line of its own. */
    private static final Pattern PLACE_COMMA = Pattern.compile("^\\p{Lu}[\\p{L}.' -]{1,40},\\s*(?:(?:Monday|Tuesday|Wednesday|Thursday"
            + "|Friday|Saturday|Sunday|Thứ\\s+\\S+|Chủ\\s+nhật),?\\s*(?:ngày\\s*)?)?$");
    /** "... on 4 June 2025 and adopted this Joint Statement", "ngày 7/6 đã thông qua Tuyên bố chung". */
    private static final Pattern ADOPTED_AFTER = Pattern.compile("(?iu)[\\s,]*(?:and\\s+|và\\s+|,\\s*)?(?:đã\\s+)?"
            + "(?:adopted|issued|signed|released|thông qua|ra|ký|công bố)\\s+(?:this|the|a|bản)?\\s*"
            + "(?:joint\\s+)?(?:statement|declaration|communiqu|tuyên bố|thông cáo)");
    private static final String MONTHS = "(January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final LeadingWords WEEKDAY_ADOPTION = LeadingWords.of(Pattern.compile("(?iu)\\b(?:joint\\s+(?:press\\s+)?statement|declaration|communiqu\\S*"
            + "|tuyên bố chung|thông cáo chung)\\s+(?:was\\s+)?(?:issued|adopted|released|signed|được\\s+(?:ra|thông qua|công bố)|ra)"
            + "\\s+(?:on\\s+|vào\\s+|hôm\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|thứ\\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\\s+nhật)\\b"));
    private static final Pattern YEARLESS_DATELINE = Pattern.compile("(?m)^\\p{Lu}[\\p{L}.' -]{1,40},\\s*(?:(?:Monday|Tuesday|Wednesday"
            + "|Thursday|Friday|Saturday|Sunday),?\\s*)?(?:(\\d{1,2})\\s+" + MONTHS + "|" + MONTHS + "\\s+(\\d{1,2}))"
            // alone on its line, or opening a news agency's lead: "Hanoi, May 12 (Petra) -- ..."
            + "(?:\\s*$|\\s*(?:\\([^)\\n]{1,20}\\)\\s*)?(?:--|–|—))");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(?:(\\d{1,2})\\s+" + MONTHS + "|" + MONTHS
            + "\\s+(\\d{1,2})|(?<![\\d/.])(\\d{1,2})/(\\d{1,2})(?![\\d/]))\\b(?!,?\\s*\\d{4})");
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");
    private static final LeadingWords VISIT = LeadingWords.of(Pattern.compile(
            "(?iu)\\b(?:visit|visits|visited|visiting|talks|summit|trip|tour)\\b|thăm|hội đàm|hội nghị cấp cao|chuyến"));

    /** Tokens before a date that can hold the adoption verb and the four words after it ("thông qua" is two). */
    private static final int ADOPTION_TOKENS = 12;
    /** The longest "Place, " line PLACE_COMMA admits, before its trailing spaces. */
    private static final int PLACE_LINE = 43;

    /** The adoption mention, if any: the last adoption sentence in the text, else the last dateline. */
    Optional<DateMention> adoption(String norm, StatementLines lines, List<DateMention> dates) {
        DateMention sentence = null;
        DateMention dateline = null;
        // where the text names a document as adopted ("đã ký Chương trình hành động"), found once
        Hits documents = new Hits(ADOPTED_LATER.findAll(norm));
        for (DateMention m : dates) {
            if (m.precision() != Precision.DAY || lines.debrisAt(m.start())) {
                continue;
            }
            int start = Sentences.start(norm, m.start());
            int end = Sentences.end(norm, m.end());
            WorkMeter.add(m.coreStart() - start);
            boolean cites = cites(norm, start, m.start());
            // The verb and at most four words after it end the text before the date: read only those.
            boolean adopted = !cites && ADOPTION_VERB.matcher(norm.substring(
                    Sentences.tokensBack(norm, start, m.coreStart(), ADOPTION_TOKENS), m.coreStart())).find()
                    && STATEMENT_NOUN.matcher(norm).region(start, m.start()).find()
                    || !cites && (ADOPTED_AFTER.matcher(norm).region(m.end(), end).lookingAt()
                    // "từ ngày 24 - 26/2/2026, hai nước đã ra Tuyên bố chung": a visit's span, not the day of adoption
                    || !RANGE.matcher(norm).region(m.coreStart(), m.end()).find() && adoptedJustAfter(norm, m.end(), end, documents))
                    || Sentences.wordCount(norm, start, m.start(), OPENING_WORDS + 1) <= OPENING_WORDS
                    && ADOPTED_THIS.matcher(norm).region(m.end(), end).find()
                    // "Have adopted the following Action Plan at the 3rd Dialogue held in Ha Noi on 12 March 2026."
                    || !cites && adoptedBefore(norm, start, m.start(), documents);
            // a dateline may leave its year to the page ("Rabat, Tuesday 10 March")
            boolean placeLine = (placeBefore(norm, m.start())
                    && Sentences.wordCount(norm, m.start(), end, 10) <= 10 || m.year() != null && placeAfter(norm, m));
            if (adopted) {
                sentence = m;
            } else if (placeLine) {
                dateline = m;
            }
        }
        if (sentence == null) {
            sentence = yearlessAdoption(norm, lines, documents);
        }
        if (sentence == null) {
            sentence = weekdayAdoption(norm, lines, dates);
        }
        if (sentence == null && dateline == null) {
            dateline = yearlessDateline(norm);
        }
        return Optional.ofNullable(sentence != null ? sentence : dateline);
    }

    /** The sentence [start, at) opens by citing an earlier document and does not name this one. */
    private static boolean cites(String norm, int start, int at) {
        return CITING.matcher(norm).region(start, at).lookingAt() && !THIS.matcher(norm).region(start, at).find();
    }

    /** "held talks in Canberra on 4 June and adopted this Joint Statement": a day the scanner leaves without its year. */
    private static DateMention yearlessAdoption(String norm, StatementLines lines, Hits documents) {
        // as find() would, but only tried where a match can start: a digit or a month's capital
        Matcher m = DAY_MONTH.matcher(norm).useTransparentBounds(true).useAnchoringBounds(false);
        DateMention found = null;
        for (int at = nextDayMonthStart(norm, 0); at >= 0; at = nextDayMonthStart(norm, at + 1)) {
            if (!m.region(at, norm.length()).lookingAt()) {
                continue;
            }
            at = m.end() - 1;
            String before = norm.substring(Sentences.start(norm, m.start()), m.start());
            if (RANGE_END.matcher(before).find()) {
                continue; // "từ ngày 3 - 5/5": the end of the visit's span, not the day of adoption
            }
            int end = Sentences.end(norm, m.end());
            boolean adopted = ADOPTED_AFTER.matcher(norm).region(m.end(), end).lookingAt()
                    || adoptedJustAfter(norm, m.end(), end, documents)
                    || ADOPTION_VERB.matcher(before).find() && STATEMENT_NOUN.matcher(before).find()
                    // "Chiều 14/11, tại Maputo, hai Thứ trưởng đã ký Chương trình hành động ..."
                    || openingWords(before) <= OPENING_WORDS
                    && ADOPTED_LATER.pattern().matcher(norm).region(m.end(), end).find();
            if (!lines.debrisAt(m.start()) && adopted) {
                DateMention day = m.group(5) != null // "7/6"
                        ? yearlessDay(m, Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6))) : namedDay(m);
                found = day != null ? day : found;
            }
        }
        return found;
    }

    /** From {@code from} on, the first place a match of {@link #DAY_MONTH} may start (an ASCII digit or J F M A S O N D), else -1. */
    private static int nextDayMonthStart(String norm, int from) {
        for (int i = from; i < norm.length(); i++) {
            char c = norm.charAt(i);
            if (c >= '0' && c <= '9' || "JFMASOND".indexOf(c) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The sentence names the document adopted a few words before the date, and the date does not
     * end a range ("... adopted the following Action Plan at the Dialogue held in Ha Noi on 12 March
     * 2026", not "... issued a joint statement ... on a visit from 13th to 15th January").
     */
    private static boolean adoptedBefore(String norm, int start, int at, Hits documents) {
        int[] named = documents.lastWithin(start, at);
        return named != null && Sentences.wordCount(norm, named[1], at, ADOPTED_BEFORE_WORDS + 1) <= ADOPTED_BEFORE_WORDS
                && !RANGE_END.matcher(norm).region(Math.max(named[1], at - RANGE_END_REACH), at).find();
    }

    /** "27/11, hai nước đã ra Tuyên bố chung", "ngày 9/4/2026, hai nước đã ra Thông cáo báo chí chung": the document adopted a few words on. */
    private static boolean adoptedJustAfter(String norm, int from, int end, Hits documents) {
        int[] named = documents.firstWithin(from, end);
        // "từ 26 đến 28/11, chiều 27/11, hai nước đã ra ...": the date nearest the adoption is its day
        return named != null && Sentences.wordCount(norm, from, named[0], ADOPTED_AFTER_WORDS + 1) <= ADOPTED_AFTER_WORDS
                && !ANOTHER_DATE.matcher(norm).region(from, named[0]).find();
    }

    /** "May 12, 2026 - Ottawa, Ontario": a dateline whose place follows the date. */
    private static boolean placeAfter(String norm, DateMention m) {
        int lineStart = norm.lastIndexOf('\n', Math.max(0, m.start() - 1)) + 1;
        int lineEnd = norm.indexOf('\n', m.end());
        lineEnd = lineEnd < 0 ? norm.length() : lineEnd;
        return lineEnd - lineStart <= PLACE_LINE * 2 && norm.substring(lineStart, m.start()).isBlank()
                && PLACE_AFTER.matcher(norm).region(m.end(), lineEnd).matches();
    }

    /**
     * "according to a joint statement issued on Tuesday", on a page stamped "April 21, 2026 - 19:48": the
     * weekday named, on or in the week before the page's date.
     */
    private static DateMention weekdayAdoption(String norm, StatementLines lines, List<DateMention> dates) {
        List<java.util.regex.MatchResult> found = WEEKDAY_ADOPTION.findAll(norm);
        if (found.isEmpty()) {
            return null;
        }
        java.util.regex.MatchResult m = found.get(0);
        java.time.DayOfWeek day = weekday(m.group(1));
        for (StatementLines.Line line : lines.all()) {
            if (!line.timestamp()) {
                continue;
            }
            java.time.LocalDate published = dates.stream().filter(d -> d.start() >= line.start() && d.year() != null
                    && d.precision() == Precision.DAY).findFirst().map(DateMention::date).orElse(null);
            if (published != null && day != null) {
                java.time.LocalDate on = published.with(java.time.temporal.TemporalAdjusters.previousOrSame(day));
                return new DateMention(m.start(1), m.start(1), m.end(1), m.group(1), Precision.DAY, on.getYear(),
                        on.getMonthValue(), on.getDayOfMonth());
            }
        }
        return null;
    }

    private static java.time.DayOfWeek weekday(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
        return switch (n) {
            case "monday", "thứ hai" -> java.time.DayOfWeek.MONDAY;
            case "tuesday", "thứ ba" -> java.time.DayOfWeek.TUESDAY;
            case "wednesday", "thứ tư" -> java.time.DayOfWeek.WEDNESDAY;
            case "thursday", "thứ năm" -> java.time.DayOfWeek.THURSDAY;
            case "friday", "thứ sáu" -> java.time.DayOfWeek.FRIDAY;
            case "saturday", "thứ bảy" -> java.time.DayOfWeek.SATURDAY;
            case "sunday", "chủ nhật" -> java.time.DayOfWeek.SUNDAY;
            default -> null;
        };
    }

    /** "Rabat, Tuesday 10 March" on a line of its own: a dateline that leaves its year to the page. */
    private static DateMention yearlessDateline(String norm) {
        Matcher m = YEARLESS_DATELINE.matcher(norm);
        if (!m.find()) {
            return null;
        }
        return namedDay(m);
    }

    /** "10 March" or "March 10" of a match whose groups are (day, month, month, day), as DAY_MONTH's and YEARLESS_DATELINE's are. */
    private static DateMention namedDay(Matcher m) {
        String monthName = m.group(2) != null ? m.group(2) : m.group(3);
        int month = java.time.Month.valueOf(monthName.toUpperCase(java.util.Locale.ROOT)).getValue();
        return yearlessDay(m, Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(4)), month);
    }

    /** The day and month a match names, the year left to find; null when they make no date. */
    private static DateMention yearlessDay(Matcher m, int day, int month) {
        return month < 1 || month > 12 || day < 1 || day > 31 ? null
                : new DateMention(m.start(), m.start(), m.end(), m.group(), Precision.DAY, null, month, day);
    }

    /** The words before a date in its sentence, a news agency's tag not counted, up to one more than may open it. */
    private static int openingWords(String before) {
        String words = NEWS_LEAD.matcher(before).replaceFirst("");
        return Sentences.wordCount(words, 0, words.length(), OPENING_WORDS + 1);
    }

    /** The last day and month of the first sentence about the visit that names one with no year ("từ 13 đến 15/4"). */
    private static DateMention yearlessVisitDay(String norm, StatementLines lines, Hits visits) {
        Matcher m = DAY_MONTH.matcher(norm);
        DateMention found = null;
        int sentenceEnd = -1;
        while (m.find()) {
            if (found != null && m.start() >= sentenceEnd) {
                break;
            }
            int start = Sentences.start(norm, m.start());
            int end = Sentences.end(norm, m.end());
            if (lines.debrisAt(m.start()) || !visits.within(start, end) || m.group(5) == null) {
                continue;
            }
            int day = Integer.parseInt(m.group(5));
            int month = Integer.parseInt(m.group(6));
            if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
                found = new DateMention(m.start(), m.start(), m.end(), m.group(), Precision.DAY, null, month, day);
                sentenceEnd = end;
            }
        }
        return found;
    }

    /** "Hà Nội, " alone on its line before a date; a line longer than a place and a comma is not read. */
    private static boolean placeBefore(String norm, int at) {
        int end = at;
        while (end > 0 && norm.charAt(end - 1) != '\n' && Character.isWhitespace(norm.charAt(end - 1))) {
            end--;
        }
        int lineStart = end;
        while (lineStart > 0 && norm.charAt(lineStart - 1) != '\n') {
            if (end - lineStart > PLACE_LINE) {
                return false;
            }
            lineStart--;
        }
        return PLACE_COMMA.matcher(norm.substring(lineStart, at)).matches();
    }

    /** @param adopted what {@link #adoption} gave for the same text, lines and dates (read once, used twice) */
    LocalDate find(String norm, StatementLines lines, List<DateMention> dates, Optional<DateMention> adopted, String language) {
        // Visit words are found once in the whole text; a sentence's end never falls inside one.
        Hits visits = new Hits(VISIT.findAll(norm));
        DateMention found = adopted.orElseGet(() -> lastDayOfVisit(norm, lines, dates, visits));
        if (found == null) {
            found = yearlessVisitDay(norm, lines, visits);
        }
        if (found == null || found.year() != null) {
            return found == null ? null : found.date();
        }
        // A day and month alone take the year of the statement itself, never that of a figure it reports.
        Integer year = sameDayElsewhere(found, dates);
        year = year != null ? year : fromDateline(found, norm, lines, dates);
        year = year != null ? year : fromTimestamp(found, lines, dates);
        year = year != null ? year : fromTitle(found, lines);
        year = year != null ? year : fromCopyright(norm);
        year = year != null ? year : afterReportedFigures(norm, found, dates, language);
        return year == null ? null : found.dateIn(year);
    }

    /**
     * The first day written in a sentence about the visit, or rather the end of a span there: "held talks in Hanoi on
     * June 3, as part of the State visit from June 2-4" is dated by the visit's last day (RUBRIC), not the talks'.
     */
    private static DateMention lastDayOfVisit(String norm, StatementLines lines, List<DateMention> dates, Hits visits) {
        DateMention first = null;
        int firstSentence = -1;
        for (DateMention m : dates) {
            if (m.precision() != Precision.DAY || lines.debrisAt(m.start())) {
                continue;
            }
            int sentence = Sentences.start(norm, m.start());
            if (!visits.within(sentence, Sentences.end(norm, m.end()))) {
                continue;
            }
            if (first != null && sentence != firstSentence) {
                break;
            }
            if (endsSpan(norm, m)) {
                return m;
            }
            if (first == null) {
                first = m;
                firstSentence = sentence;
            }
        }
        return first;
    }

    /** "2-4 June", "from 2 to 4 June", "… to June 4": the day ends a span. */
    private static boolean endsSpan(String norm, DateMention m) {
        return RANGE.matcher(norm).region(m.coreStart(), m.end()).find()
                || RANGE_END.matcher(norm.substring(Math.max(0, m.coreStart() - 12), m.coreStart())).find();
    }

    /** The year of a dateline ("Canberra, 4 June 2025"), when the day does not fall after it. */
    private Integer fromDateline(DateMention day, String norm, StatementLines lines, List<DateMention> dates) {
        return dates.stream().filter(d -> d != day && d.precision() == Precision.DAY && d.year() != null)
                .filter(d -> PLACE_COMMA.matcher(norm.substring(norm.lastIndexOf('\n', Math.max(0, d.start() - 1)) + 1,
                        d.start())).matches())
                .findFirst().map(d -> yearNotAfter(day, d.date())).orElse(null);
    }

    /** The year of the page's copyright line ("© 2026 Nhân Dân", "Copyright 2026"): the page is of that year. */
    private static Integer fromCopyright(String norm) {
        Matcher m = COPYRIGHT.matcher(norm);
        Integer year = null;
        while (m.find()) {
            year = Integer.valueOf(m.group(1));
        }
        return year;
    }

    /** The year a title names ("Joint Statement ... 2025"). */
    private static Integer fromTitle(DateMention day, StatementLines lines) {
        String title = new TitleFinder().find(lines).text();
        Matcher m = title == null ? null : YEAR.matcher(title);
        return m != null && m.find() ? Integer.valueOf(m.group()) : null;
    }

    private static int yearNotAfter(DateMention day, LocalDate anchor) {
        LocalDate sameYear = day.dateIn(anchor.getYear());
        return sameYear != null && sameYear.isAfter(anchor.plusDays(DAYS_AHEAD)) ? anchor.getYear() - 1 : anchor.getYear();
    }

    /** Where a pattern matches in a text, found once; which of them fall inside a stretch. */
    private static final class Hits {
        private final int[] starts;
        private final int[] ends;

        Hits(List<java.util.regex.MatchResult> results) {
            List<int[]> found = results.stream().map(r -> new int[] {r.start(), r.end()}).toList();
            starts = found.stream().mapToInt(r -> r[0]).toArray();
            ends = found.stream().mapToInt(r -> r[1]).toArray();
        }

        boolean within(int from, int to) {
            return firstWithin(from, to) != null;
        }

        /** The first hit that starts at or after {@code from} and ends by {@code to}, as {start, end}, or null. */
        int[] firstWithin(int from, int to) {
            int i = java.util.Arrays.binarySearch(starts, from);
            i = i < 0 ? -i - 1 : i;
            return i < starts.length && ends[i] <= to ? new int[] {starts[i], ends[i]} : null;
        }

        /** The last hit that starts at or after {@code from} and ends by {@code to}, as {start, end}, or null. */
        int[] lastWithin(int from, int to) {
            int i = java.util.Arrays.binarySearch(starts, to);
            i = i < 0 ? -i - 2 : i;
            while (i >= 0 && starts[i] >= from) {
                if (ends[i] <= to) {
                    return new int[] {starts[i], ends[i]};
                }
                i--;
            }
            return null;
        }
    }

    private static Integer sameDayElsewhere(DateMention visit, List<DateMention> dates) {
        return dates.stream().filter(d -> d.precision() == Precision.DAY && d.year() != null
                        && d.month() == visit.month() && d.day() != null && d.day().equals(visit.day()))
                .map(DateMention::year).findFirst().orElse(null);
    }

    private static Integer fromTimestamp(DateMention visit, StatementLines lines, List<DateMention> dates) {
        for (StatementLines.Line line : lines.all()) {
            if (!line.timestamp()) {
                continue;
            }
            LocalDate published = dates.stream().filter(d -> d.start() >= line.start() && d.year() != null)
                    .findFirst().map(DateMention::date).orElse(null);
            if (published != null) {
                // a page written during the visit may name its last day, a few days on
                LocalDate sameYear = visit.dateIn(published.getYear());
                return sameYear != null && sameYear.isAfter(published.plusDays(DAYS_AHEAD)) ? published.getYear() - 1
                        : published.getYear();
            }
        }
        return null;
    }

    private static Integer afterReportedFigures(String norm, DateMention visit, List<DateMention> dates, String language) {
        LocalDate latest = dates.stream().filter(d -> d.year() != null && PastReports.reportsFigure(norm, d, language))
                .map(DateMention::date).max(LocalDate::compareTo).orElse(null);
        if (latest == null) {
            return null;
        }
        LocalDate sameYear = visit.dateIn(latest.getYear());
        return sameYear != null && sameYear.isAfter(latest) ? latest.getYear() : latest.getYear() + 1;
    }
}
