package org.commitmentstracker.extract.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a paragraph that holds what the source meant as several: items run into their lead-in
 * ("The two sides agreed to: a) ...; b) ..."), numbered paragraphs run together when a text
 * lost its line breaks ("... in 2026. 2. The two sides ..."), and, in a paragraph too long to be
 * one, the sentences that open with the side that acts ("Hai bên ...", "The two sides ...").
 * Only markers in sequence count ("a" then "b", "4" then "5"), so a stray "b)" or "2." in a
 * sentence never cuts it.
 */
final class InlineItems {
    /** Longer than any paragraph of a statement written with line breaks. */
    static final int LONG_PARAGRAPH = 1200;
    private static final int MIN_PIECE = 40;

    private static final Pattern LETTER = Pattern.compile("(?<=[:;.])\\s+(?:\\(([a-hđ])\\)|([a-h])[).-])\\s+(?=\\S)");
    private static final Pattern NUMBER = Pattern.compile("(?<=[.;:!?\"”’)])\\s+(\\d{1,2})[.)]\\s+(?=\\p{Lu})");
    private static final Pattern BULLET = Pattern.compile("(?<=[:;.])\\s+([•▪●◦*+–-])\\s+(?=\\S)");
    private static final Pattern ACTOR_SENTENCE = Pattern.compile("(?<=[.!?])\\s+(?=(?:The two|Both|The [A-Z]\\w+ side|"
            + "Hai (?:bên|nước|lãnh đạo|Bộ trưởng)|Lãnh đạo hai|Phía |Viet Nam|Vietnam|Việt Nam)\\b)");

    private InlineItems() {
    }

    static List<String> split(String paragraph) {
        List<String> pieces = new ArrayList<>();
        for (String numbered : cut(paragraph, numberCuts(paragraph))) {
            for (String lettered : cut(numbered, letterCuts(numbered))) {
                for (String bulleted : cut(lettered, bulletCuts(lettered))) {
                    pieces.addAll(bulleted.length() > LONG_PARAGRAPH ? cut(bulleted, actorCuts(bulleted)) : List.of(bulleted));
                }
            }
        }
        return pieces;
    }

    /** "2." after a paragraph numbered "1.", or a run "1. ... 2. ..." inside one. */
    private static List<Integer> numberCuts(String text) {
        Marker own = Marker.of(text);
        int expected = own.type() == MarkerType.NUMBER && own.label().matches("\\d+") ? Integer.parseInt(own.label()) + 1 : -1;
        List<Integer> cuts = new ArrayList<>();
        List<int[]> candidates = new ArrayList<>();
        Matcher m = NUMBER.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int from = 0; find(m, text, from, ".;:!?\"”’)"); from = m.end()) {
            candidates.add(new int[] {m.start() + 1, Integer.parseInt(m.group(1))});
        }
        for (int i = 0; i < candidates.size(); i++) {
            int value = candidates.get(i)[1];
            boolean next = expected > 0 && value == expected;
            boolean starts = expected < 0 && i + 1 < candidates.size() && candidates.get(i + 1)[1] == value + 1;
            if (next || starts) {
                cuts.add(candidates.get(i)[0]);
                expected = value + 1;
            }
        }
        return cuts;
    }

    /** "a)" after a colon, then "b)", "c)" ... each after a ";" or ".". */
    private static List<Integer> letterCuts(String text) {
        List<Integer> cuts = new ArrayList<>();
        Marker own = Marker.of(text);
        char expected = own.type() == MarkerType.LETTER ? (char) (own.label().charAt(0) + 1) : 'a';
        Matcher m = LETTER.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int from = 0; find(m, text, from, ":;."); from = m.end()) {
            char letter = (m.group(1) != null ? m.group(1) : m.group(2)).charAt(0);
            boolean afterColon = text.charAt(m.start() - 1) == ':';
            if (letter == expected && (letter != 'a' || afterColon)) {
                cuts.add(m.start() + 1);
                expected++;
            }
        }
        return cuts.size() >= 2 || !cuts.isEmpty() && own.type() == MarkerType.LETTER ? cuts : List.of();
    }

    /** Two or more items marked with the same bullet, the first after a colon. */
    private static List<Integer> bulletCuts(String text) {
        List<Integer> cuts = new ArrayList<>();
        String bullet = null;
        Matcher m = BULLET.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int from = 0; find(m, text, from, ":;."); from = m.end()) {
            if (bullet == null && text.charAt(m.start() - 1) == ':') {
                bullet = m.group(1);
            }
            if (bullet != null && bullet.equals(m.group(1))) {
                cuts.add(m.start() + 1);
            }
        }
        return cuts.size() >= 2 ? cuts : List.of();
    }

    /**
     * What {@code m.find()} finds from {@code from} on, for a pattern that opens by looking behind for one
     * of the characters {@code after}: tried only right after one of them, where find() tries everywhere.
     */
    private static boolean find(Matcher m, String text, int from, String after) {
        for (int at = Math.max(from, 1); at < text.length(); at++) {
            if (after.indexOf(text.charAt(at - 1)) >= 0 && m.region(at, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static List<Integer> actorCuts(String text) {
        List<Integer> cuts = new ArrayList<>();
        int last = 0;
        Matcher m = ACTOR_SENTENCE.matcher(text);
        while (m.find()) {
            if (m.end() - last >= MIN_PIECE) {
                cuts.add(m.end());
                last = m.end();
            }
        }
        return cuts;
    }

    /** The text cut at the given offsets. */
    private static List<String> cut(String text, List<Integer> cuts) {
        if (cuts.isEmpty()) {
            return List.of(text);
        }
        List<String> pieces = new ArrayList<>();
        int from = 0;
        for (int at : cuts) {
            pieces.add(text.substring(from, at).strip());
            from = at;
        }
        pieces.add(text.substring(from).strip());
        pieces.removeIf(String::isEmpty);
        return pieces;
    }
}
