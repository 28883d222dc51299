package org.commitmentstracker.extract.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds listed terms in a text word by word. Terms are one or more words, matched whole and in
 * any case; "agricultur*" also matches longer words; a term in capitals ("UN") is an acronym
 * and matches in capitals only. One pass over the words with a table lookup for each, where a
 * regular expression per term would try every term at every character.
 *
 * @param <T> what a term stands for (a sector, a weight...)
 */
public final class TermIndex<T> {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** A term found at [start, end) of the text, with its value. */
    public record Hit<T>(int start, int end, T value) {
    }

    private record Term<T>(String[] words, boolean prefix, boolean acronym, T value) {
    }

    private final Map<String, List<Term<T>>> byFirstWord = new HashMap<>();
    private final List<Term<T>> byFirstStem = new ArrayList<>();
    /** The most words a term has. */
    private int longest = 1;

    public void add(String term, T value) {
        String t = term.strip();
        boolean prefix = t.endsWith("*");
        if (prefix) {
            t = t.substring(0, t.length() - 1);
        }
        boolean acronym = t.chars().noneMatch(Character::isLowerCase);
        String[] words = words(acronym ? t : t.toLowerCase(Locale.ROOT));
        if (words.length == 0) {
            return;
        }
        Term<T> entry = new Term<>(words, prefix, acronym, value);
        longest = Math.max(longest, words.length);
        if (prefix && words.length == 1) {
            byFirstStem.add(entry);
        } else {
            // Looked up by the lower-cased word; an acronym is then checked against the word as written.
            byFirstWord.computeIfAbsent(words[0].toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(entry);
        }
    }

    /** Every term found, in text order; where terms overlap at one word, the longest. */
    public List<Hit<T>> find(String text) {
        List<int[]> spans = Words.runs(text, Integer.MAX_VALUE);
        return find(spans, texts(text, spans), Integer.MAX_VALUE);
    }

    /**
     * The term that opens the text at its very first character, as {@link #find} would give it first;
     * else null. Only the first words are read.
     */
    public Hit<T> atStart(String text) {
        List<int[]> spans = Words.runs(text, longest);
        List<Hit<T>> first = find(spans, texts(text, spans), 1);
        return first.isEmpty() || first.get(0).start() != 0 ? null : first.get(0);
    }

    private static List<String> texts(String text, List<int[]> spans) {
        List<String> texts = new ArrayList<>(spans.size());
        for (int[] span : spans) {
            texts.add(text.substring(span[0], span[1]));
        }
        return texts;
    }

    /** The hits of the words found, in order, at most {@code atMost} of them. */
    private List<Hit<T>> find(List<int[]> spans, List<String> original, int atMost) {
        List<String> lower = original.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        List<Hit<T>> hits = new ArrayList<>();
        for (int i = 0; i < lower.size() && hits.size() < atMost; i++) {
            Term<T> best = null;
            for (Term<T> term : byFirstWord.getOrDefault(lower.get(i), List.of())) {
                if (matches(term, original, lower, i) && (best == null || term.words().length > best.words().length)) {
                    best = term;
                }
            }
            if (best == null) {
                for (Term<T> term : byFirstStem) {
                    if (lower.get(i).startsWith(term.words()[0]) && (!term.acronym() || original.get(i).startsWith(term.words()[0]))) {
                        best = term;
                        break;
                    }
                }
            }
            if (best != null) {
                int last = i + best.words().length - 1;
                hits.add(new Hit<>(spans.get(i)[0], spans.get(last)[1], best.value()));
                i = last;
            }
        }
        return hits;
    }

    private static <T> boolean matches(Term<T> term, List<String> original, List<String> lower, int at) {
        String[] words = term.words();
        if (at + words.length > lower.size()) {
            return false;
        }
        List<String> source = term.acronym() ? original : lower;
        for (int j = 0; j < words.length; j++) {
            String word = source.get(at + j);
            boolean last = j == words.length - 1;
            if (!(word.equals(words[j]) || last && term.prefix() && word.startsWith(words[j]))) {
                return false;
            }
        }
        return true;
    }

    private static String[] words(String term) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(term);
        while (m.find()) {
            words.add(m.group());
        }
        return words.toArray(String[]::new);
    }
}
