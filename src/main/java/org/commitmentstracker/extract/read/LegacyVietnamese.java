package org.commitmentstracker.extract.read;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Vietnamese typed in the font encodings of the 1990s still met in ministries' older documents: TCVN3 (ABC), drawn by
 * fonts such as .VnTime and .VnArial, and VNI (VNI-Times). Any reader that does not know the fonts gets Latin-1
 * letters: "Hai bªn nhÊt trÝ ®Èy m¹nh hîp t¸c" (TCVN3) or "Hai beân nhaát trí ñaåy maïnh hôïp taùc" (VNI) for "Hai bên
 * nhất trí đẩy mạnh hợp tác". Such lines are turned into Unicode, whatever the format they came in (text, Word, RTF,
 * web page), since each keeps the font's bytes as those letters.
 *
 * <p>A line is turned when it has no Unicode Vietnamese letter of its own and its words with the encoding's letters
 * read as Vietnamese syllables once turned; the text is turned only when, turned, it holds a few of the commonest
 * Vietnamese words it did not hold before. English with an accented name ("Côte d'Ivoire", "São Tomé") stays as it
 * is: turned, those are no syllables.
 */
final class LegacyVietnamese {
    /**
     * The two encodings: each says which letters it writes Vietnamese with, how they read in Unicode, and how the
     * review is told of a text turned from it.
     */
    enum Font {
        /** TCVN3 (.VnTime): one Latin-1 letter for each Vietnamese letter. */
        TCVN3(ReadWarning.Kind.TCVN3_TURNED) {
            @Override
            boolean writesWith(char c) {
                return c < TCVN3_TABLE.length && TCVN3_TABLE[c] != c;
            }

            @Override
            String turn(String text) {
                char[] chars = text.toCharArray();
                for (int i = 0; i < chars.length; i++) {
                    if (chars[i] < TCVN3_TABLE.length) {
                        chars[i] = TCVN3_TABLE[chars[i]];
                    }
                }
                return new String(chars);
            }
        },
        /** VNI (VNI-Times): a vowel followed by a Latin-1 letter for its marks ("eä" is "ệ"), a few letters alone. */
        VNI(ReadWarning.Kind.VNI_TURNED) {
            @Override
            boolean writesWith(char c) {
                char small = Character.toLowerCase(c);
                return VNI_MARKS.indexOf(small) >= 0 || VNI_ALONE.indexOf(small) >= 0;
            }

            @Override
            String turn(String text) {
                StringBuilder out = new StringBuilder(text.length());
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    String marks = i + 1 < text.length() ? vniMarks(c, text.charAt(i + 1)) : null;
                    if (marks != null) {
                        out.append(vniAlone(c)).append(marks);
                        i++;
                    } else {
                        out.append(vniAlone(c));
                    }
                }
                return Normalizer.normalize(out, Normalizer.Form.NFC);
            }
        };

        private final ReadWarning.Kind turned;

        Font(ReadWarning.Kind turned) {
            this.turned = turned;
        }

        /** Whether the encoding writes Vietnamese with this letter. */
        abstract boolean writesWith(char c);

        /** The text with the encoding's letters read as Unicode (NFC). */
        abstract String turn(String text);
    }

    /** The TCVN3 letters, each at the index of its Unicode letter in {@link #TCVN3_UNICODE}. */
    private static final String TCVN3_LETTERS = "µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\u00ADõøö÷ùúýûüþ¡¢§£¤¥¦";
    private static final String TCVN3_UNICODE = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ";
    private static final char[] TCVN3_TABLE = new char[256];

    static {
        for (int c = 0; c < TCVN3_TABLE.length; c++) {
            TCVN3_TABLE[c] = (char) c;
        }
        for (int i = 0; i < TCVN3_LETTERS.length(); i++) {
            TCVN3_TABLE[TCVN3_LETTERS.charAt(i)] = TCVN3_UNICODE.charAt(i);
        }
    }

    /** VNI's letters for marks after a vowel (lower case; upper case alike): the tones, then â and ă with a tone. */
    private static final String VNI_MARKS = "ùøûõïâáàåãäêéèúüë";
    /** The combining marks of each letter of {@link #VNI_MARKS}, in its order. */
    private static final String[] VNI_COMBINING = {"\u0301", "\u0300", "\u0309", "\u0303", "\u0323",
            "\u0302", "\u0302\u0301", "\u0302\u0300", "\u0302\u0309", "\u0302\u0303", "\u0302\u0323",
            "\u0306", "\u0306\u0301", "\u0306\u0300", "\u0306\u0309", "\u0306\u0303", "\u0306\u0323"};
    /** VNI's letters that stand alone (lower case), each at the index of its Unicode letter in {@link #VNI_UNICODE}. */
    private static final String VNI_ALONE = "ôöñæóòî";
    private static final String VNI_UNICODE = "ơưđỉĩịỵ";

    /** The combining marks VNI's letter {@code mark} gives the vowel {@code vowel} before it, or null. */
    private static String vniMarks(char vowel, char mark) {
        int at = VNI_MARKS.indexOf(Character.toLowerCase(mark));
        if (at < 0) {
            return null;
        }
        char v = Character.toLowerCase(vowel);
        boolean tone = at < 5 && "aeouyôö".indexOf(v) >= 0;
        boolean circumflex = at >= 5 && at < 11 && "aeo".indexOf(v) >= 0;
        boolean breve = at >= 11 && v == 'a';
        return tone || circumflex || breve ? VNI_COMBINING[at] : null;
    }

    /** A VNI letter that stands alone as its Unicode letter (ô is ơ, ñ is đ…); any other letter as it is. */
    private static char vniAlone(char c) {
        int at = VNI_ALONE.indexOf(Character.toLowerCase(c));
        if (at < 0) {
            return c;
        }
        char letter = VNI_UNICODE.charAt(at);
        return Character.isUpperCase(c) ? Character.toUpperCase(letter) : letter;
    }

    private static final String VOWELS = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ";
    /** One Vietnamese syllable, lower case: an initial consonant, one to three vowels, a final consonant. */
    private static final Pattern SYLLABLE = Pattern.compile(
            "(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[" + VOWELS + "]{1,3}(ng|nh|ch|[cmnpt])?");
    /** Common Vietnamese words with a letter the old encodings write in Latin-1: a text that has none is not Vietnamese. */
    private static final Set<String> COMMON = Set.of("và", "của", "các", "được", "với", "đã", "về", "để", "những",
            "này", "trên", "việc", "việt", "hợp", "tác", "phát", "triển", "bên", "nhất", "trí", "đẩy", "mạnh", "tăng",
            "cường", "quan", "hệ", "hội", "nghị", "đầu", "tư", "thương", "mại", "hiệp", "định", "năm", "tháng", "ngày");
    /** The fewest common words that make a text Vietnamese in an old encoding. */
    private static final int MIN_COMMON = 3;
    /**
     * More than this share of a line's words with the encoding's letters read as syllables once turned: the line tells
     * the encoding.
     */
    private static final double SYLLABLE_SHARE = 0.75;
    /** More than this share do, in a text the encoding was told in: the line is turned. */
    private static final double MOST = 0.5;

    /** The text with its lines in an old encoding turned into Unicode; the encoding, how many lines, the first turned. */
    record Turned(String text, Font font, int lines, String example) {
        /** What the review is told: the lines turned and from which encoding; none when nothing was. */
        List<ReadWarning> warnings() {
            return lines == 0 ? List.of() : List.of(new ReadWarning(font.turned, lines, example));
        }
    }

    private LegacyVietnamese() {
    }

    /** The text as it came, or with its lines in TCVN3 or VNI turned into Unicode when it has such lines (see the class). */
    static Turned toUnicode(String text) {
        Font font = fontOf(text);
        if (font == null) {
            return new Turned(text, null, 0, "");
        }
        // Every line that reads as the encoding is turned, a heading of one word ("§iÒu 1") too, and a line with a
        // foreign name once most of its words are syllables ("Tuyeân boá chung Vieät Nam - Coâte d'Ivoire").
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        int turned = 0;
        String example = "";
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (readsAs(font, line, 1, MOST)) {
                line = font.turn(line);
                turned++;
                if (example.isEmpty() && readsAs(font, lines[i], 2, SYLLABLE_SHARE)) {
                    example = example(line);
                }
            }
            out.append(line);
            if (i + 1 < lines.length) {
                out.append('\n');
            }
        }
        return new Turned(out.toString(), font, turned, example);
    }

    /** The old encoding the text's Vietnamese is typed in, or null (Unicode, or no Vietnamese). */
    static Font fontOf(String text) {
        String[] lines = null;
        for (Font font : Font.values()) {
            if (writesWithAny(font, text)) {
                lines = lines != null ? lines : text.split("\n", -1);
                if (isTypedIn(font, lines)) {
                    return font;
                }
            }
        }
        return null;
    }

    /** Whether the lines with two of the encoding's words or more hold, turned, a few of the commonest Vietnamese words. */
    private static boolean isTypedIn(Font font, String[] lines) {
        int common = 0;
        for (String line : lines) {
            if (readsAs(font, line, 2, SYLLABLE_SHARE)) {
                common += commonWords(font, line);
                if (common >= MIN_COMMON) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean writesWithAny(Font font, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (font.writesWith(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a line is in the encoding: no Unicode Vietnamese letter, at least {@code fewest} words with the
     * encoding's letters, and more than {@code share} of those syllables once turned.
     */
    static boolean readsAs(Font font, String line, int fewest, double share) {
        int words = 0;
        int syllables = 0;
        int i = 0;
        while (i < line.length()) {
            if (!isWordChar(line.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean legacy = false;
            while (i < line.length() && isWordChar(line.charAt(i))) {
                if (isVietnameseUnicode(line.charAt(i))) {
                    return false;
                }
                legacy |= font.writesWith(line.charAt(i));
                i++;
            }
            if (legacy) {
                words++;
                if (SYLLABLE.matcher(font.turn(line.substring(start, i)).toLowerCase(Locale.ROOT)).matches()) {
                    syllables++;
                }
            }
        }
        return words >= fewest && syllables > share * words;
    }

    /** A letter, or a TCVN3 letter that Unicode counts as a symbol or a format mark (® for đ, the soft hyphen for ư). */
    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || Font.TCVN3.writesWith(c);
    }

    /** A letter only Unicode Vietnamese has (ă, đ, ơ, ư and the letters of Latin Extended Additional). */
    private static boolean isVietnameseUnicode(char c) {
        return c >= '\u0100' && c <= '\u01B0' || c >= '\u1EA0' && c <= '\u1EF9';
    }

    /** How many of the line's words are common Vietnamese words once turned, and were not before. */
    private static int commonWords(Font font, String line) {
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
            String turned = font.turn(word);
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
