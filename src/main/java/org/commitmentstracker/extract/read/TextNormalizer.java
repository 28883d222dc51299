package org.commitmentstracker.extract.read;

import java.text.Normalizer;

/**
 * Brings text from any reader to one shape: NFC, "\n" line ends, no trailing spaces, single blank
 * lines, no control characters or invisible format marks, and U+FFFD for half a surrogate pair
 * (pasted text may hold one).
 */
final class TextNormalizer {
    /** A running header that ends in its page number ("Joint Statement – Viet Nam and Finland      - 4 -"). */
    private static final java.util.regex.Pattern HEADER_WITH_NUMBER = java.util.regex.Pattern.compile(
            "(?u).{0,120}?\\s{3,}[-–—]\\s*\\d{1,3}\\s*[-–—]\\s*");

    private TextNormalizer() {
    }

    static String normalize(String raw) {
        String unified = raw.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder cleaned = new StringBuilder(unified.length());
        for (int i = 0; i < unified.length(); i++) {
            char c = unified.charAt(i);
            switch (c) {
                case '\u00A0', '\u202F', '\u2007' -> cleaned.append(' ');
                // Page breaks, Word's vertical tab, NEL and the Unicode line/paragraph separators end a line too.
                case '\f', '\u000B', '\u0085', '\u2028', '\u2029' -> cleaned.append('\n');
                default -> {
                    if (Character.isSurrogate(c)) {
                        i += keepSurrogatePair(unified, i, cleaned);
                    } else if (c == '\n' || c == '\t' || !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT) {
                        // Controls (DEL and U+0080-U+009F too, from text decoded as Latin-1) and invisible format
                        // marks (zero-width spaces, BOM, soft hyphen, direction marks) go: left in, a line of
                        // them was a unit with nothing to read.
                        cleaned.append(c);
                    }
                }
            }
        }
        return joinLines(Normalizer.normalize(cleaned, Normalizer.Form.NFC));
    }

    /** Appends a whole surrogate pair, or U+FFFD for half of one; returns how many more chars it took. */
    private static int keepSurrogatePair(String text, int i, StringBuilder out) {
        if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(text, i, i + 2);
            return 1;
        }
        out.append('\uFFFD');
        return 0;
    }

    /** Strips trailing spaces, keeps one blank line at most between lines, none at either end; never joins lines. */
    private static String joinLines(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean blankPending = false;
        // the last line kept, as it came, while it is a row a wrapped cell's next line may go on
        String row = null;
        int rowStart = 0;
        for (String line : text.split("\n", -1)) {
            if (PdfFurniture.isPageNumber(line) || HEADER_WITH_NUMBER.matcher(line).matches()) {
                // text pasted from a PDF: a page's number or running header line is no part of the paragraph it cuts
                continue;
            }
            String merged = blankPending ? null : TabCells.continueRow(row, line);
            if (merged != null) {
                out.setLength(rowStart);
                out.append(TabCells.join(merged).stripTrailing());
                row = merged;
                continue;
            }
            String kept = TabCells.join(line).stripTrailing();
            if (kept.isEmpty()) {
                blankPending = out.length() > 0;
                continue;
            }
            if (out.length() > 0) {
                out.append(blankPending ? "\n\n" : "\n");
            }
            blankPending = false;
            rowStart = out.length();
            row = line.indexOf('\t') >= 0 ? line : null;
            out.append(kept);
        }
        return out.toString();
    }

    static boolean hasLetters(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }
}
