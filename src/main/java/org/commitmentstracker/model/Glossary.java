package org.commitmentstracker.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bilingual glossary that lets a search in one language find the other: "dau tu" also finds
 * "investment", "trade" also finds "thương mại". Read from tab-separated lines (see the
 * header of resources/glossary.tsv): a Vietnamese term, a tab, an English term; either side may
 * hold synonyms separated by " | "; '#' starts a comment line; the first other line is the header
 * {@code vi	en}. Terms are compared folded (no marks, đ as d, any case), so the Vietnamese side
 * matches with or without its diacritics. A bad line is left out and told (file and line), never fatal.
 */
public final class Glossary {
    /** No more than this many terms are added to one search, however many entries it meets. */
    public static final int MAX_ADDED_TERMS = 24;
    /** Nor more than this many to one word or phrase of it. */
    public static final int MAX_TERMS_PER_PHRASE = 8;
    /** The longest term, in words, looked for in what was typed. */
    static final int LONGEST_TERM = 8;
    static final String HEADER = "vi\ten";
    static final String SYNONYMS = "|";

    /** One line: its Vietnamese and English terms (each side one or more synonyms). */
    public record Entry(List<String> vi, List<String> en) {
        public Entry {
            vi = List.copyOf(vi);
            en = List.copyOf(en);
        }

        /**
         * The Vietnamese terms as one key (diacritics kept: "hải quan" and "hải quân" are two terms): no two
         * lines of a glossary have the same.
         */
        public String key() {
            return String.join(" ", SearchTerms.exactWords(String.join(" ", vi)));
        }
    }

    private final List<Entry> entries;
    private final List<Explanation> problems;
    /** Folded words of a term → the entries holding it. */
    private final Map<List<String>, List<Entry>> byTerm = new LinkedHashMap<>();

    private Glossary(List<Entry> entries, List<Explanation> problems) {
        this.entries = List.copyOf(entries);
        this.problems = List.copyOf(problems);
        for (Entry entry : this.entries) {
            for (String term : terms(entry)) {
                List<String> words = SearchTerms.words(term);
                if (!words.isEmpty() && words.size() <= LONGEST_TERM) {
                    byTerm.computeIfAbsent(words, w -> new ArrayList<>()).add(entry);
                }
            }
        }
    }

    public static Glossary empty() {
        return new Glossary(List.of(), List.of());
    }

    /**
     * Reads one glossary file's lines; {@code fileName} names it in what is told about a bad line.
     * A bad line (not two cells, an empty cell, a term with no letter) is left out and told.
     */
    public static Glossary parse(String fileName, List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        List<Explanation> problems = new ArrayList<>();
        boolean headerSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            int lineNumber = i + 1;
            String line = Normalizer.normalize(i == 0 ? withoutBom(lines.get(i)) : lines.get(i), Normalizer.Form.NFC);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            if (!headerSeen && line.strip().replaceAll("\\s+", "\t").equalsIgnoreCase(HEADER)) {
                headerSeen = true;
                continue;
            }
            headerSeen = true;
            String[] cells = line.split("\t", -1);
            if (cells.length != 2) {
                problems.add(Explanation.of(fileName + " line " + lineNumber
                                + ": needs a Vietnamese term, one tab, and an English term (found " + cells.length
                                + (cells.length == 1 ? " cell" : " cells") + "); line left out",
                        "glossary.problem.CELLS", fileName, lineNumber, cells.length));
                continue;
            }
            List<String> vi = synonyms(cells[0]);
            List<String> en = synonyms(cells[1]);
            if (vi.isEmpty() || en.isEmpty()) {
                problems.add(Explanation.of(fileName + " line " + lineNumber
                                + ": " + (vi.isEmpty() ? "the Vietnamese" : "the English") + " term is empty; line left out",
                        vi.isEmpty() ? "glossary.problem.NO_VI" : "glossary.problem.NO_EN", fileName, lineNumber));
                continue;
            }
            entries.add(new Entry(vi, en));
        }
        return new Glossary(entries, problems);
    }

    /**
     * This glossary with {@code own}'s entries added: a line of {@code own} that shares a Vietnamese term
     * (as written, marks and all) with a line here replaces it. The problems of both are kept, these first.
     */
    public Glossary extendedBy(Glossary own) {
        Set<List<String>> replaced = new java.util.HashSet<>();
        own.entries.forEach(e -> e.vi.forEach(t -> replaced.add(SearchTerms.exactWords(t))));
        Map<String, Entry> merged = new LinkedHashMap<>();
        entries.stream().filter(e -> e.vi.stream().noneMatch(t -> replaced.contains(SearchTerms.exactWords(t))))
                .forEach(e -> merged.put(e.key(), e));
        own.entries.forEach(e -> merged.put(e.key(), e));
        List<Explanation> allProblems = new ArrayList<>(problems);
        allProblems.addAll(own.problems);
        return new Glossary(new ArrayList<>(merged.values()), allProblems);
    }

    /** This glossary with one more problem told (a file that could not be read at all). */
    public Glossary withProblem(Explanation problem) {
        List<Explanation> allProblems = new ArrayList<>(problems);
        allProblems.add(problem);
        return new Glossary(entries, allProblems);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The lines left out, each with its file and line number. */
    public List<Explanation> problems() {
        return problems;
    }

    /**
     * The search for {@code query} with the glossary's terms added: each run of typed words that is a
     * term (the longest first; a last word may add an "s" or "es": "investments") may also be any other
     * term of its entries (other language first, as a phrase). What was typed still finds what it
     * finds without the glossary. At most {@link #MAX_TERMS_PER_PHRASE} per run, {@link #MAX_ADDED_TERMS} in all.
     */
    public SearchTerms expand(String query) {
        List<String> words = SearchTerms.words(query);
        List<String> typed = SearchTerms.exactWords(query);
        List<List<SearchTerms.Alternative>> groups = new ArrayList<>();
        int added = 0;
        int start = 0;
        while (start < words.size()) {
            int end = Math.min(words.size(), start + LONGEST_TERM);
            List<Entry> found = List.of();
            for (; end > start; end--) {
                found = entriesFor(words.subList(start, end));
                if (!found.isEmpty()) {
                    break;
                }
            }
            if (found.isEmpty()) {
                groups.add(List.of(SearchTerms.Alternative.typed(List.of(words.get(start)))));
                start++;
                continue;
            }
            List<String> span = words.subList(start, end);
            found = sameMarks(found, typed, words, start, end);
            List<SearchTerms.Alternative> group = new ArrayList<>();
            group.add(SearchTerms.Alternative.typed(span));
            Set<List<String>> seen = new LinkedHashSet<>();
            seen.add(span);
            for (Alternative candidate : alternatives(found, span)) {
                if (added >= MAX_ADDED_TERMS || group.size() - 1 >= MAX_TERMS_PER_PHRASE) {
                    break;
                }
                if (!seen.add(candidate.words)) {
                    continue;
                }
                group.add(new SearchTerms.Alternative(candidate.words, true, false));
                added++;
                // An English term is searched whole ("state" must not find "statement"), and as a plural
                // (of a word or two; not of an acronym).
                List<String> plural = candidate.pluralizable ? plural(candidate.words) : null;
                if (plural != null && added < MAX_ADDED_TERMS && group.size() - 1 < MAX_TERMS_PER_PHRASE
                        && seen.add(plural)) {
                    group.add(new SearchTerms.Alternative(plural, true, false));
                    added++;
                }
            }
            groups.add(group);
            start = end;
        }
        return new SearchTerms(groups);
    }

    private record Alternative(List<String> words, boolean pluralizable) {
        static Alternative of(String term, boolean english) {
            List<String> words = SearchTerms.words(term);
            boolean acronym = term.equals(term.toUpperCase(java.util.Locale.ROOT));
            return new Alternative(words, english && !acronym && words.size() <= 2);
        }
    }

    /** The terms of the entries, those of the other language than the typed run first. */
    private static List<Alternative> alternatives(List<Entry> found, List<String> span) {
        boolean typedVietnamese = found.stream().anyMatch(e -> e.vi.stream().anyMatch(t -> SearchTerms.words(t).equals(span)));
        List<Alternative> other = new ArrayList<>();
        List<Alternative> same = new ArrayList<>();
        for (Entry entry : found) {
            for (String term : entry.en) {
                (typedVietnamese ? other : same).add(Alternative.of(term, true));
            }
            for (String term : entry.vi) {
                (typedVietnamese ? same : other).add(Alternative.of(term, false));
            }
        }
        other.addAll(same);
        other.removeIf(a -> a.words.isEmpty());
        return other;
    }

    /** The entries with {@code words} as a term, or as a term with "s" or "es" added to its last word. */
    private List<Entry> entriesFor(List<String> words) {
        List<Entry> exact = byTerm.get(words);
        if (exact != null) {
            return exact;
        }
        String last = words.get(words.size() - 1);
        for (String ending : List.of("es", "s")) {
            if (last.length() > ending.length() + 2 && last.endsWith(ending)) {
                List<String> singular = new ArrayList<>(words);
                singular.set(singular.size() - 1, last.substring(0, last.length() - ending.length()));
                List<Entry> found = byTerm.get(singular);
                if (found != null) {
                    return found;
                }
            }
        }
        return List.of();
    }

    /**
     * When the officer typed the run with its marks and some entries hold it so written ("hải quan"),
     * just those; else all ("hai quan" is both "hải quan", customs, and "hải quân", navy).
     */
    private static List<Entry> sameMarks(List<Entry> found, List<String> typed, List<String> folded, int start, int end) {
        if (typed.size() != folded.size()) {
            return found;
        }
        List<String> written = typed.subList(start, end);
        List<Entry> same = found.stream().filter(e -> terms(e).stream()
                .anyMatch(t -> SearchTerms.exactWords(t).equals(written))).toList();
        return same.isEmpty() ? found : same;
    }

    /** The English plural of a term's last word ("agreements", "strategies", "taxes"); null when it ends in s. */
    static List<String> plural(List<String> words) {
        String last = words.get(words.size() - 1);
        if (last.endsWith("s") || !last.chars().allMatch(c -> c < 128 && Character.isLetter(c))) {
            return null;
        }
        String ending;
        if (last.matches(".*[^aeiou]y")) {
            ending = last.substring(0, last.length() - 1) + "ies";
        } else if (last.matches(".*(x|z|ch|sh)")) {
            ending = last + "es";
        } else {
            ending = last + "s";
        }
        List<String> plural = new ArrayList<>(words);
        plural.set(plural.size() - 1, ending);
        return plural;
    }

    private static List<String> terms(Entry entry) {
        List<String> all = new ArrayList<>(entry.vi);
        all.addAll(entry.en);
        return all;
    }

    private static List<String> synonyms(String cell) {
        List<String> terms = new ArrayList<>();
        for (String term : cell.split("\\" + SYNONYMS)) {
            String stripped = term.strip().replaceAll("\\s+", " ");
            if (!SearchTerms.words(stripped).isEmpty()) {
                terms.add(stripped);
            }
        }
        return terms;
    }

    private static String withoutBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
