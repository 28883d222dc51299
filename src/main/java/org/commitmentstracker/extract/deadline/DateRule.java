package org.commitmentstracker.extract.deadline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commitmentstracker.extract.deadline.DateMention.Precision;
import org.commitmentstracker.extract.text.LeadingWords;

/**
 * One way of writing a date: a pattern and how to read a match. Rules run by priority; a match
 * that overlaps a span an earlier rule took is ignored, so the more specific rules come first.
 * Every pattern has a group "lead" (maybe empty) for the preposition before the date.
 */
record DateRule(int priority, Pattern pattern, Pattern core, CoreStart coreStart, Reader reader, FirstChars first,
                FirstChars coreFirst, boolean needsYear, LeadingWords coreWords) {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** What the first character of a core is: a digit (a day or a year), a capital (a month name), or anything. */
    enum CoreStart {
        DIGIT,
        CAPITAL,
        ANY;

        boolean admits(char c) {
            return switch (this) {
                case DIGIT -> Character.isDigit(c);
                case CAPITAL -> Character.isUpperCase(c);
                case ANY -> true;
            };
        }

        static CoreStart of(String core) {
            // DatePatternParts day() and year() both open with "no digit before", then a group of digits.
            if (core.startsWith("(?<![\\p{N}])(?<")) {
                return DIGIT;
            }
            return core.startsWith("(?<mon") && core.contains("(?-i:") && core.indexOf("(?-i:") < 15 ? CAPITAL : ANY;
        }
    }

    /** Reads a match: a mention, a rejected span ({@link #rejected}), or null to let later rules try. */
    interface Reader {
        DateMention read(Matcher m, String text);
    }

    /**
     * A rule whose pattern starts with the optional {@link DatePatternParts#LEAD} also gets its core (the
     * pattern without it): the scanner looks for the core first, and tries the whole pattern
     * only just before a core it found (see {@link DateScanner}).
     */
    static DateRule of(int priority, String regex, Reader reader) {
        String coreRegex = regex.startsWith(DatePatternParts.LEAD) ? regex.substring(DatePatternParts.LEAD.length()) : null;
        Pattern core = coreRegex == null ? null : Pattern.compile(coreRegex, FLAGS);
        return new DateRule(priority, Pattern.compile(regex, FLAGS), core,
                coreRegex == null ? CoreStart.ANY : CoreStart.of(coreRegex), reader, FirstChars.of(regex),
                coreRegex == null ? FirstChars.ANY : FirstChars.of(coreRegex), needsYear(regex),
                LeadingWords.of(core == null ? Pattern.compile(regex, FLAGS) : core));
    }

    /**
     * Whether every match holds a year ({@link DatePatternParts#year}: "19", "20" or "21" and two digits):
     * the pattern has one outside any group and no alternative at its top level, so it is not optional.
     * Where a stretch of text holds no such year, the rule need not be tried.
     */
    static boolean needsYear(String regex) {
        String year = DatePatternParts.year("");
        int name = year.indexOf("(?<>") + "(?<".length();
        String opening = year.substring(0, name);
        String body = year.substring(name, year.lastIndexOf(DatePatternParts.WORD_END));
        boolean found = false;
        int depth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (!found && depth == 0 && regex.startsWith(opening, i)) {
                int close = regex.indexOf('>', i + opening.length());
                found = close > 0 && regex.startsWith(body, close);
            }
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                // a class: its brackets, bars and parentheses are characters
                i = classEnd(regex, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return false;
            }
        }
        return found;
    }

    /** Where the character class opening at {@code at} closes (nested classes included). */
    private static int classEnd(String regex, int at) {
        int depth = 0;
        for (int i = at; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i;
            }
        }
        return regex.length();
    }

    static DateRule of(int priority, String regex, java.util.function.Function<Matcher, DateMention> reader) {
        return of(priority, regex, (m, text) -> reader.apply(m));
    }

    /** A mention of the match, or a rejected span when the date does not exist ("31/02/2025"). */
    static DateMention mention(Matcher m, Precision precision, Integer year, int month, Integer day) {
        if (month < 1 || month > 12 || (day != null && !exists(year == null ? 2000 : year, month, day))) {
            return rejected(m);
        }
        int coreStart = m.group("lead") == null ? m.start() : m.end("lead");
        return new DateMention(m.start(), coreStart, m.end(), m.group(), precision, year, month, day);
    }

    static DateMention rejected(Matcher m) {
        return new DateMention(m.start(), m.start(), m.end(), m.group(), Precision.NONE, null, 1, null);
    }

    /** A group as a number, or null when it did not match; digits only, so no parse can fail. */
    static Integer number(Matcher m, String group) {
        String s = m.group(group);
        return s == null || s.length() > 4 ? null : Integer.valueOf(s);
    }

    private static boolean exists(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
