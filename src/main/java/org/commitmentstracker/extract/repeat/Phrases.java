package org.commitmentstracker.extract.repeat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * Words and phrases that say the same in a joint statement's undertakings, given one form before the
 * terms are made ("memorandum of understanding", "treaty" → "agreement"; "ký kết" → "ký"; "nguyên tử" →
 * "hạt nhân"), and phrases that only frame an undertaking, left out ("step up", "create favourable
 * conditions", "khẳng định", "tạo điều kiện"). A list a line: {@code form = phrase, phrase, …}; nothing
 * before "=" leaves the phrases out. Phrases are compared word by word on lower-case words, in English by
 * their stems ("concluded" is "conclude"), the longest first, so a phrase's word keeps its own meaning
 * elsewhere ("định" of "hiệp định" is not "khẳng định"). Looked up once per word when a text is analysed,
 * never when two texts are compared.
 */
final class Phrases {
    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
    /** Whether words are compared by their stems (English). */
    private final boolean stems;

    private record Entry(String[] words, String[] form) {
    }

    private Phrases(boolean stems) {
        this.stems = stems;
    }

    /** The phrases of {@code lines} (the list's lines) for a language: English words are compared by their stems. */
    static Phrases of(String language, List<String> lines) {
        Phrases phrases = new Phrases("en".equals(language));
        PorterStemmer stemmer = new PorterStemmer();
        for (String line : lines) {
            int equals = line.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("A line of the phrase list has no '=': " + line);
            }
            String[] form = words(line.substring(0, equals)).toArray(String[]::new);
            for (String phrase : line.substring(equals + 1).split(",")) {
                List<String> words = words(phrase);
                if (!words.isEmpty()) {
                    phrases.add(words.stream().map(w -> phrases.key(stemmer, w)).toArray(String[]::new), form);
                }
            }
        }
        phrases.byFirstWord.values().forEach(l -> l.sort(Comparator.comparingInt((Entry e) -> -e.words().length)));
        return phrases;
    }

    private void add(String[] words, String[] form) {
        byFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>()).add(new Entry(words, form));
    }

    /** A phrase's lower-case words, as the analysis's tokenizer cuts them. */
    private static List<String> words(String phrase) {
        List<String> words = new ArrayList<>();
        try (StandardTokenizer tokenizer = new StandardTokenizer()) {
            tokenizer.setReader(new StringReader(phrase.strip()));
            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                words.add(term.toString().toLowerCase(java.util.Locale.ROOT));
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** What a word is compared by: its stem in English (a stemmer is not shared between threads), else itself. */
    private String key(PorterStemmer stemmer, String word) {
        if (!stems) {
            return word;
        }
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    /** The filter that gives the phrases of a stream of lower-case words their form. */
    TokenStream filter(TokenStream input) {
        return new Filter(input);
    }

    /**
     * Reads a text's words (a commitment is a sentence or two), replaces each phrase of the list, longest
     * first, and hands the words on; a phrase left out leaves a gap, as a stop word does, so no pair of
     * words spans it.
     */
    private final class Filter extends TokenFilter {
        /** A word handed on: the attributes of the word it stands for, its text and its position increment. */
        private record Out(State state, String word, int increment) {
        }

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final List<State> states = new ArrayList<>();
        private final List<String> words = new ArrayList<>();
        private final List<String> keys = new ArrayList<>();
        private final List<Integer> increments = new ArrayList<>();
        private final List<Out> out = new ArrayList<>();
        private final PorterStemmer stemmer = new PorterStemmer();
        private int next = -1;

        Filter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (next < 0) {
                read();
            }
            if (next >= out.size()) {
                return false;
            }
            Out token = out.get(next++);
            restoreState(token.state());
            term.setEmpty().append(token.word());
            increment.setPositionIncrement(token.increment());
            return true;
        }

        private void read() throws IOException {
            while (input.incrementToken()) {
                states.add(captureState());
                words.add(term.toString());
                keys.add(key(stemmer, term.toString()));
                increments.add(increment.getPositionIncrement());
            }
            int gap = 0;
            for (int i = 0; i < words.size(); ) {
                Entry entry = longest(i);
                if (entry == null) {
                    out.add(new Out(states.get(i), words.get(i), increments.get(i) + gap));
                    gap = 0;
                    i++;
                    continue;
                }
                int skipped = 0;
                for (int k = 0; k < entry.words().length; k++) {
                    skipped += increments.get(i + k);
                }
                if (entry.form().length == 0) {
                    gap += skipped;
                } else {
                    for (int k = 0; k < entry.form().length; k++) {
                        State state = states.get(i + Math.min(k, entry.words().length - 1));
                        out.add(new Out(state, entry.form()[k], k == 0 ? increments.get(i) + gap : 1));
                    }
                    gap = 0;
                }
                i += entry.words().length;
            }
            next = 0;
        }

        private Entry longest(int at) {
            List<Entry> entries = byFirstWord.get(keys.get(at));
            if (entries == null) {
                return null;
            }
            for (Entry entry : entries) {
                String[] phrase = entry.words();
                int k = 0;
                while (k < phrase.length && at + k < keys.size() && phrase[k].equals(keys.get(at + k))) {
                    k++;
                }
                if (k == phrase.length) {
                    return entry;
                }
            }
            return null;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            states.clear();
            words.clear();
            keys.clear();
            increments.clear();
            out.clear();
            next = -1;
        }
    }
}
