package org.commitmentstracker.extract.deadline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.commitmentstracker.extract.deadline.DateMention.Precision;

/**
 * Tells which dates of a text date something already done, an anniversary or a document's name
 * rather than an action, from the words around them (word lists in deadline/*.txt).
 */
final class MentionJudge {
    private static final int WORDS_BEFORE_A_FUTURE_CANCEL = 3;
    private static final int ANNIVERSARY_REACH = 15;
    private static final int DOCUMENT_REACH = 10;
    /** Prepositions after which a date may be part of a document's name: "Plan ... for 2021-2025", "until 2030". */
    private static final Pattern DOCUMENT_CONNECTOR = Pattern.compile(
            "(?:for|until|till|to|through|of|đến|tới|cho đến|giai đoạn|thời kỳ)(?:\\s+the)?", Pattern.UNICODE_CASE);
    /** Prepositions of a target: after them a following "đạt"/"reached" reports no past figure. */
    private static final Pattern TARGET_LEAD = Pattern.compile(
            ".*\\b(?:by|before|until|till|within|no later than|not later than)\\b.*|.*(?:đến|tới|trước|chậm nhất|muộn nhất).*");

    private final PhraseSet pastBefore;
    private final PhraseSet pastAfter;
    private final PhraseSet future;
    private final PhraseSet anniversary;
    private final PhraseSet documents;

    MentionJudge(String language) {
        pastBefore = PhraseSet.of("past-before", language);
        pastAfter = PhraseSet.of("past-after", language);
        future = PhraseSet.of("future", language);
        anniversary = PhraseSet.of("anniversary", language);
        documents = PhraseSet.of("documents", language);
    }

    /** "signed in 2015", "đã ký năm 2016", "since 2012", "năm 2023 đạt 120 triệu USD". */
    boolean pastMarked(String text, DateMention m) {
        String before = text.substring(Sentences.start(text, m.start()), m.coreStart());
        for (PhraseSet.Hit hit : pastBefore.find(before)) {
            String between = before.substring(hit.end());
            int reach = hit.value().isEmpty() ? 2 : Integer.parseInt(hit.value());
            List<String> preceding = Sentences.words(before.substring(0, hit.start()));
            String justBefore = String.join(" ", preceding.subList(
                    Math.max(0, preceding.size() - WORDS_BEFORE_A_FUTURE_CANCEL), preceding.size()));
            if (Sentences.wordCount(between) <= reach && !future.any(between) && !future.any(justBefore)) {
                return true;
            }
        }
        return reportsFigure(text, m);
    }

    /** A past figure right after the date: "năm 2023 đạt", "in 2023 reached" (not "đến năm 2030 đạt"). */
    boolean reportsFigure(String text, DateMention m) {
        String after = text.substring(m.end(), Sentences.end(text, m.end()));
        List<String> next = Sentences.words(after);
        String head = String.join(" ", next.subList(0, Math.min(3, next.size())));
        boolean figure = pastAfter.find(head).stream()
                .anyMatch(h -> Sentences.wordCount(head.substring(0, h.start())) <= 1);
        String before = text.substring(Sentences.start(text, m.start()), m.start());
        return figure && !TARGET_LEAD.matcher(m.lead(text)).matches() && !future.any(before);
    }

    /** A forward-looking word between two offsets: it ends a chain of past dates. */
    boolean futureBetween(String text, int from, int to) {
        return from < to && future.any(text.substring(from, to));
    }

    /**
     * The years, months and periods that only date an anniversary: the mention nearest to an
     * anniversary word in its sentence, within reach. A full day is kept: it is the day of an
     * event one can attend ("the 80th anniversary of the Victory (May 9, 2025)").
     */
    Set<DateMention> anniversaryDates(String text, List<DateMention> mentions) {
        Set<DateMention> dates = new HashSet<>();
        for (PhraseSet.Hit hit : anniversary.find(text)) {
            int sentence = Sentences.start(text, hit.start());
            DateMention nearest = null;
            int best = Integer.MAX_VALUE;
            for (DateMention m : mentions) {
                if (Sentences.start(text, m.start()) != sentence) {
                    continue;
                }
                // A date may hold the anniversary's words ("80 năm ngày 2/9/1945": its lead "ngày"
                // ends "năm ngày"): then it is as near as can be.
                int distance = m.start() >= hit.end() ? Sentences.wordCount(text.substring(hit.end(), m.start()))
                        : m.end() <= hit.start() ? Sentences.wordCount(text.substring(m.end(), hit.start())) : 0;
                if (distance < best) {
                    best = distance;
                    nearest = m;
                }
            }
            if (nearest != null && best <= ANNIVERSARY_REACH && nearest.precision() != Precision.DAY) {
                dates.add(nearest);
            }
        }
        return dates;
    }

    /**
     * A period or a year that names a document: "Plan of Action for 2021-2025", "master plan ...
     * until 2030", "Chiến lược ... đến năm 2030"; not when a forward word stands between the noun and
     * the date ("Kế hoạch ..., phấn đấu ... đến năm 2030").
     */
    boolean namesDocument(String text, DateMention m) {
        boolean connector = m.precision() == Precision.PERIOD || DOCUMENT_CONNECTOR.matcher(m.lead(text)).matches();
        if (!connector) {
            return false;
        }
        String before = text.substring(Sentences.start(text, m.start()), m.start());
        List<PhraseSet.Hit> hits = documents.find(before);
        if (hits.isEmpty()) {
            return false;
        }
        String tail = before.substring(hits.get(hits.size() - 1).end());
        return Sentences.wordCount(tail) <= DOCUMENT_REACH && !future.any(tail);
    }
}
