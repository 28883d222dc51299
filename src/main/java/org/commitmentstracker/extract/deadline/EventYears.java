package org.commitmentstracker.extract.deadline;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.commitmentstracker.extract.deadline.DateMention.Precision;

/**
 * A bare year after an event's name: "the APEC Year 2027", "Expo 2025", "hosting ASEAN 2026",
 * "Năm APEC 2027". The name is the run of capitalised words (and "of", "the", "and") right before
 * the year. It is an event when it holds an event word of events.txt, or when it holds an acronym
 * and a hosting verb stands just before it; "UNCLOS 1982", "Agenda 2030" and "the 2030 Agenda" are not.
 * A year between a hosting verb and a name is one too: "host the 2027 APEC Leaders' Meeting".
 */
final class EventYears {
    private static final int MAX_NAME_WORDS = 5;
    private static final int HOST_DISTANCE = 4;
    private static final Set<String> LINKS = Set.of("of", "the", "and", "và", "for");
    private static final Set<String> EVENTS = words("event");
    private static final List<List<String>> HOSTS = CueWords.entries("events").stream()
            .filter(e -> e.value().equals("host"))
            .map(e -> List.of(e.phrase().toLowerCase(Locale.ROOT).split("\\s+"))).toList();

    private EventYears() {
    }

    static DateMention read(Matcher m, String text) {
        int sentence = Sentences.start(text, m.start());
        String head = text.substring(sentence, m.start());
        List<String> before = Sentences.words(head);
        int nameStart = before.size();
        while (nameStart > 0 && before.size() - nameStart < MAX_NAME_WORDS) {
            String w = before.get(nameStart - 1);
            if (!Character.isUpperCase(w.codePointAt(0)) && !LINKS.contains(w.toLowerCase(Locale.ROOT))) {
                break;
            }
            nameStart--;
        }
        List<String> name = before.subList(nameStart, before.size());
        if (name.stream().noneMatch(w -> Character.isUpperCase(w.codePointAt(0)))) {
            return yearBeforeName(m, text, before);
        }
        String spaced = " " + String.join(" ", name).toLowerCase(Locale.ROOT) + " ";
        boolean event = EVENTS.stream().anyMatch(e -> spaced.contains(" " + e + " "));
        boolean acronym = name.stream().anyMatch(w -> w.length() >= 2
                && w.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c)));
        if (event || acronym && hostBefore(before.subList(Math.max(0, nameStart - HOST_DISTANCE), nameStart))) {
            // The cue is the event's name with its year: "APEC Year 2027".
            int first = nameStart;
            while (first < before.size() - 1 && !Character.isUpperCase(before.get(first).codePointAt(0))) {
                first++;
            }
            int start = sentence + Sentences.wordStarts(head).get(first);
            return new DateMention(start, start, m.end(), text.substring(start, m.end()), Precision.YEAR,
                    DateRule.number(m, "y"), 12, 31);
        }
        return null;
    }

    /** "host the 2027 APEC Leaders' Meeting": a hosting verb, the year, then a capitalised name. */
    private static DateMention yearBeforeName(Matcher m, String text, List<String> before) {
        List<String> after = Sentences.words(text.substring(m.end(), Sentences.end(text, m.end())));
        boolean nameAfter = !after.isEmpty() && Character.isUpperCase(after.get(0).codePointAt(0));
        List<String> lead = before.subList(Math.max(0, before.size() - 2), before.size());
        return nameAfter && hostBefore(lead)
                ? DateRule.mention(m, Precision.YEAR, DateRule.number(m, "y"), 12, 31) : null;
    }

    private static boolean hostBefore(List<String> words) {
        List<String> lower = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        return HOSTS.stream().anyMatch(h -> java.util.Collections.indexOfSubList(lower, h) >= 0);
    }

    private static Set<String> words(String kind) {
        return CueWords.entries("events").stream().filter(e -> e.value().equals(kind))
                .map(e -> e.phrase().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
