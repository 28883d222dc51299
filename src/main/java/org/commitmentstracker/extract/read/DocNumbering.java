package org.commitmentstracker.extract.read;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;

/**
 * Automatic numbering and bullets of an old Word .doc as Word shows them ("5.", "a)", "•"), the .doc counterpart of
 * {@link WordNumbering}: counters per list definition (lsid), so two uses of one list continue each other unless
 * the second overrides a level's start; a level restarts after any use of a level above it. Paragraphs are given
 * in document order, once each.
 */
final class DocNumbering {
    private static final int LEVELS = 9;

    /** The number formats of the binary format (MS-DOC's nfc) that {@link WordNumbering#format} knows by name. */
    private static final Map<Integer, String> FORMATS = Map.of(0, "decimal", 1, "upperRoman", 2, "lowerRoman",
            3, "upperLetter", 4, "lowerLetter", 22, "decimalZero");
    private static final int FORMAT_BULLET = 23;
    private static final int FORMAT_NONE = 255;

    /** Per list definition: the last number shown at each level, 0 when the level has not been used since reset. */
    private final Map<Integer, int[]> counters = new HashMap<>();
    private final Set<Integer> startedInstances = new HashSet<>();

    /** The label Word shows before this paragraph, or "" when it is not a list item. */
    String label(Paragraph paragraph) {
        if (!paragraph.isInList()) {
            return "";
        }
        HWPFList list;
        try {
            list = paragraph.getList();
        } catch (RuntimeException missing) {
            return ""; // a list the file does not hold (seen in real files): the paragraph is read without its number
        }
        if (list == null) {
            return "";
        }
        int level = Math.min(LEVELS - 1, Math.max(0, paragraph.getIlvl()));
        int[] count = counters.computeIfAbsent(list.getLsid(), id -> new int[LEVELS]);
        if (startedInstances.add(paragraph.getIlfo())) {
            // A list instance that overrides a level's start restarts that level where it is first used.
            for (int i = 0; i < LEVELS; i++) {
                if (list.isStartAtOverridden((char) i)) {
                    count[i] = 0;
                }
            }
        }
        count[level] = count[level] == 0 ? list.getStartAt((char) level) : count[level] + 1;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            count[deeper] = 0;
        }
        return render(list, count, level);
    }

    /** The level's text with each level placeholder (characters 0 to 8) replaced by that level's number. */
    private static String render(HWPFList list, int[] count, int level) {
        int format = list.getNumberFormat((char) level);
        String text = list.getNumberText((char) level);
        text = text == null ? "" : text;
        if (format == FORMAT_BULLET) {
            return WordNumbering.bullet(text);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < LEVELS) {
                if (format != FORMAT_NONE) {
                    int value = count[c] == 0 ? list.getStartAt(c) : count[c];
                    out.append(WordNumbering.format(value, FORMATS.getOrDefault(list.getNumberFormat(c), "decimal")));
                }
            } else {
                out.append(c);
            }
        }
        return out.toString().strip();
    }
}
