package org.commitmentstracker.extract.read;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;

/**
 * Word's automatic numbering and bullets (numbering.xml) as Word shows them: "5.", "a)", "(ii)", "•". Counters
 * are kept per abstract list, as Word does, so two numbering instances of one list continue each other unless an
 * instance restarts a level (lvlOverride/startOverride); a level restarts after any use of a level above it
 * (unless its lvlRestart says otherwise). Paragraphs are given in document order, once each.
 */
final class WordNumbering {
    private static final int LEVELS = 9;
    private static final String BULLET = "•";

    private final XWPFNumbering numbering;
    private final XWPFStyles styles;
    /** Per abstract list: the last number shown at each level, 0 when the level has not been used since reset. */
    private final Map<BigInteger, int[]> counters = new HashMap<>();
    private final Set<BigInteger> startedInstances = new HashSet<>();

    WordNumbering(XWPFDocument document) {
        this.numbering = document.getNumbering();
        this.styles = document.getStyles();
    }

    /** The label Word shows before this paragraph, or "" when it is not a list item. */
    String label(XWPFParagraph paragraph) {
        if (numbering == null) {
            return "";
        }
        CTNumPr numPr = numPr(paragraph);
        if (numPr == null || numPr.getNumId() == null || BigInteger.ZERO.equals(numPr.getNumId().getVal())) {
            return "";
        }
        BigInteger numId = numPr.getNumId().getVal();
        int level = numPr.getIlvl() == null ? 0 : Math.min(LEVELS - 1, Math.max(0, numPr.getIlvl().getVal().intValue()));
        XWPFNum num = numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return "";
        }
        BigInteger abstractId = num.getCTNum().getAbstractNumId().getVal();
        XWPFAbstractNum abstractNum = numbering.getAbstractNum(abstractId);
        if (abstractNum == null) {
            return "";
        }
        CTLvl[] levels = new CTLvl[LEVELS];
        int[] overrides = new int[LEVELS];
        for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlArray()) {
            put(levels, lvl);
        }
        for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
            int at = override.getIlvl().intValue();
            if (at < 0 || at >= LEVELS) {
                continue;
            }
            if (override.isSetLvl()) {
                put(levels, override.getLvl());
            }
            if (override.isSetStartOverride()) {
                overrides[at] = override.getStartOverride().getVal().intValue();
            }
        }
        int[] count = counters.computeIfAbsent(abstractId, id -> new int[LEVELS]);
        if (startedInstances.add(numId)) {
            // An instance that overrides a level's start restarts that level where the instance is first used.
            for (int i = 0; i < LEVELS; i++) {
                if (overrides[i] > 0) {
                    count[i] = 0;
                }
            }
        }
        count[level] = count[level] == 0 ? start(levels[level], overrides[level]) : count[level] + 1;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            if (restartsAfter(levels[deeper], level)) {
                count[deeper] = 0;
            }
        }
        return render(levels, overrides, count, level);
    }

    private static void put(CTLvl[] levels, CTLvl lvl) {
        int at = lvl.getIlvl() == null ? 0 : lvl.getIlvl().intValue();
        if (at >= 0 && at < LEVELS) {
            levels[at] = lvl;
        }
    }

    private static int start(CTLvl lvl, int override) {
        if (override > 0) {
            return override;
        }
        return lvl != null && lvl.isSetStart() ? lvl.getStart().getVal().intValue() : 1;
    }

    /** A level restarts after any level above it is used, or only after levels above lvlRestart's (0: never). */
    private static boolean restartsAfter(CTLvl lvl, int usedLevel) {
        if (lvl == null || !lvl.isSetLvlRestart()) {
            return true;
        }
        int restart = lvl.getLvlRestart().getVal().intValue();
        return restart != 0 && usedLevel < restart;
    }

    private static String render(CTLvl[] levels, int[] overrides, int[] count, int level) {
        CTLvl lvl = levels[level];
        if (lvl == null) {
            return "";
        }
        String format = lvl.isSetNumFmt() ? String.valueOf(lvl.getNumFmt().getVal()) : "decimal";
        String text = lvl.isSetLvlText() && lvl.getLvlText().getVal() != null ? lvl.getLvlText().getVal() : "";
        if (format.equals("bullet")) {
            return bullet(text);
        }
        if (format.equals("none")) {
            return text.replaceAll("%[1-9]", "").strip();
        }
        boolean legal = lvl.isSetIsLgl();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
                int ref = text.charAt(++i) - '1';
                int value = count[ref] == 0 ? start(levels[ref], overrides[ref]) : count[ref];
                String refFormat = levels[ref] != null && levels[ref].isSetNumFmt()
                        ? String.valueOf(levels[ref].getNumFmt().getVal()) : "decimal";
                out.append(format(value, legal && ref < level ? "decimal" : refFormat));
            } else {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    /** A list item's line as Word shows it: its label, a space, its text; the text alone when either is empty. */
    static String line(String label, String text) {
        return label.isEmpty() || text.isBlank() ? text : label + " " + text;
    }

    /** Symbol and Wingdings bullets are private-use characters; they show as a bullet. */
    static String bullet(String text) {
        String t = text.strip();
        if (t.equals("\uF02D") || t.equals("\uF02B")) {
            // The Symbol font's dash and plus (its private-use ASCII range): the "-" and "+" of Vietnamese lists.
            return t.equals("\uF02D") ? "–" : "+";
        }
        if (t.isEmpty() || t.chars().anyMatch(c -> c >= 0xE000 && c <= 0xF8FF)) {
            return BULLET;
        }
        return t.equals("o") ? "◦" : t;
    }

    static String format(int value, String format) {
        return switch (format) {
            case "lowerLetter" -> letters(value).toLowerCase(Locale.ROOT);
            case "upperLetter" -> letters(value);
            case "lowerRoman" -> roman(value).toLowerCase(Locale.ROOT);
            case "upperRoman" -> roman(value);
            case "decimalZero" -> value < 10 ? "0" + value : String.valueOf(value);
            default -> String.valueOf(value);
        };
    }

    /** Word's letters: a..z, then aa..zz, aaa..zzz. */
    private static String letters(int value) {
        if (value <= 0) {
            return String.valueOf(value);
        }
        char letter = (char) ('A' + (value - 1) % 26);
        return String.valueOf(letter).repeat((value - 1) / 26 + 1);
    }

    private static String roman(int value) {
        if (value <= 0 || value >= 4000) {
            return String.valueOf(value);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        int rest = value;
        for (int i = 0; i < values.length; i++) {
            for (; rest >= values[i]; rest -= values[i]) {
                out.append(symbols[i]);
            }
        }
        return out.toString();
    }

    /** The paragraph's own numbering, else its style's (following basedOn a few steps). */
    private CTNumPr numPr(XWPFParagraph paragraph) {
        var pPr = paragraph.getCTP().getPPr();
        if (pPr != null && pPr.isSetNumPr()) {
            return pPr.getNumPr();
        }
        String styleId = paragraph.getStyleID();
        for (int step = 0; styleId != null && styles != null && step < 5; step++) {
            XWPFStyle style = styles.getStyle(styleId);
            if (style == null) {
                return null;
            }
            var stylePPr = style.getCTStyle().getPPr();
            if (stylePPr != null && stylePPr.isSetNumPr()) {
                return stylePPr.getNumPr();
            }
            styleId = style.getBasisStyleID();
        }
        return null;
    }
}
