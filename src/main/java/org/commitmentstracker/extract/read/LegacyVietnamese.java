package org.commitmentstracker.extract.read;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Vietnamese typed in TCVN3 (ABC), the font encoding of the 1990s still met in ministries' older documents: the
 * letters are drawn by fonts such as .VnTime and .VnArial, and any reader that does not know them gets Latin-1
 * letters ("Hai bªn nhÊt trÝ ®Èy m¹nh hîp t¸c" for "Hai bên nhất trí đẩy mạnh hợp tác"). Such lines are turned into
 * Unicode, whatever the format they came in (text, Word, RTF, web page), since each keeps the font's bytes as those
 * letters.
 *
 * <p>A line is turned when it has no Unicode Vietnamese letter of its own and its words with those letters read as
 * Vietnamese syllables once turned; the text is turned only when, turned, it holds a few of the commonest Vietnamese
 * words. English with an accented name ("Côte d'Ivoire", "São Tomé") stays as it is: turned, those are no syllables.
 */
final class LegacyVietnamese {
    /** The TCVN3 letters, each at the index of its Unicode letter in {@link #UNICODE}. */
    private static final String TCVN3 = "µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\u00ADõøö÷ùúýûüþ¡¢§£¤¥¦";
    private static final String UNICODE = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ";
    private static final char[] TABLE = new char[256];

    static {
        for (int c = 0; c < TABLE.length; c++) {
            TABLE[c] = (char) c;
        }
        for (int i = 0; i < TCVN3.length(); i++) {
            TABLE[TCVN3.charAt(i)] = UNICODE.charAt(i);
        }
    }

    private static final String VOWELS = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ";
    /** One Vietnamese syllable, lower case: an initial consonant, one to three vowels, a final consonant. */
    private static final Pattern SYLLABLE = Pattern.compile(
            "(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[" + VOWELS + "]{1,3}(ng|nh|ch|[cmnpt])?");
    /** Common Vietnamese words that have a letter TCVN3 writes in Latin-1: a text that has none is not Vietnamese. */
    private static final Set<String> COMMON = Set.of("và", "của", "các", "được", "với", "đã", "về", "để", "những",
            "này", "trên", "việc", "việt", "hợp", "tác", "phát", "triển", "bên", "nhất", "trí", "đẩy", "mạnh", "tăng",
            "cường", "quan", "hệ", "hội", "nghị", "đầu", "tư", "thương", "mại", "hiệp", "định", "năm", "tháng", "ngày");
    /** The fewest common words that make a text Vietnamese in TCVN3. */
    private static final int MIN_COMMON = 3;
    /** The share of a line's words with TCVN3 letters that must read as syllables once turned. */
    private static final double SYLLABLE_SHARE = 0.8;

    /** The text with its TCVN3 lines turned into Unicode; how many lines were, and the first as turned. */
    record Turned(String text, int lines, String example) {
    }

    private LegacyVietnamese() {
    }

    /** The text as it came, or with its TCVN3 lines turned into Unicode when it has such lines (see the class). */
    static Turned fromTcvn3(String text) {
        if (!hasTcvn3Letter(text)) {
            return new Turned(text, 0, "");
        }
        String[] lines = text.split("\n", -1);
        if (!isTcvn3(lines)) {
            return new Turned(text, 0, "");
        }
        // Every line that reads as TCVN3 is turned, a heading of one word ("§iÒu 1") too.
        StringBuilder out = new StringBuilder(text.length());
        int turned = 0;
        String example = "";
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (readsAsTcvn3(line, 1)) {
                line = turn(line);
                turned++;
                if (example.isEmpty() && readsAsTcvn3(lines[i], 2)) {
                    example = example(line);
                }
            }
            out.append(line);
            if (i + 1 < lines.length) {
                out.append('\n');
            }
        }
        return new Turned(out.toString(), turned, example);
    }

    /** Whether the text is Vietnamese typed in TCVN3 (see the class). */
    static boolean isTcvn3(String text) {
        return hasTcvn3Letter(text) && isTcvn3(text.split("\n", -1));
    }

    /** Whether the lines with two TCVN3 words or more hold, turned, a few of the commonest Vietnamese words. */
    private static boolean isTcvn3(String[] lines) {
        int common = 0;
        for (String line : lines) {
            if (readsAsTcvn3(line, 2)) {
                common += commonWords(line);
                if (common >= MIN_COMMON) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasTcvn3Letter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isTcvn3Letter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTcvn3Letter(char c) {
        return c < TABLE.length && TABLE[c] != c;
    }

    /**
     * Whether a line is TCVN3: no Unicode Vietnamese letter, at least {@code fewest} words with TCVN3 letters, and
     * nearly all of those syllables once turned.
     */
    static boolean readsAsTcvn3(String line, int fewest) {
        int words = 0;
        int syllables = 0;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (isVietnameseUnicode(c)) {
                return false;
            }
            if (!isWordChar(c)) {
                i++;
                continue;
            }
            int start = i;
            boolean legacy = false;
            while (i < line.length() && isWordChar(line.charAt(i))) {
                legacy |= isTcvn3Letter(line.charAt(i));
                if (isVietnameseUnicode(line.charAt(i))) {
                    return false;
                }
                i++;
            }
            if (legacy) {
                words++;
                if (SYLLABLE.matcher(turn(line.substring(start, i)).toLowerCase(Locale.ROOT)).matches()) {
                    syllables++;
                }
            }
        }
        return words >= fewest && syllables >= SYLLABLE_SHARE * words;
    }

    /** A letter, or a TCVN3 letter that Unicode counts as a symbol or a format mark (® for đ, the soft hyphen for ư). */
    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || isTcvn3Letter(c);
    }

    /** A letter only Unicode Vietnamese has (ă, đ, ơ, ư and the letters of Latin Extended Additional). */
    private static boolean isVietnameseUnicode(char c) {
        return c >= '\u0100' && c <= '\u01B0' || c >= '\u1EA0' && c <= '\u1EF9';
    }

    private static String turn(String line) {
        char[] chars = line.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] < TABLE.length) {
                chars[i] = TABLE[chars[i]];
            }
        }
        return new String(chars);
    }

    /** How many of the line's words are common Vietnamese words once turned, and were not before. */
    private static int commonWords(String line) {
        int count = 0;
        int i = 0;
        while (i < line.length()) {
            if (!isWordChar(line.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < line.length() && isWordChar(line.charAt(i))) {
                i++;
            }
            String word = line.substring(start, i);
            String turned = turn(word);
            if (!turned.equals(word) && COMMON.contains(turned.toLowerCase(Locale.ROOT))) {
                count++;
            }
        }
        return count;
    }

    /** The first words of a turned line, to show the officer what was turned. */
    private static String example(String line) {
        String stripped = line.strip();
        if (stripped.length() <= 40) {
            return stripped;
        }
        int space = stripped.lastIndexOf(' ', 40);
        return stripped.substring(0, space > 20 ? space : 40) + " …";
    }
}
