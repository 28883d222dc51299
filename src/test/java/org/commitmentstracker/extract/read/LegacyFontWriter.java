package org.commitmentstracker.extract.read;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes Unicode Vietnamese as the old fonts stored it, for tests: TCVN3 (.VnTime) one Latin-1 letter per letter,
 * VNI (VNI-Times) a vowel followed by a letter for its marks. Written here from the encodings' published tables,
 * apart from the reader's code, so a test compares two readings of the tables.
 */
final class LegacyFontWriter {
    private static final String TCVN3 = "µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\u00ADõøö÷ùúýûüþ¡¢§£¤¥¦";
    private static final String UNICODE = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ";
    private static final Map<Character, Character> TO_TCVN3 = new HashMap<>();
    /** The five tone marks, in the order VNI's letters for them are listed below: acute, grave, hook, tilde, dot. */
    private static final String TONES = "\u0301\u0300\u0309\u0303\u0323";

    static {
        for (int i = 0; i < UNICODE.length(); i++) {
            TO_TCVN3.put(UNICODE.charAt(i), TCVN3.charAt(i));
        }
    }

    private LegacyFontWriter() {
    }

    /** The text as TCVN3 stores it, once {@link #typedInTcvn3} has kept to the letters it can store. */
    static String tcvn3(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : typedInTcvn3(text).toCharArray()) {
            out.append(TO_TCVN3.getOrDefault(c, c));
        }
        return out.toString();
    }

    /**
     * The text as a typist with the .VnTime fonts could write it: TCVN3 has no capitals with a mark but Ă Â Đ Ê Ô Ơ Ư
     * (headings were typed in the .VnTimeH fonts, which draw its small letters as capitals), so the others are in
     * small letters; a character of another language whose byte TCVN3 gives a Vietnamese letter ("ü" is its "ỹ", "·"
     * its "ã"), or that Windows-1252 has no room for ("ł", "ș"), is written plain ({@link #plain}).
     */
    static String typedInTcvn3(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
            boolean marked = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).length() > 1 || c == 'Đ';
            if (TCVN3.indexOf(c) >= 0 && !TO_TCVN3.containsKey(c) || !storable(c)) {
                out.append(plain(c));
            } else {
                out.append(Character.isUpperCase(c) && marked && !TO_TCVN3.containsKey(c) ? Character.toLowerCase(c) : c);
            }
        }
        return out.toString();
    }

    /**
     * The text as a typist with the VNI fonts could write it: a letter of another language VNI uses ("ñ" is its "đ"),
     * or that Windows-1252 has no room for ("ł", "ș"), plain.
     */
    static String typedInVni(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
            boolean vietnamese = c < 128 || VIETNAMESE.indexOf(Character.toLowerCase(c)) >= 0;
            out.append(!vietnamese && (VNI_LETTERS.indexOf(Character.toLowerCase(c)) >= 0 || !storable(c)) ? plain(c)
                    : String.valueOf(c));
        }
        return out.toString();
    }

    /** The Vietnamese letters with a mark, in small letters. */
    private static final String VIETNAMESE = UNICODE.substring(0, UNICODE.indexOf('Ă'));
    /** The Latin-1 letters VNI writes Vietnamese with. */
    private static final String VNI_LETTERS = "ùøûõïâáàåãäêéèúüëôöñæóòî";

    /** Whether Windows-1252, which the old fonts' files were saved in, has the character (or it is Vietnamese). */
    private static boolean storable(char c) {
        return WINDOWS_1252.canEncode(c) || VIETNAMESE.indexOf(Character.toLowerCase(c)) >= 0;
    }

    private static final java.nio.charset.CharsetEncoder WINDOWS_1252 =
            java.nio.charset.Charset.forName("windows-1252").newEncoder();

    /** A character as a typist wrote it where the font had no room for it: its letter without the mark, else a dash. */
    private static String plain(char c) {
        if (!Character.isLetter(c)) {
            return "-";
        }
        String parts = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        if (parts.length() > 1) {
            return String.valueOf(parts.charAt(0));
        }
        String plain = switch (Character.toLowerCase(c)) { // letters with no mark to take off
            case 'ø' -> "o";
            case 'æ' -> "ae";
            case 'ß' -> "ss";
            case 'ð' -> "d";
            case 'þ' -> "th";
            default -> "-";
        };
        return Character.isUpperCase(c) ? plain.toUpperCase(java.util.Locale.ROOT) : plain;
    }

    /** The text as VNI stores it, once {@link #typedInVni} has kept to the letters it can store. */
    static String vni(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : typedInVni(text).toCharArray()) {
            out.append(vni(c));
        }
        return out.toString();
    }

    private static String vni(char c) {
        if (c == 'đ' || c == 'Đ') {
            return c == 'đ' ? "ñ" : "Ñ";
        }
        String parts = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = Character.toLowerCase(parts.charAt(0));
        if (parts.length() == 1 || "aeiouy".indexOf(base) < 0) {
            return String.valueOf(c);
        }
        char shape = 0;
        char tone = 0;
        for (char mark : parts.substring(1).toCharArray()) {
            if (mark == '\u0302' || mark == '\u0306' || mark == '\u031B') {
                shape = mark;
            } else if (TONES.indexOf(mark) >= 0) {
                tone = mark;
            } else {
                return String.valueOf(c); // a letter of another language (ü, ç): VNI writes it as Windows did
            }
        }
        boolean upper = Character.isUpperCase(c);
        String written;
        if (base == 'i') {
            written = String.valueOf("íìæóò".charAt(TONES.indexOf(tone)));
        } else if (base == 'y' && tone == '\u0323' && shape == 0) {
            written = "î";
        } else if (shape == '\u031B') {
            written = (base == 'o' ? "ô" : "ö") + toneLetter(tone);
        } else if (shape == '\u0302') {
            written = base + String.valueOf("âáàåãä".charAt(1 + TONES.indexOf(tone)));
        } else if (shape == '\u0306') {
            written = base + String.valueOf("êéèúüë".charAt(1 + TONES.indexOf(tone)));
        } else {
            written = base + toneLetter(tone);
        }
        return upper ? written.toUpperCase(java.util.Locale.ROOT) : written;
    }

    private static String toneLetter(char tone) {
        return tone == 0 ? "" : String.valueOf("ùøûõï".charAt(TONES.indexOf(tone)));
    }
}
