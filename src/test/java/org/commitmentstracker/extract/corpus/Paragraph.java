package org.commitmentstracker.extract.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a corpus statement, as a word processor would hold it: its visible list marker (if any)
 * split into a numbering style and a value, and the text after it. Every non-blank line of the .txt is
 * one paragraph (the statements keep one paragraph per line, a blank line or none between them).
 *
 * @param marker the marker as written ("12.", "a)", "(b)", "IV.", "•"), empty when the line has none
 * @param format the Word number format of the marker: decimal, lowerLetter, upperLetter, upperRoman,
 *               bullet, or empty
 * @param prefix what Word's level text puts before the number ("(" in "(a)")
 * @param suffix what it puts after the number ("." in "12.", ")" in "a)"), or the bullet character
 * @param value  the marker's number (1 for "a", 4 for "IV"), 0 for a bullet or no marker
 * @param text   the paragraph without its marker
 */
record Paragraph(String marker, String format, String prefix, String suffix, int value, String text) {
    private static final Pattern ROMAN = Pattern.compile("^([IVXL]{1,6})\\.\\s+(\\S.*)$");
    private static final Pattern DECIMAL = Pattern.compile("^(\\d{1,3})([.)])\\s+(\\S.*)$");
    private static final Pattern LETTER = Pattern.compile("^(\\(?)([a-z])([.)-])\\s+(\\S.*)$");
    private static final Pattern UPPER = Pattern.compile("^([A-H])([.)])\\s+(\\p{Lu}.*)$");
    private static final Pattern BULLET = Pattern.compile("^([-•*+–▪●◦])\\s+(\\S.*)$");

    boolean numbered() {
        return !format.isEmpty();
    }

    /** The style a run of markers shares: the same format written the same way. */
    String style() {
        return format + "|" + prefix + "|" + suffix;
    }

    /** The list level Word would give it: letters and bullets under a numbered paragraph. */
    int level() {
        return format.equals("lowerLetter") || format.equals("bullet") ? 1 : 0;
    }

    boolean heading() {
        return format.equals("upperRoman") || format.equals("upperLetter");
    }

    /** The cells of a table row (a line with tabs between its cells, as pasted from Word), else empty. */
    List<String> cells() {
        if (text.indexOf('\t') < 0) {
            return List.of();
        }
        List<String> cells = new ArrayList<>();
        for (String cell : text.split("\t+")) {
            if (!cell.isBlank()) {
                cells.add(cell.strip());
            }
        }
        return cells.size() < 2 ? List.of() : cells;
    }

    /** The text with white space as a word processor's running text has it (a row's tabs are spaces). */
    String flatText() {
        return text.replace('\t', ' ');
    }

    static List<Paragraph> of(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (String raw : text.replace("\ufeff", "").replace("\r", "").split("\n")) {
            String line = raw.strip();
            Paragraph last = paragraphs.isEmpty() ? null : paragraphs.get(paragraphs.size() - 1);
            if (raw.startsWith("\t") && !line.isEmpty() && last != null && last.text().split("\t", -1).length >= 3) {
                // a wrapped cell's next line: it goes on the cell of the row above, in the same column
                String[] cells = last.text().split("\t", -1);
                String[] more = raw.split("\t", -1);
                for (int i = 0; i < more.length && i < cells.length; i++) {
                    if (!more[i].isBlank()) {
                        cells[i] = cells[i].isBlank() ? more[i].strip() : cells[i].stripTrailing() + " " + more[i].strip();
                    }
                }
                paragraphs.set(paragraphs.size() - 1, new Paragraph("", "", "", "", 0, String.join("\t", cells)));
                continue;
            }
            if (!line.isEmpty()) {
                paragraphs.add(line.indexOf('\t') >= 0 && line.split("\t+").length >= 2
                        ? new Paragraph("", "", "", "", 0, line) : parse(line.replace('\t', ' ')));
            }
        }
        return paragraphs;
    }

    static Paragraph parse(String line) {
        Matcher m = ROMAN.matcher(line);
        if (m.matches() && roman(m.group(1)) > 0) {
            return new Paragraph(m.group(1) + ".", "upperRoman", "", ".", roman(m.group(1)), m.group(2));
        }
        m = DECIMAL.matcher(line);
        if (m.matches()) {
            return new Paragraph(m.group(1) + m.group(2), "decimal", "", m.group(2), Integer.parseInt(m.group(1)),
                    m.group(3));
        }
        m = LETTER.matcher(line);
        if (m.matches() && (m.group(1).isEmpty() || m.group(3).equals(")"))) {
            String suffix = m.group(3);
            return new Paragraph(m.group(1) + m.group(2) + suffix, "lowerLetter", m.group(1), suffix,
                    m.group(2).charAt(0) - 'a' + 1, m.group(4));
        }
        m = UPPER.matcher(line);
        if (m.matches()) {
            return new Paragraph(m.group(1) + m.group(2), "upperLetter", "", m.group(2), m.group(1).charAt(0) - 'A' + 1,
                    m.group(3));
        }
        m = BULLET.matcher(line);
        if (m.matches()) {
            return new Paragraph(m.group(1), "bullet", "", m.group(1), 0, m.group(2));
        }
        return new Paragraph("", "", "", "", 0, line);
    }

    /** The value of a well-formed Roman numeral up to L, or 0. */
    static int roman(String numeral) {
        String[] tens = {"", "X", "XX", "XXX", "XL", "L"};
        String[] units = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
        for (int t = 0; t < tens.length; t++) {
            for (int u = 0; u < units.length; u++) {
                if ((tens[t] + units[u]).equals(numeral)) {
                    return t * 10 + u;
                }
            }
        }
        return 0;
    }
}
