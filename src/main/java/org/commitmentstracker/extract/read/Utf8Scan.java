package org.commitmentstracker.extract.read;

/**
 * What a text that is not all valid UTF-8 holds: whole UTF-8 characters, and bytes outside them that look either
 * like letters of an older encoding (a byte from À to ÿ within a line and not followed by a UTF-8 continuation
 * byte: é in Windows-1252, ê or a tone mark in Windows-1258) or like UTF-8 damaged or cut in the middle of a
 * character.
 */
final class Utf8Scan {
    /** Below one whole UTF-8 character per 20 other high bytes, the UTF-8 in an older encoding's text is chance. */
    private static final int CHANCE_RATIO = 20;
    private static final int MIN_SEQUENCES = 3;

    private int sequences;
    private int legacyLetters;
    private int broken;
    private int firstBadLine;

    private Utf8Scan() {
    }

    static Utf8Scan of(byte[] bytes) {
        Utf8Scan scan = new Utf8Scan();
        int line = 1;
        for (int i = 0; i < bytes.length; ) {
            int c = bytes[i] & 0xFF;
            if (c < 0x80) {
                line += c == '\n' ? 1 : 0;
                i++;
                continue;
            }
            int length = sequenceLength(bytes, i);
            if (length > 0) {
                scan.sequences++;
                i += length;
                continue;
            }
            int next = i + 1 < bytes.length ? bytes[i + 1] & 0xFF : '\n';
            boolean cutAtLineEnd = c >= 0xC2 && c <= 0xF4 && (next == '\n' || next == '\r');
            if (c >= 0xC0 && !isContinuation(next) && !cutAtLineEnd) {
                scan.legacyLetters++;
            } else {
                scan.broken++;
            }
            scan.firstBadLine = scan.firstBadLine == 0 ? line : scan.firstBadLine;
            i++;
        }
        return scan;
    }

    /** Enough whole UTF-8 characters that the file was meant to be UTF-8, at least in part. */
    boolean partlyUtf8() {
        return sequences >= MIN_SEQUENCES && (long) sequences * CHANCE_RATIO >= legacyLetters + broken;
    }

    /** For a text that is {@link #partlyUtf8()}: an older encoding's letters in it, or bytes that are nothing. */
    StatementProblem problem() {
        return legacyLetters > broken ? StatementProblem.MIXED_ENCODING : StatementProblem.INVALID_ENCODING;
    }

    String reason() {
        if (problem() == StatementProblem.MIXED_ENCODING) {
            return "mixes two text encodings, UTF-8 and an older one such as Windows-1258 (from line " + firstBadLine
                    + "); save it again as UTF-8 and check its accents";
        }
        int bad = legacyLetters + broken;
        return "is not valid UTF-8: " + bad + (bad == 1 ? " byte" : " bytes") + " from line " + firstBadLine
                + " on are not characters (is it damaged, or cut in the middle of a character?)";
    }

    /** What the window's words for {@link #problem()} name: the first line, then how many bytes are not characters. */
    Object[] values() {
        return new Object[] {firstBadLine, legacyLetters + broken};
    }

    /** How many bytes the UTF-8 character at {@code i} takes, or 0 if none starts there. */
    private static int sequenceLength(byte[] bytes, int i) {
        int c = bytes[i] & 0xFF;
        int length;
        int secondMin = 0x80;
        int secondMax = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            secondMin = c == 0xE0 ? 0xA0 : 0x80; // no overlong forms
            secondMax = c == 0xED ? 0x9F : 0xBF; // no surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            secondMin = c == 0xF0 ? 0x90 : 0x80;
            secondMax = c == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
        } else {
            return 0;
        }
        if (i + length > bytes.length) {
            return 0;
        }
        int second = bytes[i + 1] & 0xFF;
        if (second < secondMin || second > secondMax) {
            return 0;
        }
        for (int k = 2; k < length; k++) {
            if (!isContinuation(bytes[i + k] & 0xFF)) {
                return 0;
            }
        }
        return length;
    }

    private static boolean isContinuation(int c) {
        return c >= 0x80 && c <= 0xBF;
    }
}
