package org.commitmentstracker.extract.read;

import java.text.Normalizer;

/** Brings text from any reader to one shape: NFC, "\n" line ends, no trailing spaces, single blank lines. */
final class TextNormalizer {
    private TextNormalizer() {
    }

    static String normalize(String raw) {
        String unified = raw.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder cleaned = new StringBuilder(unified.length());
        for (int i = 0; i < unified.length(); i++) {
            char c = unified.charAt(i);
            switch (c) {
                case '\u00A0', '\u202F', '\u2007', '\t' -> cleaned.append(' ');
                case '\u200B', '\u200C', '\u200D', '\uFEFF' -> { }
                // Page breaks, Word's vertical tab and the Unicode line/paragraph separators end a line too.
                case '\f', '\u000B', '\u2028', '\u2029' -> cleaned.append('\n');
                default -> {
                    if (c >= 0x20 || c == '\n') {
                        cleaned.append(c);
                    }
                }
            }
        }
        return joinLines(Normalizer.normalize(cleaned, Normalizer.Form.NFC));
    }

    /** Strips trailing spaces, keeps one blank line at most between lines, none at either end; never joins lines. */
    private static String joinLines(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean blankPending = false;
        for (String line : text.split("\n", -1)) {
            String kept = line.stripTrailing();
            if (kept.isEmpty()) {
                blankPending = out.length() > 0;
                continue;
            }
            if (out.length() > 0) {
                out.append(blankPending ? "\n\n" : "\n");
            }
            blankPending = false;
            out.append(kept);
        }
        return out.toString();
    }

    static boolean hasLetters(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }
}
