package org.commitmentstracker.extract.segment;

import java.text.Normalizer;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Statement-like texts for the segmenter's properties: numbered paragraphs, Roman sections,
 * lettered items and bullets, English and Vietnamese (composed or decomposed diacritics), words
 * spaced with NBSPs and tabs, CRLF/CR/NEL/U+2028 line ends, very long lines, control characters
 * and unpaired surrogates.
 */
public final class StatementTexts {
    /** One paragraph as written: the marker it was given and the whole line. */
    public record Block(MarkerType marker, String label, String line) {
    }

    /** Blocks separated by blank lines, and the text they make. */
    public record Blocks(List<Block> blocks, String text) {
    }

    private static final List<String> ENGLISH = List.of("The", "two", "sides", "agreed", "to", "promote", "cooperation",
            "in", "trade,", "investment", "and", "energy.", "Viet", "Nam", "will", "sign", "a", "Memorandum", "by",
            "2030;", "USD", "10", "billion", "(ODA)", "e.g.", "co-operation", "“people-to-people”", "exchanges:");
    private static final List<String> VIETNAMESE = List.of("Hai", "bên", "nhất", "trí", "tăng", "cường", "hợp", "tác",
            "kinh", "tế,", "đầu", "tư", "Việt", "Nam", "quốc", "phòng", "an", "ninh", "năm", "2025.", "Đối", "tác",
            "Toàn", "diện", "Chiến", "lược", "thúc", "đẩy", "thương", "mại", "ngày", "5", "tháng", "5");
    /** What may stand between two words: plain and odd spaces. */
    private static final List<String> SPACES = List.of(" ", " ", " ", "  ", "\t", "\u00A0", "\u202F", "\u2003");
    /** Characters a damaged or odd source may hold anywhere, line breaks aside. */
    private static final List<String> NOISE = List.of("\u0000", "\u0001", "\u0007", "\u001B", "\u001F", "\u007F",
            "\u0090", "\u200B", "\u200D", "\uFEFF", "\u00AD", "\uD800", "\uDC00", "\uDBFF", "\uD83D\uDE00", "\uFFFD",
            "\u0301", "\u00A0");
    /** Every way a line can end. */
    private static final List<String> LINE_ENDS = List.of("\n", "\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029");
    private static final String BULLETS = "-–—•●▪◦∙·*+»►✓";

    private StatementTexts() {
    }

    /** A word, Vietnamese ones in NFC or in NFD (as some PDFs give them). */
    static Arbitrary<String> word() {
        Arbitrary<String> vietnamese = Arbitraries.of(VIETNAMESE).flatMap(w -> Arbitraries.of(w,
                Normalizer.normalize(w, Normalizer.Form.NFD)));
        return Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.of(ENGLISH)), Tuple.of(5, vietnamese),
                Tuple.of(1, Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12)));
    }

    /** Words with odd spaces and, now and then, noise between them; short or (rarely) a very long line. */
    static Arbitrary<String> body() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(Tuple.of(12, word()),
                Tuple.of(1, Arbitraries.of(NOISE)));
        // It opens with a word: a line of noise alone would be no paragraph of the kind generated.
        Arbitrary<String> line = Arbitraries.integers().between(1, 30).flatMap(n -> Combinators.combine(word(),
                piece.list().ofSize(n - 1), Arbitraries.of(SPACES).list().ofSize(n))
                .as((first, rest, spaces) -> first + spaces.get(0) + interleave(rest, spaces.subList(1, n))));
        // A very long line (thousands of characters, one paragraph) is the same words said many times.
        Arbitrary<String> longLine = Combinators.combine(line, Arbitraries.integers().between(20, 80)).as(String::repeat);
        return Arbitraries.frequencyOf(Tuple.of(20, line), Tuple.of(1, longLine));
    }

    /** A plain paragraph opens with a capitalised word, so that it cannot be read as a marker. */
    static Arbitrary<String> plainBody() {
        return Combinators.combine(Arbitraries.of("The", "Both", "Hai", "Việt", "Trade"), body())
                .as((first, rest) -> first + " " + rest);
    }

    static Arbitrary<Block> block() {
        Arbitrary<Block> number = Combinators.combine(Arbitraries.integers().between(1, 999),
                Arbitraries.of(".", ")"), Arbitraries.of(false, true), body()).as((n, dot, padded, body) -> {
                    String digits = padded ? String.format("%03d", n) : String.valueOf(n);
                    return new Block(MarkerType.NUMBER, String.valueOf(n), digits + dot + " " + body);
                });
        Arbitrary<Block> roman = Combinators.combine(Arbitraries.integers().between(1, 39), Arbitraries.of(".", ")"),
                plainBody()).as((n, dot, body) -> new Block(MarkerType.ROMAN, roman(n), roman(n) + dot + " " + body));
        Arbitrary<Block> letter = Combinators.combine(Arbitraries.of("abcdefghđ".split("")),
                Arbitraries.of("(%s)", "%s)", "%s."), body())
                .as((l, form, body) -> new Block(MarkerType.LETTER, l, String.format(form, l) + " " + body));
        Arbitrary<Block> bullet = Combinators.combine(Arbitraries.of(BULLETS.split("")), plainBody())
                .as((b, body) -> new Block(MarkerType.BULLET, "", b + " " + body));
        Arbitrary<Block> plain = plainBody().map(body -> new Block(MarkerType.NONE, "", body));
        return Arbitraries.oneOf(number, roman, letter, bullet, plain);
    }

    /** Paragraphs separated by blank lines (maybe holding spaces), each line end of any kind. */
    public static Arbitrary<Blocks> blocks() {
        // The same line end twice: "\r" then "\n" would be one CRLF, no blank line.
        Arbitrary<String> blank = Combinators.combine(Arbitraries.of(LINE_ENDS), Arbitraries.of("", " ", "\t", "\u2003"))
                .as((end, spaces) -> end + spaces + end);
        return block().list().ofMinSize(1).ofMaxSize(15).flatMap(blocks -> blank.list().ofSize(blocks.size())
                .map(blanks -> new Blocks(blocks, interleave(blocks.stream().map(Block::line).toList(), blanks).strip())));
    }

    /**
     * Lines of any kind (paragraphs, fragments of wrapped lines, empty lines) run together with
     * single or double line ends, with noise dropped in anywhere, line ends included.
     */
    public static Arbitrary<String> messy() {
        Arbitrary<String> line = Arbitraries.frequencyOf(Tuple.of(6, block().map(Block::line)), Tuple.of(3, body()),
                Tuple.of(1, Arbitraries.of("", " ", "\u00A0", "\u3000")));
        Arbitrary<String> end = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(LINE_ENDS)),
                Tuple.of(1, Arbitraries.of("\n\n", "\r\n\r\n", "\f", "\u000B")));
        Arbitrary<String> lines = line.list().ofMinSize(1).ofMaxSize(15)
                .flatMap(ls -> end.list().ofSize(ls.size()).map(ends -> interleave(ls, ends)));
        Arbitrary<List<Tuple.Tuple2<Integer, String>>> noise = Combinators.combine(Arbitraries.integers().between(0, 100_000),
                Arbitraries.of(NOISE)).as(Tuple::of).list().ofMaxSize(8);
        return Combinators.combine(lines, noise).as((text, drops) -> {
            StringBuilder out = new StringBuilder(text);
            drops.forEach(d -> out.insert(d.get1() % (out.length() + 1), d.get2()));
            return out.toString();
        });
    }

    private static String interleave(List<String> items, List<String> separators) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            out.append(items.get(i)).append(separators.get(i));
        }
        return out.toString();
    }

    static String roman(int n) {
        String[] tens = {"", "X", "XX", "XXX"};
        String[] ones = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
        return tens[n / 10] + ones[n % 10];
    }

    /** The text with its lines shown escaped, for a failure message. */
    public static String shown(String text) {
        return text.codePoints().mapToObj(c -> c < 0x20 || c >= 0x7F && c < 0xA0 || c >= 0xD800 && c <= 0xDFFF
                || c == 0x2028 || c == 0x2029 ? String.format("\\u%04X", c) : Character.toString(c))
                .collect(Collectors.joining());
    }
}
