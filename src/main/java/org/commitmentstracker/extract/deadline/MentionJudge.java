package org.commitmentstracker.extract.deadline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commitmentstracker.extract.deadline.DateMention.Precision;

/**
 * Tells which dates of a text date something already done, an anniversary or a document's name
 * rather than an action, from the words around them (word lists in deadline/*.txt).
 */
final class MentionJudge {
    private static final int WORDS_BEFORE_A_FUTURE_CANCEL = 3;
    /** How many words may stand between a past-before phrase without a reach of its own and the date. */
    private static final int DEFAULT_PAST_REACH = 2;
    /** Words read beyond a phrase's reach before a date, so that phrases are found there as in the whole sentence. */
    private static final int MARGIN = 6;
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
    /** The longest reach of any past-before phrase. */
    private final int maxPastReach;

    MentionJudge(String language) {
        pastBefore = PhraseSet.of("past-before", language);
        pastAfter = PhraseSet.of("past-after", language);
        future = PhraseSet.of("future", language);
        anniversary = PhraseSet.of("anniversary", language);
        documents = PhraseSet.of("documents", language);
        maxPastReach = CueWords.entries("past-before", language).stream()
                .mapToInt(e -> e.value().isEmpty() ? DEFAULT_PAST_REACH : Integer.parseInt(e.value()))
                .max().orElse(DEFAULT_PAST_REACH);
    }

    /** "signed in 2015", "đã ký năm 2016", "since 2012", "năm 2023 đạt 120 triệu USD". */
    boolean pastMarked(String text, DateMention m) {
        // Only phrases a few words before the date can mark it: read those words, not the whole sentence.
        int sentence = Sentences.start(text, m.start());
        int from = Sentences.tokensBack(text, sentence, m.coreStart(), maxPastReach + pastBefore.maxWords() + MARGIN);
        String before = text.substring(from, m.coreStart());
        List<PhraseSet.Hit> hits = pastBefore.find(before);
        // From the nearest phrase back: the words between only grow, so once they pass every
        // phrase's reach no earlier phrase can mark the date.
        for (int i = hits.size() - 1; i >= 0; i--) {
            PhraseSet.Hit hit = hits.get(i);
            String between = before.substring(hit.end());
            int words = Sentences.wordCount(between, 0, between.length(), maxPastReach);
            if (words > maxPastReach) {
                break;
            }
            if (words <= reach(hit) && !future.any(between) && !future.any(justBefore(text, sentence, from + hit.start()))) {
                return true;
            }
        }
        return reportsFigure(text, m);
    }

    private static int reach(PhraseSet.Hit hit) {
        return hit.value().isEmpty() ? DEFAULT_PAST_REACH : Integer.parseInt(hit.value());
    }

    /** The last few words before an offset, read from a short stretch before it (as from the whole text). */
    private static String justBefore(String text, int sentence, int at) {
        for (int reach = 64; ; reach *= 2) {
            int from = Math.max(sentence, at - reach);
            // Words never hold a space: cut there and the words after the cut are read as from the start.
            while (from > sentence && !Character.isWhitespace(text.charAt(from))) {
                from--;
            }
            List<String> preceding = Sentences.words(text.substring(from, at));
            if (from == sentence || preceding.size() > WORDS_BEFORE_A_FUTURE_CANCEL) {
                return String.join(" ", preceding.subList(
                        Math.max(0, preceding.size() - WORDS_BEFORE_A_FUTURE_CANCEL), preceding.size()));
            }
        }
    }

    /** A past figure right after the date: "năm 2023 đạt", "in 2023 reached" (not "đến năm 2030 đạt"). */
    boolean reportsFigure(String text, DateMention m) {
        Matcher words = Sentences.WORD.matcher(text).region(m.end(), Sentences.end(text, m.end()));
        List<String> next = new ArrayList<>();
        while (next.size() < 3 && words.find()) {
            next.add(words.group());
        }
        String head = String.join(" ", next);
        boolean figure = pastAfter.find(head).stream()
                .anyMatch(h -> Sentences.wordCount(head.substring(0, h.start())) <= 1);
        if (!figure || TARGET_LEAD.matcher(m.lead(text)).matches()) {
            return false;
        }
        String before = text.substring(Sentences.start(text, m.start()), m.start());
        return !future.any(before);
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
        List<PhraseSet.Hit> hits = anniversary.find(text);
        if (hits.isEmpty()) {
            return dates;
        }
        int[] starts = mentions.stream().mapToInt(DateMention::start).toArray();
        int[] sentences = mentions.stream().mapToInt(m -> Sentences.start(text, m.start())).toArray();
        for (PhraseSet.Hit hit : hits) {
            int sentence = Sentences.start(text, hit.start());
            DateMention nearest = null;
            int best = Integer.MAX_VALUE;
            // Only the mentions of the hit's sentence count, and a sentence reaches no further than this.
            int first = firstAtOrAfter(starts, sentence);
            int last = firstAtOrAfter(starts, Sentences.end(text, hit.end()) + 1);
            for (int i = first; i < last; i++) {
                DateMention m = mentions.get(i);
                if (sentences[i] != sentence) {
                    continue;
                }
                // A date may hold the anniversary's words ("80 năm ngày 2/9/1945": its lead "ngày"
                // ends "năm ngày"): then it is as near as can be. Distances past the reach all lose alike.
                int distance = m.start() >= hit.end() ? wordsUpTo(text, hit.end(), m.start())
                        : m.end() <= hit.start() ? wordsUpTo(text, m.end(), hit.start()) : 0;
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

    /** The words between two offsets, or one more than the anniversary's reach when there are more. */
    private static int wordsUpTo(String text, int from, int to) {
        return Sentences.wordCount(text, from, to, ANNIVERSARY_REACH);
    }

    private static int firstAtOrAfter(int[] sorted, int value) {
        int i = java.util.Arrays.binarySearch(sorted, value);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && sorted[i - 1] == value) {
            i--;
        }
        return i;
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
        // Only the last document noun counts, and only within reach: read the words just before the date.
        int sentence = Sentences.start(text, m.start());
        String before = text.substring(Sentences.tokensBack(text, sentence, m.start(),
                DOCUMENT_REACH + documents.maxWords() + MARGIN), m.start());
        List<PhraseSet.Hit> hits = documents.find(before);
        if (hits.isEmpty()) {
            return false;
        }
        String tail = before.substring(hits.get(hits.size() - 1).end());
        // a table's time-frame cell ("…national action plan\tDanish EPA\t2026-2027") names no document
        return Sentences.wordCount(tail) <= DOCUMENT_REACH && !future.any(tail) && tail.indexOf('\t') < 0 && tail.indexOf('|') < 0;
    }
}
