package org.commitmentstracker.extract.read;

import java.nio.charset.StandardCharsets;
import java.nio.charset.Charset;

/**
 * Decodes Windows-1258 (Vietnamese) without the JDK's charset, which lives in the optional jdk.charsets module
 * and is missing from a trimmed jpackage runtime. The result keeps 1258's combining tone marks: normalise to NFC after.
 */
final class Windows1258 {
    private static final char[] HIGH = buildHighHalf();

    private Windows1258() {
    }

    static String decode(byte[] bytes) {
        char[] chars = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            chars[i] = b < 0x80 ? (char) b : HIGH[b - 0x80];
        }
        return new String(chars);
    }

    /** 0x80-0x9F as Windows-1252 (less four letters 1258 lacks); 0xA0-0xFF as Latin-1 with 14 Vietnamese changes. */
    private static char[] buildHighHalf() {
        char[] high = new char[128];
        byte[] bytes = new byte[128];
        for (int i = 0; i < 128; i++) {
            bytes[i] = (byte) (0x80 + i);
        }
        new String(bytes, Charset.forName("windows-1252")).getChars(0, 32, high, 0);
        new String(bytes, StandardCharsets.ISO_8859_1).getChars(32, 128, high, 32);
        for (int undefined : new int[] {0x8A, 0x8E, 0x9A, 0x9E}) {
            high[undefined - 0x80] = '\uFFFD';
        }
        int[][] vietnamese = {
            {0xC3, 0x0102}, {0xCC, 0x0300}, {0xD0, 0x0110}, {0xD2, 0x0309}, {0xD5, 0x01A0}, {0xDD, 0x01AF},
            {0xDE, 0x0303}, {0xE3, 0x0103}, {0xEC, 0x0301}, {0xF0, 0x0111}, {0xF2, 0x0323}, {0xF5, 0x01A1},
            {0xFD, 0x01B0}, {0xFE, 0x20AB},
        };
        for (int[] pair : vietnamese) {
            high[pair[0] - 0x80] = (char) pair[1];
        }
        return high;
    }
}
