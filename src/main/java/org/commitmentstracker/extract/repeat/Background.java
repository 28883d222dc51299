package org.commitmentstracker.extract.repeat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * In how many of a background of commitments, taken from many statements of one language, each term comes
 * (background-en.txt, background-vi.txt: the commitments of the project's statement corpus, analysed as
 * {@link RepeatAnalysis} does; terms found in one commitment only are not listed). A word's weight is its
 * rarity among these and the partner's own commitments together, so that a partner with few commitments
 * does not weigh "cooperation" or "hai bên" as rare because they happen to be missing from them. Lines:
 * {@code commitments N}, then {@code words TERM N} and {@code pairs TERM N}, separated by tabs.
 */
record Background(int commitments, Map<String, Integer> words, Map<String, Integer> pairs) {
    static Background read(List<String> lines) {
        int commitments = 0;
        Map<String, Integer> words = new HashMap<>();
        Map<String, Integer> pairs = new HashMap<>();
        for (String line : lines) {
            String[] cells = line.split("\t");
            switch (cells[0]) {
                case "commitments" -> commitments = Integer.parseInt(cells[1]);
                case RepeatAnalysis.WORDS -> words.put(cells[1], Integer.parseInt(cells[2]));
                case RepeatAnalysis.PAIRS -> pairs.put(cells[1], Integer.parseInt(cells[2]));
                default -> throw new IllegalArgumentException("A line of a background list is not understood: " + line);
            }
        }
        return new Background(commitments, Map.copyOf(words), Map.copyOf(pairs));
    }

    /** In how many of the background's commitments {@code term} of {@code field} comes. */
    int frequency(String field, String term) {
        return (RepeatAnalysis.WORDS.equals(field) ? words : pairs).getOrDefault(term, 0);
    }
}
