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
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
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
     * words spans it. Only the word, its position increment and its offsets are handed on (what the filters
     * after this one read).
     */
    private final class Filter extends TokenFilter {
        /** A word read or handed on: its text, position increment and offsets. */
        private record Word(String text, int increment, int start, int end) {
            Word withText(String other) {
                return new Word(other, increment, start, end);
            }
        }

        /** Stems are kept per filter (one per thread), words repeat across commitments; cleared past this many. */
        private static final int STEMS_KEPT = 20_000;

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final List<Word> read = new ArrayList<>();
        /** The texts of the words read, as a view (nothing copied). */
        private final List<String> texts = new java.util.AbstractList<>() {
            @Override
            public String get(int index) {
                return read.get(index).text();
            }

            @Override
            public int size() {
                return read.size();
            }
        };
        private final List<String> keys = new ArrayList<>();
        private final List<Word> out = new ArrayList<>();
        private final PorterStemmer stemmer = new PorterStemmer();
        private final Map<String, String> stemsKnown = new HashMap<>();
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
            Word word = out.get(next++);
            clearAttributes();
            term.setEmpty().append(word.text());
            increment.setPositionIncrement(word.increment());
            offset.setOffset(word.start(), word.end());
            return true;
        }

        private void read() throws IOException {
            while (input.incrementToken()) {
                String text = term.toString();
                read.add(new Word(text, increment.getPositionIncrement(), offset.startOffset(), offset.endOffset()));
                keys.add(stems ? stemOf(text) : text);
            }
            withoutSpelledOutNames();
            int gap = 0;
            for (int i = 0; i < read.size(); ) {
                Entry entry = longest(i);
                Word first = read.get(i);
                if (entry == null) {
                    out.add(new Word(first.text(), first.increment() + gap, first.start(), first.end()));
                    gap = 0;
                    i++;
                    continue;
                }
                int length = entry.words().length;
                if (entry.form().length == 0) {
                    for (int k = 0; k < length; k++) {
                        gap += read.get(i + k).increment();
                    }
                } else {
                    Word last = read.get(i + length - 1);
                    for (int k = 0; k < entry.form().length; k++) {
                        out.add(new Word(entry.form()[k], k == 0 ? first.increment() + gap : 1, first.start(), last.end()));
                    }
                    gap = 0;
                }
                i += length;
            }
            currencyAfterAmount();
            next = 0;
        }

        /** Leaves out the words of a name an abbreviation after them spells ({@link Acronyms}); the abbreviation stays. */
        private void withoutSpelledOutNames() {
            for (int i = read.size() - 1; i > 0; i--) {
                int spelled = Acronyms.spelledBefore(texts, i);
                if (spelled > 0) {
                    int first = i - spelled;
                    read.set(i, new Word(read.get(i).text(), read.get(first).increment(), read.get(i).start(), read.get(i).end()));
                    read.subList(first, i).clear();
                    keys.subList(first, i).clear();
                    i = first;
                }
            }
        }

        /**
         * Puts a currency written before an amount after it, where the other way of writing puts it ("USD 25 billion"
         * as "25 billion US dollars", "500 triệu USD"): the words move, their positions and offsets stay.
         */
        private void currencyAfterAmount() {
            for (int i = 0; i + 1 < out.size(); i++) {
                if (!Amounts.isCurrency(out.get(i).text()) || !Amounts.isNumber(out.get(i + 1).text())) {
                    continue;
                }
                int last = i + 2 < out.size() && Amounts.isScale(out.get(i + 2).text()) ? i + 2 : i + 1;
                String currency = out.get(i).text();
                for (int k = i; k < last; k++) {
                    out.set(k, out.get(k).withText(out.get(k + 1).text()));
                }
                out.set(last, out.get(last).withText(currency));
                i = last;
            }
        }

        private String stemOf(String word) {
            String stem = stemsKnown.get(word);
            if (stem == null) {
                if (stemsKnown.size() >= STEMS_KEPT) {
                    stemsKnown.clear();
                }
                stem = key(stemmer, word);
                stemsKnown.put(word, stem);
            }
            return stem;
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
            read.clear();
            keys.clear();
            out.clear();
            next = -1;
        }
    }
}
