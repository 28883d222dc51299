package org.commitmentstracker.extract.deadline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.commitmentstracker.extract.text.LeadingWords;

/** Phrases found as whole words, case-insensitively, the longest one first where several start at a place. */
final class PhraseSet {
    /** Where a phrase stands and the value its list gives it. */
    record Hit(int start, int end, String value) {
    }

    private final LeadingWords pattern;
    /** The most words any phrase has. */
    private final int maxWords;
    private final Map<String, String> values = new HashMap<>();

    PhraseSet(Collection<CueWords.Entry> entries) {
        List<String> alternatives = new ArrayList<>();
        entries.stream().sorted(Comparator.comparingInt((CueWords.Entry e) -> e.phrase().length()).reversed())
                .forEach(e -> {
                    values.putIfAbsent(key(e.phrase()), e.value());
                    alternatives.add(Pattern.quote(e.phrase()).replace(" ", "\\E\\s+\\Q"));
                });
        maxWords = entries.stream().mapToInt(e -> e.phrase().strip().split("\\s+").length).max().orElse(0);
        String body = alternatives.isEmpty() ? "(?!)" : String.join("|", alternatives);
        pattern = LeadingWords.of(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + body + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /** The phrases of a list in one language (see {@link CueWords#entries(String, String)}). */
    static PhraseSet of(String list, String language) {
        return new PhraseSet(CueWords.entries(list, language));
    }

    List<Hit> find(CharSequence text) {
        WorkMeter.add(text.length());
        List<Hit> hits = new ArrayList<>();
        for (MatchResult m : pattern.findAll(text.toString())) {
            hits.add(new Hit(m.start(), m.end(), values.getOrDefault(key(m.group()), "")));
        }
        return hits;
    }

    int maxWords() {
        return maxWords;
    }

    boolean any(CharSequence text) {
        WorkMeter.add(text.length());
        return pattern.pattern().matcher(text).find();
    }

    private static String key(String phrase) {
        return phrase.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
