package org.commitmentstracker.extract.segment;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the segmenter promises for any text, checked on its output:
 * <ul>
 *   <li>every unit holds text (never empty or all whitespace), on one line, spaces collapsed;</li>
 *   <li>units are numbered 0, 1, 2... and a list item hangs from an earlier unit that is no list item;</li>
 *   <li>read in order, the units' text plus their markers is the input's text, all of it and nothing
 *       else, whitespace and line ends aside: nothing is lost, repeated, moved or invented.</li>
 * </ul>
 */
public final class SegmentLaws {
    /** A marker as the input wrote it, whitespace taken out. */
    private static final String BULLET = "(?:[-–—•●▪◦∙·*+»►✓❖➢■□◆♦\\uF0B7\\uF0A7\\uF0D8]|o)";

    private SegmentLaws() {
    }

    public static void check(String input, List<Segment> units) {
        for (int i = 0; i < units.size(); i++) {
            Segment unit = units.get(i);
            require(unit.ordinal() == i, "unit " + i + " has ordinal " + unit.ordinal(), input);
            require(!unit.text().isBlank(), "unit " + i + " is blank", input);
            require(!unit.ref().isBlank(), "unit " + i + " has no reference", input);
            // one space between words; one tab, between a table row's cells, is the only other white space kept
            require(unit.text().equals(unit.text().strip()) && !unit.text().contains("  ")
                    && !Pattern.compile("[\\n\\x0B\\f\\r\\u0085\\u2028\\u2029]|\\s\\t|\\t\\s").matcher(unit.text()).find(),
                    "unit " + i + " keeps raw whitespace: " + StatementTexts.shown(unit.text()), input);
            if (unit.isListItem()) {
                require(unit.leadIn() < i && (unit.leadIn() == -1 || !units.get(unit.leadIn()).isListItem()),
                        "list item " + i + " hangs from " + unit.leadIn(), input);
            } else {
                require(unit.leadIn() == -1, "unit " + i + " is no list item but hangs from " + unit.leadIn(), input);
            }
        }
        String rest = squeeze(input);
        int at = 0;
        for (Segment unit : units) {
            // The text is compared char by char, not as a regex: squeezing may bring the two halves of a
            // surrogate pair together across a line end, and a regex would not match half a pair then.
            Matcher marker = Pattern.compile(marker(unit)).matcher(rest).region(at, rest.length());
            String text = squeeze(unit.text());
            require(marker.lookingAt() && rest.startsWith(text, marker.end()), "unit " + unit.ordinal() + " ("
                    + unit.marker() + " " + unit.ref() + ") is not the input's next text: "
                    + StatementTexts.shown(unit.text()), input);
            at = marker.end() + text.length();
        }
        require(at == rest.length(), "the input's text after the last unit was lost: "
                + StatementTexts.shown(rest.substring(at)), input);
    }

    /** The text without whitespace (Java's, and NEL, which Java counts as a line end only). */
    public static String squeeze(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.chars().filter(c -> !Character.isWhitespace(c) && c != '\u0085').forEach(c -> out.append((char) c));
        return out.toString();
    }

    /** The marker a unit's ref says it had, as it stands in the squeezed input (white space gone). */
    private static String marker(Segment unit) {
        String ref = squeeze(unit.ref());
        String tail = Pattern.quote(ref.substring(Math.max(ref.lastIndexOf('.'), unit.marker() == MarkerType.LETTER ? ref.lastIndexOf('-') : -1) + 1));
        // a point "1.2" and a counted "Thứ hai" are refs of their own
        String label = "(?:" + Pattern.quote(ref) + "|" + tail + ")";
        return switch (unit.marker()) {
            case NUMBER -> "(?:0{0,2}" + tail + "[.)/]|(?:Điều|Article|Art\\.)" + tail + "[.:]?)";
            case ROMAN -> tail + "[.)]";
            case LETTER -> "(?:\\(" + label + "\\)|" + label + "[.)\\-/,]?)";
            case BULLET -> BULLET;
            case NONE -> "";
        };
    }

    private static void require(boolean holds, String what, String input) {
        if (!holds) {
            throw new AssertionError(what + "\n  in: " + StatementTexts.shown(input));
        }
    }
}
