package org.commitmentstracker.extract.read;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rich Text Format (.rtf, as Word and LibreOffice write it): the body's paragraphs in order, one a line, as
 * {@link DocxReader} gives a .docx. A list item's number is the one the writer put before it ({@code \listtext},
 * {@code \pntext}: what Word shows); a table row is one line with its cells separated by a tab ({@link TableRows});
 * a field gives its shown text. Unicode characters ({@code \\uN}) and the bytes of each font's code page
 * ({@code \\'hh}) are decoded; headers, footers, notes, comments, pictures and the document's tables of fonts,
 * colours, styles and lists are not the statement's text.
 */
final class RtfReader {
    /** Destinations whose text is not the statement's (besides every {@code \*} destination but list numbers). */
    private static final Set<String> SKIPPED = Set.of("fonttbl", "colortbl", "stylesheet", "info", "pict", "object",
            "header", "headerl", "headerr", "headerf", "footer", "footerl", "footerr", "footerf", "footnote",
            "annotation", "fldinst", "listtable", "listoverridetable", "revtbl", "rsidtbl", "generator", "xmlnstbl",
            "themedata", "colorschememapping", "datastore", "latentstyles", "pgdsctbl", "shp", "shpinst", "sp",
            "nonshppict", "bkmkstart", "bkmkend", "filetbl", "mmathPr", "atnid", "atnauthor", "txe", "xe", "tc");
    /** Windows code pages by RTF's \fcharset. */
    private static final Map<Integer, Integer> CODE_PAGES = Map.ofEntries(Map.entry(0, 1252), Map.entry(128, 932),
            Map.entry(129, 949), Map.entry(134, 936), Map.entry(136, 950), Map.entry(161, 1253),
            Map.entry(162, 1254), Map.entry(163, 1258), Map.entry(177, 1255), Map.entry(178, 1256),
            Map.entry(186, 1257), Map.entry(204, 1251), Map.entry(222, 874), Map.entry(238, 1250));

    /** What a group inherits and may change. */
    private static final class State {
        boolean skip;
        boolean fontTable;
        boolean listNumber;
        boolean hidden;
        int unicodeSkip = 1;
        /** The code page of the current font's {@code \'hh} bytes; null for a symbol font. */
        Charset charset;

        State copy() {
            State s = new State();
            s.skip = skip;
            s.fontTable = fontTable;
            s.listNumber = listNumber;
            s.hidden = hidden;
            s.unicodeSkip = unicodeSkip;
            s.charset = charset;
            return s;
        }
    }

    /** RTF's \fcharset of a symbol font (Symbol, Wingdings): its bytes are the font's own pictures. */
    private static final int SYMBOL_CHARSET = 2;

    private final String rtf;
    private int at;
    private final Deque<State> groups = new ArrayDeque<>();
    private State state = new State();
    private Charset defaultCharset = Charset.forName("windows-1252");
    /** Each font's code page; a symbol font maps to null. */
    private final Map<Integer, Charset> fonts = new HashMap<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final StringBuilder paragraph = new StringBuilder();
    private final List<String> lines = new ArrayList<>();
    private final List<List<String>> cells = new ArrayList<>();
    private final List<String> cell = new ArrayList<>();
    private boolean inTable;
    /** Whether the paragraph being read opened with the number its writer showed (padded with spaces by some). */
    private boolean numbered;
    private int pendingFont = -1;

    private RtfReader(String rtf) {
        this.rtf = rtf;
        state.charset = defaultCharset;
    }

    static String read(String name, byte[] file) throws UnreadableStatementException {
        try {
            return String.join("\n", new RtfReader(new String(file, StandardCharsets.ISO_8859_1)).lines());
        } catch (RuntimeException e) {
            throw new UnreadableStatementException(name, StatementProblem.DAMAGED,
                    "is damaged or not a valid RTF file", e).saying("DAMAGED.RTF");
        }
    }

    private List<String> lines() {
        while (at < rtf.length()) {
            char c = rtf.charAt(at++);
            switch (c) {
                case '{' -> {
                    flushBytes();
                    groups.push(state);
                    state = state.copy();
                }
                case '}' -> {
                    flushBytes();
                    if (!groups.isEmpty()) {
                        state = groups.pop();
                    }
                }
                case '\\' -> control();
                case '\r', '\n' -> { }
                default -> text(String.valueOf(c));
            }
        }
        flushBytes();
        if (paragraph.length() > 0) {
            endParagraph();
        }
        if (!cells.isEmpty() || !cell.isEmpty()) {
            endRow();
        }
        return lines;
    }

    private void control() {
        if (at >= rtf.length()) {
            return;
        }
        char c = rtf.charAt(at);
        if (!Character.isLetter(c)) {
            at++;
            switch (c) {
                case '\'' -> {
                    int b = at + 2 <= rtf.length() ? hex(rtf.charAt(at)) << 4 | hex(rtf.charAt(at + 1)) : -1;
                    if (b >= 0) {
                        at += 2;
                        if (!state.skip && !state.hidden) {
                            bytes.write(b);
                        }
                    }
                }
                case '*' -> {
                    // An ignorable destination: skipped unless it carries a list item's shown number.
                    String next = peekWord();
                    if (!next.equals("listtext") && !next.equals("pntext")) {
                        state.skip = true;
                    }
                }
                case '~' -> text("\u00A0");
                case '_' -> text("-");
                case '\\', '{', '}' -> text(String.valueOf(c));
                case '\r', '\n' -> word("par", null); // a backslash before a line end is a paragraph mark
                default -> { } // \- (optional hyphen), \| and others show nothing
            }
            return;
        }
        int start = at;
        while (at < rtf.length() && Character.isLetter(rtf.charAt(at))) {
            at++;
        }
        String word = rtf.substring(start, at);
        Integer parameter = null;
        int numberStart = at;
        if (at < rtf.length() && (rtf.charAt(at) == '-' || Character.isDigit(rtf.charAt(at)))) {
            at++;
            while (at < rtf.length() && Character.isDigit(rtf.charAt(at))) {
                at++;
            }
            parameter = parameter(rtf.substring(numberStart, at));
        }
        if (at < rtf.length() && rtf.charAt(at) == ' ') {
            at++;
        }
        word(word, parameter);
    }

    /** A control word's number; a lone "-" or digits beyond an int (damage or a fuzzed file) count as none or the most. */
    private static Integer parameter(String digits) {
        if (digits.equals("-")) {
            return null;
        }
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException tooLong) {
            return digits.startsWith("-") ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        }
    }

    private String peekWord() {
        int i = at;
        while (i < rtf.length() && (rtf.charAt(i) == '\\' || rtf.charAt(i) == ' ')) {
            i++;
        }
        int start = i;
        while (i < rtf.length() && Character.isLetter(rtf.charAt(i))) {
            i++;
        }
        return rtf.substring(start, i);
    }

    private void word(String word, Integer parameter) {
        if (word.equals("bin")) {
            at += parameter == null ? 0 : Math.max(0, parameter); // raw bytes, braces and all, in a picture
            return;
        }
        if (word.equals("fonttbl")) {
            state.fontTable = true;
        }
        if (SKIPPED.contains(word)) {
            flushBytes();
            state.skip = true;
            return;
        }
        if (state.skip && !state.fontTable) {
            return; // a paragraph mark or a cell in a header, a note or a picture is not the statement's
        }
        switch (word) {
            case "ansicpg" -> {
                defaultCharset = charset(parameter, defaultCharset);
                state.charset = defaultCharset;
            }
            case "f" -> {
                flushBytes();
                if (state.fontTable) {
                    pendingFont = parameter == null ? -1 : parameter; // an entry of the table: its \fcharset follows
                } else if (parameter != null) {
                    state.charset = fonts.containsKey(parameter) ? fonts.get(parameter) : defaultCharset;
                }
            }
            case "fcharset" -> {
                if (state.fontTable && pendingFont >= 0 && parameter != null) {
                    fonts.put(pendingFont, parameter == SYMBOL_CHARSET ? null : charsetOf(parameter));
                }
            }
            case "uc" -> state.unicodeSkip = parameter == null ? 1 : Math.max(0, parameter);
            case "u" -> {
                if (parameter != null) {
                    text(String.valueOf((char) (parameter < 0 ? parameter + 65536 : parameter)));
                    skipFallback();
                }
            }
            case "listtext", "pntext" -> {
                state.listNumber = true;
                numbered = true;
            }
            case "v" -> state.hidden = parameter == null || parameter != 0;
            case "par" -> endParagraph();
            case "line" -> text("\n");
            case "tab" -> text(state.listNumber ? " " : "\t");
            case "emdash" -> text("—");
            case "endash" -> text("–");
            case "bullet" -> text("•");
            case "lquote" -> text("‘");
            case "rquote" -> text("’");
            case "ldblquote" -> text("“");
            case "rdblquote" -> text("”");
            case "pard" -> inTable = false;
            case "intbl" -> inTable = true;
            case "cell", "nestcell" -> endCell();
            case "row", "nestrow" -> endRow();
            default -> { }
        }
    }

    /** After {@code \\uN}, the writer's stand-in for readers without Unicode: {@code \\uc} characters or bytes. */
    private void skipFallback() {
        for (int n = 0; n < state.unicodeSkip && at < rtf.length(); n++) {
            char c = rtf.charAt(at);
            if (c == '\\' && at + 1 < rtf.length() && rtf.charAt(at + 1) == '\'') {
                at += 4;
            } else if (c == '{' || c == '}' || c == '\\') {
                return;
            } else {
                at++;
            }
        }
    }

    private void text(String text) {
        flushBytes();
        if (!state.skip && !state.hidden) {
            paragraph.append(text);
        }
    }

    private void flushBytes() {
        if (bytes.size() > 0) {
            byte[] written = bytes.toByteArray();
            bytes.reset();
            if (state.charset != null) {
                paragraph.append(new String(written, state.charset));
            } else {
                for (byte b : written) {
                    paragraph.append((char) (0xF000 + (b & 0xFF))); // as Word keeps a symbol font's characters
                }
            }
        }
    }

    private void endParagraph() {
        flushBytes();
        String text = shown();
        if (inTable) {
            cell.add(text);
        } else {
            lines.add(text);
        }
    }

    private void endCell() {
        flushBytes();
        if (paragraph.length() > 0 || cell.isEmpty()) {
            cell.add(shown());
        }
        cells.add(List.copyOf(cell));
        cell.clear();
    }

    private void endRow() {
        if (!cell.isEmpty()) {
            cells.add(List.copyOf(cell));
            cell.clear();
        }
        // Writers pad a row with empty cells (LibreOffice gives a one-cell box a second one): a box stays a box.
        cells.removeIf(c -> c.stream().allMatch(String::isBlank));
        TableRows.add(cells, lines);
        cells.clear();
        inTable = false;
    }

    /** The paragraph read, taken: its list number unpadded and a symbol font's bullet shown as one. */
    private String shown() {
        String text = paragraph.toString();
        paragraph.setLength(0);
        if (numbered) {
            numbered = false;
            text = text.stripLeading();
        }
        return bulletShown(text);
    }

    /** A list number written in a symbol font (a private-use character) shows as Word's bullet. */
    private static String bulletShown(String text) {
        int space = text.indexOf(' ');
        if (space > 0 && text.substring(0, space).chars().allMatch(c -> c >= 0xE000 && c <= 0xF8FF)) {
            return WordNumbering.bullet(text.substring(0, space)) + text.substring(space);
        }
        return text;
    }

    /** A hexadecimal digit's value; a negative number when it is none (so "\\'zz" is skipped, not a failure). */
    private static int hex(char c) {
        int digit = Character.digit(c, 16);
        return digit < 0 ? -256 : digit;
    }

    private static Charset charsetOf(int fcharset) {
        return charset(CODE_PAGES.get(fcharset), Charset.forName("windows-1252"));
    }

    private static Charset charset(Integer codePage, Charset otherwise) {
        if (codePage == null) {
            return otherwise;
        }
        try {
            return Charset.forName(codePage == 932 ? "Shift_JIS" : "windows-" + codePage);
        } catch (RuntimeException e) {
            return otherwise;
        }
    }
}
