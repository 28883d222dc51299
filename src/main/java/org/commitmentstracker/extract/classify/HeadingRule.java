package org.commitmentstracker.extract.classify;

import org.commitmentstracker.extract.segment.MarkerType;
import org.commitmentstracker.extract.text.Spaces;

/**
 * Headings: Roman-numeral sections, and short lines that are not sentences, plain or numbered
 * ("Justice", "Energy - Mining", "Về hợp tác kinh tế", "4. Defence and security cooperation").
 * A heading gives its sector to the units below it. A line of items between " | " is a page's
 * navigation, not a heading.
 */
public final class HeadingRule {
    static final int MAX_SECTION_WORDS = 40;
    static final int MAX_HEADING_WORDS = 12;
    private static final java.util.regex.Pattern TOPIC = java.util.regex.Pattern.compile(
            "(?:Về|Regarding|As regards)\\s+\\S[^.;:!?]{0,80}(?<![.;:,!?])");
    private static final java.util.regex.Pattern LETTERED = java.util.regex.Pattern.compile(
            "[A-HĐ][.)]\\s+\\p{Lu}[^.;:!?]{0,80}(?<![.;:,!?])");

    // compiled once: a String's split and matches compile their pattern at every call (once per unit here)
    private static final java.util.regex.Pattern ENDS_SENTENCE = java.util.regex.Pattern.compile(".*[.;:,!?\"”)]$");

    private HeadingRule() {
    }

    /**
     * "B. Documents to be concluded", "C. Kinh tế - thương mại": a section lettered in capitals is a heading
     * whatever its words; so is a short "Về thúc đẩy quan hệ hai Đảng" ("On ...") without a full stop.
     */
    public static boolean isLetteredSection(String text) {
        String t = text.strip();
        return LETTERED.matcher(t).matches() || TOPIC.matcher(t).matches() && Spaces.pieces(t) <= MAX_HEADING_WORDS;
    }

    public static boolean isHeading(MarkerType marker, String text) {
        String t = text.strip();
        int words = t.isEmpty() ? 0 : Spaces.pieces(t);
        if (marker == MarkerType.ROMAN) {
            return words <= MAX_SECTION_WORDS;
        }
        if (marker != MarkerType.NONE && marker != MarkerType.NUMBER || words == 0 || words > MAX_HEADING_WORDS
                || t.contains(" | ")) {
            return false;
        }
        char first = t.charAt(0);
        return (Character.isUpperCase(first) || Character.isDigit(first)) && !ENDS_SENTENCE.matcher(t).matches();
    }
}
