package org.commitmentstracker.extract.repeat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Finds which of a partner's earlier commitments a later one repeats, in one language. The earlier
 * commitments are indexed in memory (Lucene, BM25); for a later commitment the best-ranked earlier ones
 * are candidates, and a candidate is a repeat when the two texts share enough of their weighted terms
 * (words and pairs of neighbouring words, each weighted by how rare it is among the partner's
 * commitments): a Dice coefficient of at least {@link #THRESHOLD}. Sharing the place and the verb ("open
 * … in Da Nang") is not enough when the object differs ("a consulate" against "a shipping line"): the
 * object's rare words and pairs weigh on both sides and are not shared.
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

    private static final String ID = "id";

    private final RepeatAnalysis analysis;
    private final Analyzer words;
    private final Analyzer pairs;
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    /** The commitment's id of each document of the index. */
    private final long[] ids;
    private final Map<Long, Terms> earlierTerms = new HashMap<>();
    private final Map<String, Double> weights = new HashMap<>();
    private final int ownWordsForObject;

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
        Analyzer perField = new PerFieldAnalyzerWrapper(words, Map.of(RepeatAnalysis.PAIRS, pairs));
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(perField))) {
            for (Text text : earlier) {
                Document document = new Document();
                document.add(new StoredField(ID, text.id()));
                document.add(new TextField(RepeatAnalysis.WORDS, text.text(), Field.Store.NO));
                document.add(new TextField(RepeatAnalysis.PAIRS, text.text(), Field.Store.NO));
                writer.addDocument(document);
                earlierTerms.put(text.id(), terms(text.text()));
            }
            writer.commit();
            reader = DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        searcher = new IndexSearcher(reader);
        ids = new long[reader.maxDoc()];
        try {
            var storedFields = searcher.storedFields();
            for (int doc = 0; doc < ids.length; doc++) {
                ids[doc] = storedFields.document(doc).getField(ID).numericValue().longValue();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        // An indexed commitment asked again (an import's own) is not analysed twice.
        Terms known = earlierTerms.get(later.id());
        Terms terms = known != null ? known : terms(later.text());
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        // The rarest terms only: a term most of the partner's commitments share ("two sides", "cooperation") ranks
        // nothing, and scoring it touches every commitment. The overlap below still weighs every term.
        rarest(RepeatAnalysis.WORDS, terms.words).forEach(
                t -> query.add(new TermQuery(new Term(RepeatAnalysis.WORDS, t)), BooleanClause.Occur.SHOULD));
        rarest(RepeatAnalysis.PAIRS, terms.pairs).forEach(
                t -> query.add(new TermQuery(new Term(RepeatAnalysis.PAIRS, t)), BooleanClause.Occur.SHOULD));
        List<Match> matches = new ArrayList<>();
        if (terms.words.isEmpty() && terms.pairs.isEmpty()) {
            return matches;
        }
        try {
            int found = 0;
            // Only the best hits matter, not how many there are: counting no further lets Lucene skip the
            // commitments that cannot reach them (the same hits, in the same order).
            for (ScoreDoc hit : searcher.search(query.build(),
                    new TopScoreDocCollectorManager(SEARCHED, SEARCHED)).scoreDocs) {
                long id = ids[hit.doc];
                if (id == later.id() || !earlier.test(id)) {
                    continue;
                }
                Terms other = earlierTerms.get(id);
                double overlap = overlap(terms, other);
                if ((overlap >= THRESHOLD || overlap >= CONTAINED_THRESHOLD && contained(terms, other))
                        && !objectDiffers(other, terms)) {
                    matches.add(new Match(later.id(), id, overlap));
                }
                if (++found == CANDIDATES) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        matches.sort((a, b) -> Double.compare(b.overlap(), a.overlap()));
        return matches;
    }

    /** How many of a text's terms, of each field, the candidate search asks for (the rarest ones). */
    private static final int ASKED_TERMS = 12;

    private List<String> rarest(String field, Set<String> terms) {
        if (terms.size() <= ASKED_TERMS) {
            return List.copyOf(terms);
        }
        return terms.stream().sorted(java.util.Comparator.comparingDouble((String t) -> -weight(field, t))
                        .thenComparing(java.util.Comparator.naturalOrder()))
                .limit(ASKED_TERMS).toList();
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
        double shared = 0;
        double first = 0;
        double second = 0;
        for (String field : List.of(RepeatAnalysis.WORDS, RepeatAnalysis.PAIRS)) {
            for (String term : a.of(field)) {
                double weight = weight(field, term);
                first += weight;
                if (b.of(field).contains(term)) {
                    shared += weight;
                }
            }
            for (String term : b.of(field)) {
                second += weight(field, term);
            }
        }
        return new double[] {shared, first, second};
    }

    /**
     * How rare a term is among the indexed commitments and the background's (many statements' commitments,
     * {@link Background}) together: BM25's inverse document frequency.
     */
    private double weight(String field, String term) {
        return weights.computeIfAbsent(field + '\u0000' + term, key -> {
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
        List<String> sequence = RepeatAnalysis.terms(words, RepeatAnalysis.WORDS, text);
        return new Terms(sequence, new HashSet<>(sequence),
                new HashSet<>(RepeatAnalysis.terms(pairs, RepeatAnalysis.PAIRS, text)));
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
        return objectDiffers(a, b, true) && objectDiffers(a, b, false);
    }

    private boolean objectDiffers(Terms a, Terms b, boolean firstTextFirst) {
        List<String> x = a.sequence();
        List<String> y = b.sequence();
        int[][] common = new int[x.size() + 1][y.size() + 1];
        for (int i = x.size() - 1; i >= 0; i--) {
            for (int j = y.size() - 1; j >= 0; j--) {
                common[i][j] = x.get(i).equals(y.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        int gapX = -1;
        int gapY = -1;
        while (i < x.size() && j < y.size()) {
            if (x.get(i).equals(y.get(j))) {
                if (gapX >= 0 && ownWords(x.subList(gapX, i), b) >= ownWordsForObject
                        && ownWords(y.subList(gapY, j), a) >= ownWordsForObject
                        && Math.min(ownWeight(x.subList(gapX, i), b), ownWeight(y.subList(gapY, j), a))
                                >= REPLACED_GAP * sharedObjectWeight(a, b)) {
                    return true;
                }
                i++;
                j++;
                gapX = i;
                gapY = j;
            } else if (common[i + 1][j] > common[i][j + 1]
                    || common[i + 1][j] == common[i][j + 1] && firstTextFirst) {
                i++;
            } else {
                j++;
            }
        }
        // After the last shared word, added words are no change of object ("in Da Nang City"), but words that
        // stand in for the other's are ("an Agreement on Cooperation in Tourism" / "… in Health").
        return gapX > 0 && tailReplaced(x.subList(gapX, x.size()), a, y.subList(gapY, y.size()), b);
    }

    /**
     * How much each text's own words between two shared words must weigh, as a share of the object words the texts
     * share, to be another object ("agriculture" against "science and technology" between "subcommittee" and
     * "intergovernmental committee"); a light word there is a rewording, not another object.
     */
    private static final double REPLACED_GAP = 0.1;

    /** The weight of the words both texts have that may name an object (not numbers: they say how much). */
    private double sharedObjectWeight(Terms a, Terms b) {
        return a.words().stream().filter(b.words()::contains).filter(RepeatAnalysis::mayNameObject)
                .mapToDouble(w -> weight(RepeatAnalysis.WORDS, w)).sum();
    }

    /** How much each text's own words after the last shared word must weigh, as a share of the words they share. */
    private static final double REPLACED_TAIL = 0.4;

    /**
     * Whether the words of both texts after their last shared word are the texts' own and weigh as much as
     * {@link #REPLACED_TAIL} of the words they share ("Ministries of Defence" / "coast guards"; "Almaty" /
     * "Da Nang City"), not a qualifier added to the same undertaking ("mechanism" / "at deputy minister level").
     */
    private boolean tailReplaced(List<String> tailA, Terms a, List<String> tailB, Terms b) {
        if (ownWords(tailA, b) < ownWordsForObject || ownWords(tailB, a) < ownWordsForObject) {
            return false;
        }
        double shared = a.words().stream().filter(b.words()::contains).mapToDouble(w -> weight(RepeatAnalysis.WORDS, w)).sum();
        return Math.min(ownWeight(tailA, b), ownWeight(tailB, a)) >= REPLACED_TAIL * shared;
    }

    private double ownWeight(List<String> words, Terms other) {
        return words.stream().distinct().filter(word -> own(word, other))
                .mapToDouble(w -> weight(RepeatAnalysis.WORDS, w)).sum();
    }

    /** How many words of {@code gap} are nowhere in {@code other}, not even as a longer or shorter form of a word of it. */
    private static long ownWords(List<String> gap, Terms other) {
        return gap.stream().filter(word -> own(word, other)).count();
    }

    /** Whether a word may name an object and is nowhere in {@code other}, not even as a longer or shorter form. */
    private static boolean own(String word, Terms other) {
        return RepeatAnalysis.mayNameObject(word) && other.words().stream().noneMatch(o -> alike(word, o));
    }

    private static boolean alike(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.equals(longer) || shorter.length() >= 4 && longer.startsWith(shorter);
    }

    /** A text's words in order, its distinct words and its distinct pairs of words, as analysed. */
    record Terms(List<String> sequence, Set<String> words, Set<String> pairs) {
        Set<String> of(String field) {
            return RepeatAnalysis.WORDS.equals(field) ? words : pairs;
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
