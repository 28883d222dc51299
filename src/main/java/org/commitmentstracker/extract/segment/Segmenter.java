package org.commitmentstracker.extract.segment;

import java.util.ArrayList;
import java.util.List;
import org.commitmentstracker.extract.text.Spaces;

/**
 * Cuts a statement's text into units: numbered paragraphs, Roman-numeral sections, lettered
 * and dashed bullets, plain paragraphs and headings, each with a reference an officer can
 * find in the source. Every paragraph of the text becomes exactly one unit, in order.
 */
public final class Segmenter {

    public List<Segment> segment(String text) {
        return segment(ParagraphJoiner.paragraphs(text));
    }

    /** Segments paragraphs already joined by {@link ParagraphJoiner}. */
    public List<Segment> segment(List<String> paragraphs) {
        List<Segment> segments = new ArrayList<>();
        String number = null;
        int bullets = 0;
        int leadIn = -1;
        for (String paragraph : paragraphs) {
            Marker marker = Marker.of(paragraph);
            int ordinal = segments.size();
            String body = collapse(marker.body());
            String ref;
            switch (marker.type()) {
                case NUMBER -> {
                    number = marker.label();
                    bullets = 0;
                    ref = number;
                }
                case ROMAN -> {
                    number = null;
                    bullets = 0;
                    ref = marker.label();
                }
                // "12.a" for "a)", "(a)" and "a."; "3-b" where the source letters its items "b-"
                // "1.2" and "Thứ hai" are refs of their own
                case LETTER -> ref = number == null || marker.label().contains(".") || marker.label().length() > 4
                        ? marker.label()
                        : number + (paragraph.strip().startsWith(marker.label() + "-") ? "-" : ".") + marker.label();
                case BULLET -> {
                    bullets++;
                    ref = number == null ? "¶" + (ordinal + 1) : number + "." + bullets;
                }
                default -> {
                    // items below a plain paragraph (a lead-in) hang from it: "¶16.1", "¶16.a"
                    ref = "¶" + (ordinal + 1);
                    number = ref;
                    bullets = 0;
                }
            }
            boolean listItem = marker.type() == MarkerType.BULLET || marker.type() == MarkerType.LETTER;
            segments.add(new Segment(ordinal, ref, marker.type(), body, listItem ? leadIn : -1));
            if (!listItem) {
                leadIn = ordinal;
            }
        }
        return segments;
    }

    static final java.util.regex.Pattern SPACE_RUN = java.util.regex.Pattern.compile("[\\s&&[^\\t]]+");
    static final java.util.regex.Pattern TAB_RUN = java.util.regex.Pattern.compile(" ?\\t\\s*");

    /** One space for each run of white space; a tab (between a table row's cells) stays one tab. */
    static String collapse(String text) {
        // SPACE_RUN then TAB_RUN replaced, read char by char: several times cheaper than the two replaceAll
        StringBuilder spaced = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Spaces.isSpace(c) || c == '\t') {
                spaced.append(c);
            } else if (i == 0 || !Spaces.isSpace(text.charAt(i - 1)) || text.charAt(i - 1) == '\t') {
                spaced.append(' ');
            }
        }
        StringBuilder out = new StringBuilder(spaced.length());
        for (int i = 0; i < spaced.length(); i++) {
            char c = spaced.charAt(i);
            boolean spaceThenTab = c == ' ' && i + 1 < spaced.length() && spaced.charAt(i + 1) == '\t';
            if (!spaceThenTab && c != '\t') {
                out.append(c);
                continue;
            }
            out.append('\t');
            i += spaceThenTab ? 2 : 1;
            while (i < spaced.length() && Spaces.isSpace(spaced.charAt(i))) {
                i++;
            }
            i--;
        }
        return out.toString().strip();
    }
}
