package org.commitmentstracker.extract.repeat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How a commitment's text becomes the terms two commitments are compared by, per language: words
 * (field {@link #WORDS}) and pairs of neighbouring words (field {@link #PAIRS}). Both languages lower-case,
 * leave out the words that only frame an undertaking ("the two sides agreed to", "hai bên nhất trí"; lists
 * in this package's resources), then fold: diacritics removed and đ made d (Lucene's ASCII folding), so
 * "Đà Nẵng" and "Da Nang" are one. English also drops possessives, gives words that say the same in a
 * joint statement one form ("treaty" and "memorandum" are "agreement"; list same-en.txt) and is stemmed
 * (Porter: "establishing" and "establishment" are "establish", "exemption" is "exempt").
 */
final class RepeatAnalysis {
    static final String WORDS = "words";
    static final String PAIRS = "pairs";

    private final String language;
    private final CharArraySet stopWords;
    private final Phrases phrases;
    private final Background background;

    private RepeatAnalysis(String language, CharArraySet stopWords, Phrases phrases, Background background) {
        this.language = language;
        this.stopWords = stopWords;
        this.phrases = phrases;
        this.background = background;
    }

    /** The analysis of "en" or "vi" (any other language is analysed as English): read once, never changed. */
    static RepeatAnalysis of(String language) {
        return "vi".equals(language) ? Loaded.VI : Loaded.EN;
    }

    /** The two analyses, read from this package's lists when first asked for. */
    private static final class Loaded {
        static final RepeatAnalysis EN = load("en");
        static final RepeatAnalysis VI = load("vi");
    }

    private static RepeatAnalysis load(String language) {
        Background background = Background.read(readList("background-" + language + ".txt"));
        if ("vi".equals(language)) {
            return new RepeatAnalysis("vi", new CharArraySet(readList("stop-vi.txt"), false),
                    Phrases.of("vi", readList("same-vi.txt")), background);
        }
        CharArraySet stop = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
        stop.addAll(readList("stop-en.txt"));
        return new RepeatAnalysis("en", stop, Phrases.of("en", readList("same-en.txt")), background);
    }

    /** How often terms come in the commitments of many statements, beside the partner's own (background-*.txt). */
    Background background() {
        return background;
    }

    String language() {
        return language;
    }

    /** The analyser of the words. */
    Analyzer words() {
        return analyzer(false);
    }

    /** The analyser of the pairs of neighbouring words (none across a word left out). */
    Analyzer pairs() {
        return analyzer(true);
    }

    /**
     * Whether a word may name what an undertaking is about: not a number, a year or an ordinal ("5th", "2025"),
     * which say how much, when or which time ("the 5th meeting" and "the next session" of one committee).
     */
    static boolean mayNameObject(String word) {
        return word.chars().noneMatch(Character::isDigit);
    }

    /** The terms of {@code text} as {@code analyzer} gives them, in order, repeats kept. */
    static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, Normalizer.normalize(text, Normalizer.Form.NFC))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private Analyzer analyzer(boolean pairs) {
        boolean english = "en".equals(language);
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = english ? new EnglishPossessiveFilter(source) : source;
                stream = new LowerCaseFilter(stream);
                stream = phrases.filter(stream);
                stream = new StopFilter(stream, stopWords);
                stream = new ASCIIFoldingFilter(stream);
                if (english) {
                    stream = new PorterStemFilter(stream);
                }
                if (pairs) {
                    ShingleFilter shingles = new ShingleFilter(stream, 2, 2);
                    shingles.setOutputUnigrams(false);
                    stream = new WithoutGaps(shingles);
                }
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    /** Leaves out the pairs that span a word left out (the shingle filter fills the gap with "_"). */
    private static final class WithoutGaps extends FilteringTokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        WithoutGaps(TokenStream input) {
            super(input);
        }

        @Override
        protected boolean accept() {
            String pair = term.toString();
            return !pair.startsWith("_ ") && !pair.endsWith(" _") && !pair.contains(" _ ");
        }
    }

    private static List<String> readList(String name) {
        InputStream in = RepeatAnalysis.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("The word list " + name + " is missing from the application.");
        }
        List<String> words = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = Normalizer.normalize(line.strip(), Normalizer.Form.NFC);
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
