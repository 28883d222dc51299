package org.commitmentstracker.extract.repeat;

import java.util.List;

/**
 * A name written out and then abbreviated ("the Asia Zero Emission Community (AZEC)", "the Joint Crediting
 * Mechanism (JCM)"): the abbreviation is what a later statement writes, so the words it spells are left out and
 * the abbreviation kept.
 */
final class Acronyms {
    private static final int SHORTEST = 3;
    private static final int LONGEST = 8;

    private Acronyms() {
    }

    /**
     * How many of the words just before {@code at} the word at {@code at} spells by their first letters (0 when it
     * spells none): "asia zero emission community azec" gives 4 at "azec".
     */
    static int spelledBefore(List<String> words, int at) {
        String word = words.get(at);
        int length = word.length();
        if (length < SHORTEST || length > LONGEST || at < length || !word.chars().allMatch(Character::isLetter)) {
            return 0;
        }
        for (int k = 0; k < length; k++) {
            String before = words.get(at - length + k);
            if (before.isEmpty() || before.charAt(0) != word.charAt(k)) {
                return 0;
            }
        }
        return length;
    }
}
