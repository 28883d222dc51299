package org.commitmentstracker.extract.repeat;

import java.util.Set;

/**
 * The words of an amount ("USD 25 billion", "25 tỷ USD", "16 percent"): currencies, the words of scale and
 * numbers, as the analysis has them (lower case; currencies as the phrase lists write them, "US dollars" is "usd").
 * They say how much, not what an undertaking is about.
 */
final class Amounts {
    private static final Set<String> CURRENCIES = Set.of("usd", "eur", "vnd", "jpy", "yen");
    private static final Set<String> SCALES = Set.of("thousand", "million", "billion", "trillion", "nghìn", "ngàn",
            "triệu", "tỷ", "tỉ", "nghin", "ngan", "trieu", "ty", "ti");

    private Amounts() {
    }

    static boolean isCurrency(String word) {
        return CURRENCIES.contains(word);
    }

    static boolean isScale(String word) {
        return SCALES.contains(word);
    }

    static boolean isNumber(String word) {
        return !word.isEmpty() && Character.isDigit(word.charAt(0));
    }

    /** Whether a word is part of an amount: a number, a currency or a word of scale. */
    static boolean isAmount(String word) {
        return hasDigit(word) || isCurrency(word) || isScale(word);
    }

    // A loop, not a stream: asked for every word the repeat rule compares.
    private static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
