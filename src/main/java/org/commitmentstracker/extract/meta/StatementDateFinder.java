package org.commitmentstracker.extract.meta;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commitmentstracker.extract.deadline.DateMention;
import org.commitmentstracker.extract.deadline.DateMention.Precision;
import org.commitmentstracker.extract.deadline.PastReports;
import org.commitmentstracker.extract.deadline.Sentences;

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

    /** The adoption mention, if any: the last one in the text. */
    Optional<DateMention> adoption(String norm, StatementLines lines, List<DateMention> dates) {
        DateMention found = null;
        for (DateMention m : dates) {
            if (m.precision() != Precision.DAY || m.year() == null || lines.debrisAt(m.start())) {
                continue;
            }
            String sentence = norm.substring(Sentences.start(norm, m.start()), m.start());
            String line = norm.substring(norm.lastIndexOf('\n', Math.max(0, m.start() - 1)) + 1, m.start());
            boolean adopted = ADOPTION_VERB.matcher(norm.substring(Sentences.start(norm, m.start()), m.coreStart())).find()
                    && STATEMENT_NOUN.matcher(sentence).find();
            boolean placeLine = PLACE_COMMA.matcher(line).matches() && Sentences.wordCount(norm.substring(m.start(),
                    Sentences.end(norm, m.end()))) <= 10;
            if (adopted || placeLine) {
                found = m;
            }
        }
        return Optional.ofNullable(found);
    }

    LocalDate find(String norm, StatementLines lines, List<DateMention> dates, String language) {
        Optional<DateMention> adopted = adoption(norm, lines, dates);
        if (adopted.isPresent()) {
            return adopted.get().date();
        }
        DateMention visit = dates.stream()
                .filter(m -> m.precision() == Precision.DAY && !lines.debrisAt(m.start()))
                .filter(m -> VISIT.matcher(norm.substring(Sentences.start(norm, m.start()), Sentences.end(norm, m.end()))).find())
                .findFirst().orElse(null);
        if (visit == null || visit.year() != null) {
            return visit == null ? null : visit.date();
        }
        Integer year = sameDayElsewhere(visit, dates);
        year = year != null ? year : fromTimestamp(visit, lines, dates);
        year = year != null ? year : afterReportedFigures(norm, visit, dates, language);
        return year == null ? null : visit.dateIn(year);
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
