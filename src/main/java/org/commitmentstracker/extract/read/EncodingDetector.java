package org.commitmentstracker.extract.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Decodes the bytes of a plain-text statement: BOM, else strict UTF-8, else Windows-1258 or Windows-1252 (TCVN3 and
 * VNI as the latter); refuses bytes that are partly UTF-8 and partly not.
 */
final class EncodingDetector {
    /** Thrown when the bytes are not text in any one of the supported encodings; says which problem it is. */
    static final class NotTextException extends Exception {
        private final StatementProblem problem;
        private final String reason;
        private final Object[] values;

        /** @param values what the window's words for {@code problem} name */
        NotTextException(StatementProblem problem, String reason, Object... values) {
            super(reason, null, false, false);
            this.problem = problem;
            this.reason = reason;
            this.values = values;
        }

        StatementProblem problem() {
            return problem;
        }

        Object[] values() {
            return values.clone();
        }

        String reason() {
            return reason;
        }
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** In the jdk.charsets module, which the packaged runtime includes (installer/jpackage/common.txt). */
    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    private EncodingDetector() {
    }

    /** The charset {@link #decode} uses: "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1258" or "windows-1252". */
    static String detect(byte[] bytes) throws NotTextException {
        if (FormatSniffer.startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return "UTF-8";
        }
        if (FormatSniffer.startsWith(bytes, 0xFF, 0xFE)) {
            return "UTF-16LE";
        }
        if (FormatSniffer.startsWith(bytes, 0xFE, 0xFF)) {
            return "UTF-16BE";
        }
        if (isStrictUtf8(bytes)) {
            return "UTF-8";
        }
        if (looksBinary(bytes)) {
            throw new NotTextException(StatementProblem.NOT_TEXT, PlainTextReader.NOT_TEXT);
        }
        // Decoded as one older encoding, a file that is partly UTF-8 would come out garbled without a word.
        Utf8Scan scan = Utf8Scan.of(bytes);
        if (scan.partlyUtf8()) {
            throw new NotTextException(scan.problem(), scan.reason(), scan.values());
        }
        // TCVN3 (.VnTime) and VNI are read as Windows-1252 letters and turned later (LegacyVietnamese); some of their
        // letters are 1258's tone marks after a vowel ("§iÒu", "Vieät"), so they are asked first.
        if (LegacyVietnamese.fontOf(new String(bytes, WINDOWS_1252)) != null) {
            return "windows-1252";
        }
        return looksLikeWindows1258(bytes) ? "windows-1258" : "windows-1252";
    }

    /** The text, BOM removed (the normaliser also drops any U+FEFF left inside). */
    static String decode(byte[] bytes) throws NotTextException {
        String charset = detect(bytes);
        int bom = charset.startsWith("UTF-16") ? 2 : FormatSniffer.startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        byte[] body = Arrays.copyOfRange(bytes, bom, bytes.length);
        return switch (charset) {
            // 1258 writes tone marks as combining characters: TextNormalizer composes them (NFC).
            case "windows-1258" -> new String(body, WINDOWS_1258);
            case "windows-1252" -> new String(body, WINDOWS_1252);
            default -> new String(body, Charset.forName(charset));
        };
    }

    private static boolean isStrictUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** NUL bytes, or more than 2% control characters other than tab, line ends and form feed. */
    static boolean looksBinary(byte[] bytes) {
        int controls = 0;
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c == 0) {
                return true;
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
                controls++;
            }
        }
        return controls * 50L > bytes.length;
    }

    /**
     * Windows-1258 writes Vietnamese tones as combining marks (bytes CC EC D2 DE F2) right after a vowel; in
     * Windows-1252 those bytes are Ì ì Ò Þ ò, which almost never follow a vowel. So: 1258 when such pairs make up
     * a fair share (a quarter) of the high letters.
     */
    private static boolean looksLikeWindows1258(byte[] bytes) {
        int toneAfterVowel = 0;
        int highLetters = 0;
        for (int i = 0; i < bytes.length; i++) {
            int c = bytes[i] & 0xFF;
            if (c < 0xC0) {
                continue;
            }
            highLetters++;
            if (isToneMark(c) && i > 0 && isVowel(bytes[i - 1] & 0xFF)) {
                toneAfterVowel++;
            }
        }
        return toneAfterVowel > 0 && toneAfterVowel * 4 >= highLetters;
    }

    private static boolean isToneMark(int c) {
        return c == 0xCC || c == 0xEC || c == 0xD2 || c == 0xDE || c == 0xF2;
    }

    /** ASCII vowels and the 1258 vowels that carry a tone: â ê ô ă ơ ư and their capitals. */
    private static boolean isVowel(int c) {
        return "aeiouyAEIOUY".indexOf(c) >= 0
                || c == 0xE2 || c == 0xEA || c == 0xF4 || c == 0xE3 || c == 0xF5 || c == 0xFD
                || c == 0xC2 || c == 0xCA || c == 0xD4 || c == 0xC3 || c == 0xD5 || c == 0xDD;
    }
}
