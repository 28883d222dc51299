package org.commitmentstracker.extract.read;

import java.util.Locale;

/**
 * How much text a statement may hold once read. A joint statement runs to some tens of thousands of
 * characters, its longest paragraph to a few thousand. The extractor's time grows faster than the
 * length of a line (a 5-million-character line takes half a minute), so far longer texts are refused
 * rather than left to look like a hung application.
 */
final class TextLimits {
    static final int MAX_LINE_CHARS = 100_000;
    static final int MAX_TEXT_CHARS = 1_000_000;

    private TextLimits() {
    }

    /** @param text normalised text: lines end with '\n' */
    static void check(String name, String text) throws UnreadableStatementException {
        int longest = 0;
        for (int start = 0; start < text.length(); ) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            longest = Math.max(longest, end - start);
            start = end + 1;
        }
        if (longest > MAX_LINE_CHARS) {
            throw new UnreadableStatementException(name, StatementProblem.LINE_TOO_LONG, "has a line of "
                    + count(longest) + " characters, longer than any paragraph of a statement (the limit is "
                    + count(MAX_LINE_CHARS) + "); are its line breaks missing?").saying(null, longest, MAX_LINE_CHARS);
        }
        if (text.length() > MAX_TEXT_CHARS) {
            throw new UnreadableStatementException(name, StatementProblem.TOO_LARGE, "holds too much text for a "
                    + "statement (" + count(text.length()) + " characters; the limit is " + count(MAX_TEXT_CHARS) + ")")
                    .saying("TOO_LARGE.TEXT", text.length(), MAX_TEXT_CHARS);
        }
    }

    private static String count(int characters) {
        return String.format(Locale.ROOT, "%,d", characters);
    }
}
