package org.commitmentstracker.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A search as the store runs it: every group must match, and a group matches when one of its
 * alternatives does. Words are folded as the search indexes fold them (đ to d, marks dropped,
 * lower case). What the officer typed is one group per word, each word the start of a word
 * anywhere in the text; a glossary term added to a group is a phrase ({@link Alternative#phrase}).
 */
public record SearchTerms(List<List<Alternative>> groups) {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern WRITTEN_WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    public SearchTerms {
        groups = groups.stream().map(List::copyOf).toList();
    }

    /**
     * One way a group matches: its words, all as the start of a word anywhere in the text, or, when
     * {@code phrase}, one after the other; {@code prefixLast} lets the last word be the start of a
     * longer one ("investment" finds "investments").
     */
    public record Alternative(List<String> words, boolean phrase, boolean prefixLast) {
        public Alternative {
            words = List.copyOf(words);
        }

        /** What the officer typed: each word a prefix, anywhere. */
        public static Alternative typed(List<String> words) {
            return new Alternative(words, false, true);
        }
    }

    /** The search for exactly what was typed: one group per word (as the search has always run). */
    public static SearchTerms typed(String query) {
        List<List<Alternative>> groups = new ArrayList<>();
        for (String word : words(query)) {
            groups.add(List.of(Alternative.typed(List.of(word))));
        }
        return new SearchTerms(groups);
    }

    /** Nothing to search for. */
    public boolean isEmpty() {
        return groups.isEmpty();
    }

    /** The folded words of {@code text}: letters and digits only, so nothing typed reaches a query's syntax. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        Matcher m = WORD.matcher(fold(text));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** The words of {@code text} as written (NFC, lower case, marks kept): "Hải quan" gives "hải", "quan". */
    public static List<String> exactWords(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        Matcher m = WRITTEN_WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** As the search indexes fold: đ to d, marks dropped, lower case, NFC. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return Normalizer.normalize(MARKS.matcher(decomposed).replaceAll(""), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
