package org.commitmentstracker.extract.segment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The marker at the start of a line, if any, and the text after it.
 *
 * @param label the number, numeral or letter ("12", "IV", "b"); empty for bullets and plain text
 * @param body  the line without its marker
 */
public record Marker(MarkerType type, String label, String body) {
    /** "12.", "12)", "12/" (Vietnamese documents number "1/", "2/"). */
    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,3})\\s*[.)/]\\s+(?=\\S)(.*)$", Pattern.DOTALL);
    /** "1.1.", "2.3": a point of a numbered section, hanging from the section above like "(a)". */
    private static final Pattern POINT = Pattern.compile("^([1-9]\\d?\\.[1-9]\\d?)\\.?\\s+(?=\\p{Lu})(.*)$", Pattern.DOTALL);
    /** "Thứ nhất, về chính trị, ...", "Một là, ...", "First, ...": points counted in words. */
    private static final Pattern ORDINAL = Pattern.compile("^(Thứ\\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)|First|Second|Third|Fourth"
            + "|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười)\\s+là),\\s+(?=\\S)(.*)$", Pattern.DOTALL);
    /** The letters the words of {@link #ORDINAL} open with. */
    private static final String ORDINAL_FIRSTS = "TFSENMHBC";
    /** "(1)", "(2)": items numbered in brackets hang from the paragraph above, like "(a)". */
    private static final Pattern BRACKETED = Pattern.compile("^\\((\\d{1,2})\\)\\s+(?=\\S)(.*)$", Pattern.DOTALL);
    /** "Điều 3." / "Article 3": a numbered clause; the text after it starts with a capital. */
    private static final Pattern CLAUSE = Pattern.compile(
            "^(?:Điều|Article|Art\\.)\\s+(\\d{1,3})\\s*[.:]?\\s+(?=\\p{Lu}|\\()(.*)$", Pattern.DOTALL);
    /** A table row whose first cell is short ("1\t...", "1.2\t..."): its cells, not a marker, say what it is. */
    private static final Pattern ROW = Pattern.compile("^\\S{1,6}\\t.*\\t.*", Pattern.DOTALL);
    private static final Pattern ROMAN = Pattern.compile("^([IVXL]{1,7})\\s*[.)]\\s+(?=\\S)(.*)$", Pattern.DOTALL);
    private static final Pattern ROMAN_VALID = Pattern.compile("^(XL|L?X{0,3})(IX|IV|V?I{0,3})$");
    /** "(a)", "a)", "a." and "a-" (Vietnamese texts letter their items "a-", "b-"). */
    private static final Pattern LETTER = Pattern.compile("^(?:\\(([a-zđ])\\)|([a-zđ])[).\\-/])\\s+(?=\\S)(.*)$", Pattern.DOTALL);
    /** "(ii)", "iv)": small Roman numerals number items as letters do ("(i)" and "(v)" already read as letters). */
    private static final Pattern SMALL_ROMAN = Pattern.compile("^(?:\\(([ivx]{2,5})\\)|([ivx]{2,5})[.)])\\s+(?=\\S)(.*)$", Pattern.DOTALL);
    /** Bullets, Word's Symbol-font bullet (U+F0B7, U+F0A7, U+F0D8) included; "o" only before a space. */
    private static final Pattern BULLET = Pattern.compile("^(?:[-–—•●▪◦∙·*+»►✓❖➢■□◆♦\\uF0B7\\uF0A7\\uF0D8]\\s*|o\\s+)(?=\\S)(.*)$", Pattern.DOTALL);

    public static Marker of(String line) {
        String text = line.strip();
        // Each pattern is tried only when the line opens with a character it can open with (and a row has a tab):
        // most lines have no marker, and a matcher for each of ten patterns was most of the work.
        char first = text.isEmpty() ? ' ' : text.charAt(0);
        boolean digit = first >= '0' && first <= '9';
        if (text.indexOf('\t') >= 0 && ROW.matcher(text).matches()) {
            return new Marker(MarkerType.NONE, "", text);
        }
        Matcher m;
        if (digit && (m = POINT.matcher(text)).matches()) {
            return new Marker(MarkerType.LETTER, m.group(1), m.group(2));
        }
        if (ORDINAL_FIRSTS.indexOf(first) >= 0 && (m = ORDINAL.matcher(text)).matches()) {
            return new Marker(MarkerType.LETTER, m.group(1), m.group(2));
        }
        if (first == '(' && (m = BRACKETED.matcher(text)).matches()) {
            return new Marker(MarkerType.LETTER, m.group(1), m.group(2));
        }
        if (digit && (m = NUMBER.matcher(text)).matches() && Integer.parseInt(m.group(1)) > 0) {
            return new Marker(MarkerType.NUMBER, String.valueOf(Integer.parseInt(m.group(1))), m.group(2));
        }
        if ((first == 'Đ' || first == 'A') && (m = CLAUSE.matcher(text)).matches()) {
            return new Marker(MarkerType.NUMBER, m.group(1), m.group(2));
        }
        if ("IVXL".indexOf(first) >= 0 && (m = ROMAN.matcher(text)).matches() && ROMAN_VALID.matcher(m.group(1)).matches()) {
            return new Marker(MarkerType.ROMAN, m.group(1), m.group(2));
        }
        if ((first == '(' || first >= 'a' && first <= 'z' || first == 'đ') && (m = LETTER.matcher(text)).matches()) {
            return new Marker(MarkerType.LETTER, m.group(1) != null ? m.group(1) : m.group(2), m.group(3));
        }
        if ((first == '(' || "ivx".indexOf(first) >= 0) && (m = SMALL_ROMAN.matcher(text)).matches()
                && ROMAN_VALID.matcher(m.group(m.group(1) != null ? 1 : 2).toUpperCase(java.util.Locale.ROOT)).matches()) {
            return new Marker(MarkerType.LETTER, m.group(1) != null ? m.group(1) : m.group(2), m.group(3));
        }
        m = BULLET.matcher(text);
        // "-5%" or "+84" are numbers, not bullets
        if (m.matches() && !text.matches("^[-+]\\d.*")) {
            return new Marker(MarkerType.BULLET, "", m.group(1));
        }
        return new Marker(MarkerType.NONE, "", text);
    }

    public static boolean startsWithMarker(String line) {
        return of(line).type() != MarkerType.NONE;
    }
}
