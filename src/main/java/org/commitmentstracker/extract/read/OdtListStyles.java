package org.commitmentstracker.extract.read;

import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The list styles of an OpenDocument text (text:list-style in styles.xml and in content.xml's automatic styles):
 * per style and level, a bullet or a number format with its prefix, suffix, start and how many levels it shows;
 * and which list style a paragraph style applies (style:list-style-name, following style:parent-style-name).
 */
final class OdtListStyles {
    static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    static final int LEVELS = 10;

    /** One level of a list style: a bullet ({@code bullet} not null) or a number. */
    record Level(String bullet, String format, String prefix, String suffix, int start, int displayLevels) {
    }

    private final Map<String, Level[]> lists = new HashMap<>();
    private final Map<String, String> paragraphLists = new HashMap<>();
    private final Map<String, String> paragraphParents = new HashMap<>();

    /** Reads the styles of one part (styles.xml or content.xml); later parts' automatic styles add to them. */
    void read(XMLStreamReader xml) throws XMLStreamException {
        Level[] current = null;
        while (xml.hasNext()) {
            if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                if (xml.getEventType() == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("list-style")) {
                    current = null;
                }
                continue;
            }
            String element = xml.getLocalName();
            if (TEXT.equals(xml.getNamespaceURI()) && element.equals("list-style")) {
                current = lists.computeIfAbsent(xml.getAttributeValue(STYLE, "name"), n -> new Level[LEVELS]);
            } else if (current != null && TEXT.equals(xml.getNamespaceURI())
                    && (element.equals("list-level-style-number") || element.equals("list-level-style-bullet"))) {
                int level = number(xml.getAttributeValue(TEXT, "level"), 1) - 1;
                if (level >= 0 && level < LEVELS) {
                    current[level] = element.endsWith("bullet")
                            ? new Level(or(xml.getAttributeValue(TEXT, "bullet-char"), "•"), null, "", "", 1, 1)
                            : new Level(null, or(xml.getAttributeValue(STYLE, "num-format"), ""),
                                    or(xml.getAttributeValue(STYLE, "num-prefix"), ""),
                                    or(xml.getAttributeValue(STYLE, "num-suffix"), ""),
                                    number(xml.getAttributeValue(TEXT, "start-value"), 1),
                                    number(xml.getAttributeValue(TEXT, "display-levels"), 1));
                }
            } else if (STYLE.equals(xml.getNamespaceURI()) && element.equals("style")
                    && "paragraph".equals(xml.getAttributeValue(STYLE, "family"))) {
                String name = xml.getAttributeValue(STYLE, "name");
                String list = xml.getAttributeValue(STYLE, "list-style-name");
                String parent = xml.getAttributeValue(STYLE, "parent-style-name");
                if (name != null && list != null) {
                    paragraphLists.put(name, list);
                }
                if (name != null && parent != null) {
                    paragraphParents.put(name, parent);
                }
            }
        }
    }

    /** The list style a paragraph style applies, through its parents; null when none. */
    String listOfParagraphStyle(String style) {
        for (int step = 0; style != null && step < 10; step++) {
            String list = paragraphLists.get(style);
            if (list != null) {
                return list.isEmpty() ? null : list;
            }
            style = paragraphParents.get(style);
        }
        return null;
    }

    /** The label of an item at {@code level} with the numbers of its levels so far, or "" when the style has none. */
    String label(String style, int level, int[] numbers) {
        Level[] levels = style == null ? null : lists.get(style);
        Level at = levels == null || level >= LEVELS ? null : levels[level];
        if (at == null) {
            return "";
        }
        if (at.bullet() != null) {
            return WordNumbering.bullet(at.bullet());
        }
        if (at.format().isEmpty()) {
            return (at.prefix() + at.suffix()).strip();
        }
        StringBuilder shown = new StringBuilder();
        for (int l = Math.max(0, level - at.displayLevels() + 1); l <= level; l++) {
            Level above = levels[l];
            String format = above == null || above.bullet() != null ? "1" : above.format();
            if (shown.length() > 0) {
                shown.append('.');
            }
            shown.append(WordNumbering.format(numbers[l], WORD_FORMATS.getOrDefault(format, "decimal")));
        }
        return (at.prefix() + shown + at.suffix()).strip();
    }

    /** Where a level's numbers start. */
    int start(String style, int level) {
        Level[] levels = style == null ? null : lists.get(style);
        Level at = levels == null || level >= LEVELS ? null : levels[level];
        return at == null ? 1 : at.start();
    }

    /** OpenDocument's number formats by the names {@link WordNumbering#format} knows. */
    private static final Map<String, String> WORD_FORMATS = Map.of("1", "decimal", "a", "lowerLetter",
            "A", "upperLetter", "i", "lowerRoman", "I", "upperRoman");

    private static String or(String value, String otherwise) {
        return value == null ? otherwise : value;
    }

    /** An attribute's whole number, else {@code otherwise}. */
    static int number(String value, int otherwise) {
        try {
            return value == null ? otherwise : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
