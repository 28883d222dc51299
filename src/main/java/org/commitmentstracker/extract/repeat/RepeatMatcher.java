package org.commitmentstracker.extract.repeat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;

/**
 * Finds which of a partner's earlier commitments a later one repeats, in one language. The earlier
 * commitments are indexed in memory (Lucene, BM25); for a later commitment the best-ranked earlier ones
 * are candidates, and a candidate is a repeat when the two texts share enough of their weighted terms
 * (words and pairs of neighbouring words, each weighted by how rare it is among the partner's
 * commitments): a Dice coefficient of at least {@link #THRESHOLD}. Sharing the place and the verb ("open
 * … in Da Nang") is not enough when the object differs ("a consulate" against "a shipping line"): the
 * object's rare words and pairs weigh on both sides and are not shared.
 *
 * <p>One matcher is used by one thread at a time.
 */
public final class RepeatMatcher implements AutoCloseable {
    /** A commitment: its id and its text. */
    public record Text(long id, String text) {
    }

    /** A later commitment found to repeat an earlier one, with the share of weighted terms they have in common. */
    public record Match(long laterId, long earlierId, double overlap) {
    }

    /** The share of weighted terms two commitments must have in common (0..1). */
    public static final double THRESHOLD = 0.35;

    /**
     * The share of weighted terms enough when one text is nearly all in the other ({@link #contained}): a later
     * statement often says an undertaking again in fewer words ("enhance coordination against IUU fishing").
     */
    static final double CONTAINED_THRESHOLD = 0.25;

    /** How many of the best-ranked earlier commitments are looked at. */
    private static final int CANDIDATES = 8;

    /** How many of the best-ranked commitments are read to find those candidates among the earlier ones. */
    private static final int SEARCHED = 24;

    /** A field of terms with how often each comes, without their positions. */
    private static final FieldType TERMS_ONLY = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        TERMS_ONLY.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        TERMS_ONLY.freeze();
    }

    private final RepeatAnalysis analysis;
    private final Analyzer words;
    private final Analyzer pairs;
    // The index files each in one buffer: a search opens many slices of them, and a slice of one buffer is cheap.
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(),
            ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    /** The commitment's id of each document of the index. */
    private final long[] ids;
    private final Map<Long, Terms> earlierTerms = new HashMap<>();
    /** The terms of each document of the index. */
    private final Terms[] docTerms;
    /** What the search found for the texts asked about, by their analysed terms. */
    private final Map<Analysed, Hits> searched = new HashMap<>();
    /** The documents found for each query asked, best first. */
    private final Map<List<List<String>>, int[]> queried = new HashMap<>();
    private final Map<String, Double> wordWeights = new HashMap<>();
    private final Map<String, Double> pairWeights = new HashMap<>();
    /** A number for each word met, so that the texts' words are compared as numbers. */
    private final Map<String, Integer> wordIds = new HashMap<>();
    /** The word of each number. */
    private final List<String> wordsByNumber = new ArrayList<>();
    /** The numbers of the words that may not name an object (amounts: {@link RepeatAnalysis#mayNameObject}). */
    private final java.util.BitSet amountWords = new java.util.BitSet();
    /** A number for each pair of words met. */
    private final Map<String, Integer> pairIds = new HashMap<>();
    /** For a word's number, the numbers of the vocabulary's words that are a longer or shorter form of it. */
    private final Map<Integer, int[]> alikeNumbers = new HashMap<>();
    /** Where each term asked for is in the index, and its statistics: looked up once, not at each search. */
    private final Map<String, TermStates> wordStates = new HashMap<>();
    private final Map<String, TermStates> pairStates = new HashMap<>();
    private final int ownWordsForObject;
    /** The table of {@link #objectDiffers(Terms, Terms)}, reused ({@link #commonTable}). */
    private int[] commonCells = new int[0];
    /** The words of the indexed commitments, sorted (numbered 0 to its length - 1). */
    private final String[] vocabulary;

    /**
     * Indexes the earlier commitments of one partner in one language ("en" or "vi").
     *
     * @param earlier the commitments a later one may repeat (the caller decides which count as earlier)
     */
    public RepeatMatcher(String language, List<Text> earlier) {
        this.analysis = RepeatAnalysis.of(language);
        this.words = analysis.words();
        this.pairs = analysis.pairs();
        this.ownWordsForObject = "vi".equals(analysis.language()) ? 2 : 1;
        List<Analysed> analysed = new ArrayList<>(earlier.size());
        reader = index(earlier, analysed);
        searcher = new IndexSearcher(reader);
        // Each query is asked once: there is nothing to cache, and tracking the queries' use would hash each.
        searcher.setQueryCache(null);
        // The documents are numbered in the order the texts were added (one segment, see index). Their terms are
        // weighed once the index is complete: a term's weight depends on how many indexed commitments have it.
        ids = new long[earlier.size()];
        docTerms = new Terms[ids.length];
        for (int doc = 0; doc < ids.length; doc++) {
            ids[doc] = earlier.get(doc).id();
            docTerms[doc] = terms(analysed.get(doc));
            earlierTerms.put(ids[doc], docTerms[doc]);
        }
        vocabulary = wordIds.keySet().toArray(String[]::new);
        Arrays.sort(vocabulary);
    }

    /**
     * Indexes the texts, each analysed once into {@code analysed}, and opens the index. The index is given the terms
     * the comparison uses: the same terms, in the same order, as when it analysed the text itself (positions aside,
     * which BM25's scores do not use). A text not in NFC, which the comparison analyses normalised, is given to the
     * index as it is, as before. The index is one segment, written only when it is complete and never merged: its
     * documents are numbered as the texts come, so no id is stored with them (nor read back).
     */
    private DirectoryReader index(List<Text> earlier, List<Analysed> analysed) {
        Analyzer perField = new PerFieldAnalyzerWrapper(words, Map.of(RepeatAnalysis.PAIRS, pairs));
        IndexWriterConfig config = new IndexWriterConfig(perField)
                // Flushed by the commit alone (the count first: one of the two limits must stay on).
                .setMaxBufferedDocs(Integer.MAX_VALUE)
                .setRAMBufferSizeMB(IndexWriterConfig.DISABLE_AUTO_FLUSH)
                .setMergePolicy(NoMergePolicy.INSTANCE)
                .setUseCompoundFile(false);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            // Neither field's positions are kept: the candidate search asks for terms alone, and BM25 scores by
            // how often a term comes and how long the field is.
            TermList wordList = new TermList();
            TermList pairList = new TermList();
            Document document = new Document();
            document.add(new Field(RepeatAnalysis.WORDS, wordList, TERMS_ONLY));
            document.add(new Field(RepeatAnalysis.PAIRS, pairList, TERMS_ONLY));
            for (Text text : earlier) {
                analysed.add(add(writer, text, document, wordList, pairList));
            }
            writer.commit();
            DirectoryReader opened = DirectoryReader.open(directory);
            if (opened.maxDoc() != earlier.size() || opened.leaves().size() > 1) {
                opened.close();
                throw new IllegalStateException("the index of " + earlier.size() + " commitments has "
                        + opened.maxDoc() + " documents in " + opened.leaves().size() + " segments, not one");
            }
            return opened;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds one text to the index (a method of its own: its work is compiled apart from the loop that calls it). */
    private Analysed add(IndexWriter writer, Text text, Document document, TermList wordList, TermList pairList)
            throws IOException {
        Analysed terms = analyse(text.text());
        if (Normalizer.isNormalized(text.text(), Normalizer.Form.NFC)) {
            wordList.set(terms.words());
            pairList.set(terms.pairs());
            writer.addDocument(document);
        } else {
            Document asWritten = new Document();
            asWritten.add(new Field(RepeatAnalysis.WORDS, text.text(), TERMS_ONLY));
            asWritten.add(new Field(RepeatAnalysis.PAIRS, text.text(), TERMS_ONLY));
            writer.addDocument(asWritten);
        }
        return terms;
    }

    /** The earlier commitments {@code later} repeats, best first. */
    public List<Match> repeatsOf(Text later) {
        return repeatsOf(later, id -> true);
    }

    /**
     * The earlier commitments {@code later} repeats among those {@code earlier} accepts, best first.
     * A commitment never repeats itself.
     */
    public List<Match> repeatsOf(Text later, LongPredicate earlier) {
        List<Match> matches = new ArrayList<>();
        compare(later, earlier, (match, repeat) -> {
            if (repeat) {
                matches.add(match);
            }
        });
        matches.sort((a, b) -> Double.compare(b.overlap(), a.overlap()));
        return matches;
    }

    /**
     * The earlier commitments {@code later} may repeat, for an officer to judge, among those {@code earlier}
     * accepts: of the candidates looked at, those not found to repeat it that share at least
     * {@link #POSSIBLE_THRESHOLD} of their weighted terms, best first, at most {@link #POSSIBLE}. They find most
     * of the repeats worded too differently to be linked, and show many an undertaking that is only alike.
     */
    public List<Match> possibleRepeatsOf(Text later, LongPredicate earlier) {
        List<Match> possible = new ArrayList<>();
        compare(later, earlier, (match, repeat) -> {
            if (!repeat && match.overlap() >= POSSIBLE_THRESHOLD) {
                possible.add(match);
            }
        });
        possible.sort((a, b) -> Double.compare(b.overlap(), a.overlap()));
        return possible.subList(0, Math.min(POSSIBLE, possible.size()));
    }

    /** The share of weighted terms an earlier commitment must have in common with a later one to be shown as possible. */
    static final double POSSIBLE_THRESHOLD = 0.2;

    /** How many possible repeats are shown at most. */
    static final int POSSIBLE = 2;

    /** Compares {@code later} with the best-ranked earlier commitments {@code earlier} accepts, each told to {@code decided}. */
    private void compare(Text later, LongPredicate earlier, java.util.function.BiConsumer<Match, Boolean> decided) {
        // An indexed commitment asked again (an import's own) is not analysed twice.
        Terms known = earlierTerms.get(later.id());
        Terms terms = known != null ? known : terms(later.text());
        if (terms.words.isEmpty() && terms.pairs.isEmpty()) {
            return;
        }
        // Texts analysed alike (a commitment a statement repeats word for word) are searched and compared once.
        Hits hits = searched.computeIfAbsent(terms.analysed(), key -> search(terms));
        int found = 0;
        for (int hit = 0; hit < hits.docs.length; hit++) {
            long id = ids[hits.docs[hit]];
            if (id == later.id() || !earlier.test(id)) {
                continue;
            }
            if (!hits.decided(hit)) {
                Terms other = docTerms[hits.docs[hit]];
                double overlap = overlap(terms, other);
                hits.decide(hit, overlap, (overlap >= THRESHOLD
                        || overlap >= CONTAINED_THRESHOLD && contained(terms, other)) && !objectDiffers(other, terms));
            }
            decided.accept(new Match(later.id(), id, hits.overlap(hit)), hits.repeat(hit));
            if (++found == CANDIDATES) {
                break;
            }
        }
    }

    /** The best-ranked commitments for a text's terms, best first. */
    private Hits search(Terms terms) {
        // The rarest terms only: a term most of the partner's commitments share ("two sides", "cooperation") ranks
        // nothing, and scoring it touches every commitment. The overlap below still weighs every term.
        List<String> rarestWords = rarest(RepeatAnalysis.WORDS, terms);
        List<String> rarestPairs = rarest(RepeatAnalysis.PAIRS, terms);
        // Texts that differ in their common terms only ask the same: the search is made once.
        return new Hits(queried.computeIfAbsent(List.of(rarestWords, rarestPairs),
                key -> search(rarestWords, rarestPairs)));
    }

    private int[] search(List<String> rarestWords, List<String> rarestPairs) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        rarestWords.forEach(t -> query.add(termQuery(RepeatAnalysis.WORDS, t), BooleanClause.Occur.SHOULD));
        rarestPairs.forEach(t -> query.add(termQuery(RepeatAnalysis.PAIRS, t), BooleanClause.Occur.SHOULD));
        try {
            // Only the best hits matter, not how many there are: counting no further lets Lucene skip the
            // commitments that cannot reach them (the same hits, in the same order). One thread searches one
            // segment: no minimum score shared between collectors.
            ScoreDoc[] best = searcher.search(query.build(),
                    new TopScoreDocCollectorManager(SEARCHED, null, SEARCHED, false)).scoreDocs;
            int[] docs = new int[best.length];
            for (int i = 0; i < best.length; i++) {
                docs[i] = best[i].doc;
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The documents a search found, best first, and for each as it is looked at its overlap and whether it is repeated. */
    private static final class Hits {
        private final int[] docs;
        private final double[] overlaps;
        /** 0 not looked at yet, 1 repeated, 2 not. */
        private final byte[] repeats;

        Hits(int[] docs) {
            this.docs = docs;
            this.overlaps = new double[docs.length];
            this.repeats = new byte[docs.length];
        }

        boolean decided(int hit) {
            return repeats[hit] != 0;
        }

        void decide(int hit, double overlap, boolean repeat) {
            overlaps[hit] = overlap;
            repeats[hit] = (byte) (repeat ? 1 : 2);
        }

        boolean repeat(int hit) {
            return repeats[hit] == 1;
        }

        double overlap(int hit) {
            return overlaps[hit];
        }
    }

    private TermQuery termQuery(String field, String text) {
        Term term = new Term(field, text);
        TermStates states = (RepeatAnalysis.WORDS.equals(field) ? wordStates : pairStates).computeIfAbsent(text, t -> {
            try {
                return TermStates.build(searcher, term, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return new TermQuery(term, states);
    }

    /**
     * How many of a text's terms, of each field, the candidate search asks for (the rarest ones). Six find the same
     * pairs as twelve did, alone and among a whole corpus of commitments (RepeatPairsAmongManyTest), and each
     * search scores half the clauses.
     */
    private static final int ASKED_TERMS = 6;

    private static List<String> rarest(String field, Terms terms) {
        Set<String> of = terms.of(field);
        if (of.size() <= ASKED_TERMS) {
            return List.copyOf(of);
        }
        // The field's terms with their weights, as Terms keeps them (the words' first, then the pairs').
        int first = RepeatAnalysis.WORDS.equals(field) ? 0 : terms.words().size();
        Weighted[] weighted = new Weighted[of.size()];
        int k = 0;
        for (String term : of) {
            weighted[k] = new Weighted(term, terms.weights()[first + k]);
            k++;
        }
        Arrays.sort(weighted, Comparator.comparingDouble((Weighted t) -> -t.weight())
                .thenComparing(Weighted::term));
        List<String> rarest = new ArrayList<>(ASKED_TERMS);
        for (int i = 0; i < ASKED_TERMS; i++) {
            rarest.add(weighted[i].term());
        }
        return rarest;
    }

    private record Weighted(String term, double weight) {
    }

    /** The share of weighted terms the two have in common: 2 × shared ÷ (all of one + all of the other). */
    double overlap(Terms a, Terms b) {
        double[] w = sharedAndTotals(a, b);
        return w[1] + w[2] == 0 ? 0 : 2 * w[0] / (w[1] + w[2]);
    }

    /** Whether the words and pairs of one text weigh at least two thirds in the other (the shorter's in the longer). */
    boolean contained(Terms a, Terms b) {
        double[] w = sharedAndTotals(a, b);
        return w[0] >= 2.0 / 3 * Math.min(w[1], w[2]);
    }

    /** The weight of the terms {@code a} and {@code b} share, of all of {@code a}'s, of all of {@code b}'s. */
    double[] sharedAndTotals(Terms a, Terms b) {
        // Each text's weights are summed once (Terms.total), in the order they are summed here. The terms are
        // compared by their numbers (a sorted array searched), not by hashing each term's text.
        double shared = 0;
        int[] terms = a.terms();
        for (int k = 0; k < terms.length; k++) {
            if (Arrays.binarySearch(b.sortedTerms(), terms[k]) >= 0) {
                shared += a.weights()[k];
            }
        }
        return new double[] {shared, a.total(), b.total()};
    }

    private static final List<String> FIELDS = List.of(RepeatAnalysis.WORDS, RepeatAnalysis.PAIRS);

    /**
     * How rare a term is among the indexed commitments and the background's (many statements' commitments,
     * {@link Background}) together: BM25's inverse document frequency.
     */
    private double weight(String field, String term) {
        Map<String, Double> weights = RepeatAnalysis.WORDS.equals(field) ? wordWeights : pairWeights;
        return weights.computeIfAbsent(term, key -> {
            try {
                long count = reader.numDocs() + analysis.background().commitments();
                long frequency = reader.docFreq(new Term(field, term)) + analysis.background().frequency(field, term);
                return Math.log(1 + (count - frequency + 0.5) / (frequency + 0.5));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    Terms terms(String text) {
        return terms(analyse(text));
    }

    /** A text's words and pairs of words as analysed, in order, repeats kept. */
    record Analysed(List<String> words, List<String> pairs) {
    }

    /**
     * Analyses a text once for both: its pairs are those {@link RepeatAnalysis#pairs()} gives, two neighbouring
     * words with no word left out between them (RepeatMatcherTest compares the two on the labelled pairs).
     */
    Analysed analyse(String text) {
        List<String> sequence = new ArrayList<>();
        List<String> pairList = new ArrayList<>();
        try (TokenStream stream = words.tokenStream(RepeatAnalysis.WORDS,
                Normalizer.normalize(text, Normalizer.Form.NFC))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String word = term.toString();
                if (!sequence.isEmpty() && increment.getPositionIncrement() == 1) {
                    String pair = sequence.get(sequence.size() - 1) + ' ' + word;
                    // As the pairs' analyser leaves out a pair with the filler "_" of a gap (a word "_" alone).
                    if (!pair.startsWith("_ ") && !pair.endsWith(" _") && !pair.contains(" _ ")) {
                        pairList.add(pair);
                    }
                }
                sequence.add(word);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Analysed(sequence, pairList);
    }

    private Terms terms(Analysed analysed) {
        List<String> sequence = analysed.words();
        Set<String> distinctWords = new HashSet<>(sequence);
        Set<String> distinctPairs = new HashSet<>(analysed.pairs());
        int[] numbers = new int[sequence.size()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = wordNumber(sequence.get(i));
        }
        double[] termWeights = new double[distinctWords.size() + distinctPairs.size()];
        // Each distinct term's number, words' and pairs' apart (a word's even, a pair's odd).
        int[] termNumbers = new int[termWeights.length];
        double total = 0;
        int k = 0;
        for (String field : FIELDS) {
            boolean isWords = field.equals(RepeatAnalysis.WORDS);
            for (String term : isWords ? distinctWords : distinctPairs) {
                termWeights[k] = weight(field, term);
                termNumbers[k] = isWords ? 2 * wordNumber(term) : 2 * pairIds.computeIfAbsent(term, t -> pairIds.size()) + 1;
                total += termWeights[k];
                k++;
            }
        }
        int[] sortedTerms = termNumbers.clone();
        Arrays.sort(sortedTerms);
        int[] sortedWords = Arrays.stream(numbers).distinct().sorted().toArray();
        return new Terms(analysed, distinctWords, distinctPairs, numbers, termWeights, total, termNumbers, sortedTerms,
                sortedWords);
    }

    private int wordNumber(String word) {
        Integer known = wordIds.putIfAbsent(word, wordIds.size());
        if (known != null) {
            return known;
        }
        int number = wordIds.size() - 1;
        wordsByNumber.add(word);
        if (!RepeatAnalysis.mayNameObject(word)) {
            amountWords.set(number);
        }
        return number;
    }

    /**
     * Whether one undertaking's object stands where the other has another: between two words the texts
     * share in the same order, each has words of its own that the other has nowhere ("subcommittee on
     * science and technology" against "subcommittee on agriculture"; "open a consulate general in Da
     * Nang" against "open a shipping line to Da Nang"). Words added before the first shared word or after
     * the last ("in Da Nang City", "at deputy minister level") are not a change of object. In Vietnamese,
     * whose words are mostly of two syllables, each side needs two syllables of its own ("mở" against
     * "khai trương" is the same opening).
     */
    boolean objectDiffers(Terms a, Terms b) {
        // The two texts may line up in more than one way when a word comes twice: the object differs only
        // when it does in the alignment that keeps the first text's words first and in the one that keeps
        // the second's.
        // A gap's own words are among its text's own words: when one text has too few, no gap has enough.
        if (ownWords(a, 0, a.ids().length, b) < ownWordsForObject
                || ownWords(b, 0, b.ids().length, a) < ownWordsForObject) {
            return false;
        }
        // The words as numbers (the same word, the same number); the longest common subsequences of their ends,
        // common[i * width + j] for the first text from word i and the second from word j. The alignments take
        // the words both begin with as they come, without looking at the table: it is not filled there.
        int[] x = a.ids();
        int[] y = b.ids();
        int width = y.length + 1;
        int start = Arrays.mismatch(x, y);
        if (start < 0) {
            start = x.length;
        }
        int[] common = commonTable((x.length + 1) * width);
        // The cells read past either text's end are 0: the row after the first text's last word, and the column
        // after the second's (from the first word the texts differ at; nothing before it is read).
        Arrays.fill(common, x.length * width, (x.length + 1) * width, 0);
        for (int i = start; i < x.length; i++) {
            common[i * width + y.length] = 0;
        }
        for (int i = x.length - 1; i >= start; i--) {
            for (int j = y.length - 1; j >= start; j--) {
                common[i * width + j] = x[i] == y[j] ? common[(i + 1) * width + j + 1] + 1
                        : Math.max(common[(i + 1) * width + j], common[i * width + j + 1]);
            }
        }
        return objectDiffers(a, b, common, true) && objectDiffers(a, b, common, false);
    }

    /**
     * A table of at least {@code size} cells for {@link #objectDiffers(Terms, Terms)}, kept from one comparison to the
     * next (one thread uses a matcher): a new one for each of the many comparisons made most of what the finder
     * allocated. Its cells hold the last comparison's values.
     */
    private int[] commonTable(int size) {
        if (commonCells.length < size) {
            commonCells = new int[Math.max(size, 2 * commonCells.length)];
        }
        return commonCells;
    }

    private boolean objectDiffers(Terms a, Terms b, int[] common, boolean firstTextFirst) {
        int[] x = a.ids();
        int[] y = b.ids();
        int width = y.length + 1;
        int i = 0;
        int j = 0;
        int gapX = -1;
        int gapY = -1;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                if (gapX >= 0 && ownWords(a, gapX, i, b) >= ownWordsForObject
                        && ownWords(b, gapY, j, a) >= ownWordsForObject
                        && Math.min(ownWeight(a, gapX, i, b), ownWeight(b, gapY, j, a))
                                >= REPLACED_GAP * sharedObjectWeight(a, b)) {
                    return true;
                }
                i++;
                j++;
                gapX = i;
                gapY = j;
            } else if (common[(i + 1) * width + j] > common[i * width + j + 1]
                    || common[(i + 1) * width + j] == common[i * width + j + 1] && firstTextFirst) {
                i++;
            } else {
                j++;
            }
        }
        // After the last shared word, added words are no change of object ("in Da Nang City"), but words that
        // stand in for the other's are ("an Agreement on Cooperation in Tourism" / "… in Health").
        return gapX > 0 && tailReplaced(a, gapX, b, gapY);
    }

    /**
     * How much each text's own words between two shared words must weigh, as a share of the object words the texts
     * share, to be another object ("agriculture" against "science and technology" between "subcommittee" and
     * "intergovernmental committee"); a light word there is a rewording, not another object.
     */
    private static final double REPLACED_GAP = 0.1;

    /** The weight of the words both texts have that may name an object (not numbers: they say how much). */
    private double sharedObjectWeight(Terms a, Terms b) {
        return sharedWordWeight(a, b, true);
    }

    /**
     * The weight of the words both texts have, summed in the order of {@code a}'s distinct words (its weights'
     * order); with {@code objectsOnly} the words that may name an object only.
     */
    private double sharedWordWeight(Terms a, Terms b, boolean objectsOnly) {
        double shared = 0;
        int[] terms = a.terms();
        for (int k = 0; k < a.words().size(); k++) {
            int word = terms[k] / 2;
            if ((!objectsOnly || !amountWords.get(word)) && Arrays.binarySearch(b.sortedWords(), word) >= 0) {
                shared += a.weights()[k];
            }
        }
        return shared;
    }

    /** How much each text's own words after the last shared word must weigh, as a share of the words they share. */
    private static final double REPLACED_TAIL = 0.4;

    /**
     * Whether the words of both texts after their last shared word are the texts' own and weigh as much as
     * {@link #REPLACED_TAIL} of the words they share ("Ministries of Defence" / "coast guards"; "Almaty" /
     * "Da Nang City"), not a qualifier added to the same undertaking ("mechanism" / "at deputy minister level").
     */
    /** The tails of {@code a} from its word {@code fromA} and of {@code b} from {@code fromB}. */
    private boolean tailReplaced(Terms a, int fromA, Terms b, int fromB) {
        int endA = a.ids().length;
        int endB = b.ids().length;
        if (ownWords(a, fromA, endA, b) < ownWordsForObject || ownWords(b, fromB, endB, a) < ownWordsForObject) {
            return false;
        }
        double shared = sharedWordWeight(a, b, false);
        return Math.min(ownWeight(a, fromA, endA, b), ownWeight(b, fromB, endB, a)) >= REPLACED_TAIL * shared;
    }

    /** The weight of the distinct own words of {@code a}'s words {@code from} to {@code to} (exclusive), in order. */
    private double ownWeight(Terms a, int from, int to, Terms other) {
        boolean indexed = indexed(other);
        int[] ids = a.ids();
        double weight = 0;
        for (int i = from; i < to; i++) {
            if (firstAt(ids, from, i) && own(ids[i], other, indexed)) {
                weight += weight(RepeatAnalysis.WORDS, wordsByNumber.get(ids[i]));
            }
        }
        return weight;
    }

    /** Whether the word at {@code i} comes there first since {@code from}. */
    private static boolean firstAt(int[] ids, int from, int i) {
        for (int j = from; j < i; j++) {
            if (ids[j] == ids[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * How many of {@code a}'s words {@code from} to {@code to} (exclusive) are nowhere in {@code other}, not even as
     * a longer or shorter form of a word of it.
     */
    private long ownWords(Terms a, int from, int to, Terms other) {
        boolean indexed = indexed(other);
        int[] ids = a.ids();
        long own = 0;
        for (int i = from; i < to; i++) {
            if (own(ids[i], other, indexed)) {
                own++;
            }
        }
        return own;
    }

    /** Whether a word (by its number) may name an object and is nowhere in {@code other}, not even as a longer or shorter form. */
    private boolean own(int word, Terms other, boolean indexed) {
        // A word the other has is alike; a word shorter than 4 letters is alike only to itself; the forms of a
        // word the other may have are known from the vocabulary when all of its words are indexed.
        if (Arrays.binarySearch(other.sortedWords(), word) >= 0 || amountWords.get(word)) {
            return false;
        }
        String text = wordsByNumber.get(word);
        return text.length() < 4
                || !(indexed ? hasOne(alikeNumbers(word), other.sortedWords()) : alikeToOne(text, other.words()));
    }

    /** Whether all of a text's words are the indexed commitments'. */
    private boolean indexed(Terms terms) {
        int[] words = terms.sortedWords();
        return words.length == 0 || words[words.length - 1] < vocabulary.length;
    }

    /**
     * The numbers of the vocabulary's words that are a longer or shorter form of the word numbered {@code word}
     * (itself too if there); worked out once per word.
     */
    private int[] alikeNumbers(int word) {
        return alikeNumbers.computeIfAbsent(word, number -> {
            String w = wordsByNumber.get(number);
            List<String> alike = new ArrayList<>();
            for (int length = 4; length < w.length(); length++) {
                String shorter = w.substring(0, length);
                if (Arrays.binarySearch(vocabulary, shorter) >= 0) {
                    alike.add(shorter);
                }
            }
            // The vocabulary's words that begin with the word come right after it in sorted order.
            int at = Arrays.binarySearch(vocabulary, w);
            for (int i = at >= 0 ? at : -at - 1; i < vocabulary.length && vocabulary[i].startsWith(w); i++) {
                alike.add(vocabulary[i]);
            }
            return alike.stream().mapToInt(wordIds::get).toArray();
        });
    }

    private static boolean hasOne(int[] words, int[] sorted) {
        for (int word : words) {
            if (Arrays.binarySearch(sorted, word) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean alikeToOne(String word, Set<String> others) {
        for (String other : others) {
            if (alike(word, other)) {
                return true;
            }
        }
        return false;
    }

    private static boolean alike(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.equals(longer) || shorter.length() >= 4 && longer.startsWith(shorter);
    }

    /**
     * A text's words and pairs of words in order, its distinct words and its distinct pairs of words, as analysed; its words' numbers
     * in order; the weight of each distinct word then each distinct pair (in the order the sets give them), and
     * their sum; the number of each of those terms, in that order (a word's {@code 2 × its number}, a pair's
     * {@code 2 × its number + 1}), and the same sorted; the distinct words' numbers, sorted.
     */
    record Terms(Analysed analysed, Set<String> words, Set<String> pairs, int[] ids, double[] weights,
                 double total, int[] terms, int[] sortedTerms, int[] sortedWords) {
        List<String> sequence() {
            return analysed.words();
        }

        Set<String> of(String field) {
            return RepeatAnalysis.WORDS.equals(field) ? words : pairs;
        }
    }

    /** The terms of a list, analysed before, as a token stream for the index. */
    private static final class TermList extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private List<String> terms = List.of();
        private int next;

        void set(List<String> terms) {
            this.terms = terms;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }

        @Override
        public boolean incrementToken() {
            if (next == terms.size()) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(terms.get(next++));
            return true;
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
