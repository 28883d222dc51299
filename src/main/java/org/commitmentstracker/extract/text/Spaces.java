package org.commitmentstracker.extract.text;

/**
 * What the pattern {@code \s+} ({@code [ \t\n\x0B\f\r]}, one run or more) gives when a text is split at it or its runs
 * are replaced by one space, worked out by a loop over the characters: those were done for every paragraph and
 * line, each time with a matcher and the pieces made only to be counted.
 */
public final class Spaces {
    private Spaces() {
    }

    /** {@code Pattern.compile("\\s+").split(text).length}, without making the pieces. */
    public static int pieces(String text) {
        if (text.isEmpty()) {
            return 1; // no match: the text itself
        }
        int runs = 0;
        boolean afterSpace = true;
        for (int i = 0; i < text.length(); i++) {
            boolean space = isSpace(text.charAt(i));
            if (!space && afterSpace) {
                runs++;
            }
            afterSpace = space;
        }
        if (runs == 0) {
            return 0; // only spaces: every piece is empty, and split drops trailing empty ones
        }
        // a run at the start leaves an empty first piece, which split keeps; one at the end leaves none
        return runs + (isSpace(text.charAt(0)) ? 1 : 0);
    }

    /** {@code Pattern.compile("\\s+").matcher(text).replaceAll(" ")}: the text itself when it has nothing to replace. */
    public static String collapse(String text) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (isSpace(c) && (c != ' ' || i + 1 < n && isSpace(text.charAt(i + 1)))) {
                break;
            }
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n).append(text, 0, i);
        boolean afterSpace = false;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (!afterSpace) {
                    out.append(' ');
                }
                afterSpace = true;
            } else {
                out.append(c);
                afterSpace = false;
            }
        }
        return out.toString();
    }

    /** {@code \s} of a pattern without UNICODE_CHARACTER_CLASS. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
