package org.commitmentstracker.extract.meta;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commitmentstracker.extract.deadline.DateMention;
import org.commitmentstracker.extract.deadline.DateMention.Precision;
import org.commitmentstracker.extract.deadline.PastReports;
import org.commitmentstracker.extract.deadline.Sentences;
import org.commitmentstracker.extract.deadline.WorkMeter;

/**
 * The statement's date: the day it says it was adopted ("Joint Declaration adopted on 06 May 2025",
 * "Hà Nội, ngày 20 tháng 6 năm 2024", "Done at Ha Noi on ..."), else the last day of the visit
 * ("paid a State visit ... from June 19-20, 2024"). A visit written without a year ("ngày 30/9-1/10")
 * takes it from, in order: the same day written with a year elsewhere (a caption "June 20, 2024"),
 * the publication timestamp (the year such that the visit is not after it), or the latest period the
 * text reports a figure for (the first year in which the visit comes after that period). Else null.
 */
final class StatementDateFinder {
    private static final Pattern ADOPTION_VERB = Pattern.compile(
            "(?iu)(?:adopted|signed|done|issued|made|released|thông qua|ký kết|ký|làm|ban hành|công bố)(?:\\s+\\S+){0,4}\\s*$");
    private static final Pattern STATEMENT_NOUN = Pattern.compile(
            "(?iu)statement|declaration|communiqu|tuyên bố|thông cáo|văn kiện|^\\s*(?:done|làm|signed|ký)\\b");
    /** "Hà Nội, " / "Astana, " before a date on a short line of its own. */
    private static final Pattern PLACE_COMMA = Pattern.compile("^\\p{Lu}[\\p{L}.' -]{1,40},\\s*$");
    private static final Pattern VISIT = Pattern.compile(
            "(?iu)\\b(?:visit|visits|visited|visiting|talks|summit|trip|tour)\\b|thăm|hội đàm|hội nghị cấp cao|chuyến");

    /** Tokens before a date that can hold the adoption verb and the four words after it ("thông qua" is two). */
    private static final int ADOPTION_TOKENS = 7;
    /** The longest "Place, " line PLACE_COMMA admits, before its trailing spaces. */
    private static final int PLACE_LINE = 43;

    /** The adoption mention, if any: the last one in the text. */
    Optional<DateMention> adoption(String norm, StatementLines lines, List<DateMention> dates) {
        DateMention found = null;
        for (DateMention m : dates) {
            if (m.precision() != Precision.DAY || m.year() == null || lines.debrisAt(m.start())) {
                continue;
            }
            int sentence = Sentences.start(norm, m.start());
            WorkMeter.add(m.coreStart() - sentence);
            // The verb and at most four words after it end the text before the date: read only those.
            boolean adopted = ADOPTION_VERB.matcher(norm.substring(
                    Sentences.tokensBack(norm, sentence, m.coreStart(), ADOPTION_TOKENS), m.coreStart())).find()
                    && STATEMENT_NOUN.matcher(norm.substring(sentence, m.start())).find();
            boolean placeLine = placeBefore(norm, m.start()) && Sentences.wordCount(norm, m.start(),
                    Sentences.end(norm, m.end()), 10) <= 10;
            if (adopted || placeLine) {
                found = m;
            }
        }
        return Optional.ofNullable(found);
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

    LocalDate find(String norm, StatementLines lines, List<DateMention> dates, String language) {
        Optional<DateMention> adopted = adoption(norm, lines, dates);
        if (adopted.isPresent()) {
            return adopted.get().date();
        }
        // Visit words are found once in the whole text; a sentence's end never falls inside one.
        Hits visits = new Hits(VISIT.matcher(norm));
        DateMention visit = dates.stream()
                .filter(m -> m.precision() == Precision.DAY && !lines.debrisAt(m.start()))
                .filter(m -> visits.within(Sentences.start(norm, m.start()), Sentences.end(norm, m.end())))
                .findFirst().orElse(null);
        if (visit == null || visit.year() != null) {
            return visit == null ? null : visit.date();
        }
        Integer year = sameDayElsewhere(visit, dates);
        year = year != null ? year : fromTimestamp(visit, lines, dates);
        year = year != null ? year : afterReportedFigures(norm, visit, dates, language);
        return year == null ? null : visit.dateIn(year);
    }

    /** Where a pattern matches in a text, found once; which of them fall inside a stretch. */
    private static final class Hits {
        private final int[] starts;
        private final int[] ends;

        Hits(java.util.regex.Matcher m) {
            List<int[]> found = m.results().map(r -> new int[] {r.start(), r.end()}).toList();
            starts = found.stream().mapToInt(r -> r[0]).toArray();
            ends = found.stream().mapToInt(r -> r[1]).toArray();
        }

        boolean within(int from, int to) {
            int i = java.util.Arrays.binarySearch(starts, from);
            i = i < 0 ? -i - 1 : i;
            return i < starts.length && ends[i] <= to;
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
                LocalDate sameYear = visit.dateIn(published.getYear());
                return sameYear != null && sameYear.isAfter(published) ? published.getYear() - 1 : published.getYear();
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
