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
        Matcher m = AMOUNT.matcher(text);
        return m.find() ? m.group().strip() : null;
    }
}
