package org.commitmentstracker.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A numeric target a commitment sets: "USD 200 million", "200 triệu USD", "20 scholarships a year". */
final class TargetFinder {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final String NUMBER = "\\d[\\d.,]*";
    private static final String SCALE_EN = "(?:\\s*(?:thousand|million|billion|trillion|bn|mn))?";
    private static final String SCALE_VI = "(?:\\s*(?:nghìn|ngàn|triệu|tỷ|tỉ|nghìn tỷ))?";
    private static final Pattern AMOUNT = Pattern.compile(
            "(?:USD|US\\$|\\$|EUR|€)\\s?" + NUMBER + SCALE_EN
                    + "|" + NUMBER + SCALE_EN + "\\s*(?:USD|US dollars|dollars|euros?)\\b"
                    + "|" + NUMBER + SCALE_VI + "\\s*(?:USD|đô la Mỹ|đô la|đồng|euro)\\b"
                    + "|" + NUMBER + "\\s*(?:scholarships?|suất học bổng|per cent|percent|%)",
            FLAGS);

    private TargetFinder() {
    }

    static String find(String text) {
        // every amount holds a number: most units hold no digit at all
        if (text.codePoints().noneMatch(Character::isDigit)) {
            return null;
        }
        // as find() would, but only where an amount can start: its number, or its currency just before the number
        Matcher m = AMOUNT.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int at = 0; at < text.length(); at++) {
            if (mayStart(text, at) && m.region(at, text.length()).lookingAt()) {
                return m.group().strip();
            }
        }
        return null;
    }

    /**
     * A digit, or a currency's first character ("USD", "US$", "$", "EUR", "€", case ignored) with a
     * digit at most four characters on ("US$ 5"): every amount starts so.
     */
    private static boolean mayStart(String text, int at) {
        char c = text.charAt(at);
        // \\d here is any Unicode digit, read by code point
        if (Character.isDigit(text.codePointAt(at))) {
            return true;
        }
        char folded = Character.toLowerCase(Character.toUpperCase(c));
        if (folded != 'u' && folded != 'e' && c != '$' && c != '€') {
            return false;
        }
        for (int i = at + 1; i <= at + 4 && i < text.length(); i++) {
            if (Character.isDigit(text.codePointAt(i))) {
                return true;
            }
        }
        return false;
    }
}
