package org.commitmentstracker.extract.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a cue file: a class and the pattern that finds it. Cue patterns are written in
 * lower case and run on the lower-cased text ({@link #fold}): case-insensitive Unicode matching
 * would try every letter both ways at every position, several times slower. A pattern is only
 * run when the text holds one of the words it must start with ({@link #stems}, read off the
 * pattern): most cues are absent from most paragraphs, and a substring search is cheap.
 */
record Cue(CueClass cueClass, Pattern pattern, List<String> stems) {
    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final String META = "()[]{}\\|?*+.^$";

    static Cue of(String cueClass, String regex) {
        return new Cue(CueClass.valueOf(cueClass.toUpperCase(Locale.ROOT)),
                Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS), leadingStems(regex));
    }

    /** The text in lower case, offsets unchanged (true for Vietnamese and English letters). */
    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.length() == text.length() ? lower : text;
    }

    /**
     * Where the pattern matches in {@code folded}, as {start, end}, empty matches left out: what
     * {@code find()} repeated finds. A match starts where one of the stems does, so only there is
     * the pattern tried; without stems, it is run over the whole text.
     */
    List<int[]> matches(String folded) {
        List<int[]> found = new ArrayList<>();
        if (!mayMatch(folded)) {
            return found;
        }
        Matcher m = pattern.matcher(folded);
        if (stems.isEmpty()) {
            while (m.find()) {
                if (m.end() > m.start()) {
                    found.add(new int[] {m.start(), m.end()});
                }
            }
            return found;
        }
        // the lookbehinds before a stem and a \b see the text before it, as find() lets them
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        for (int start : stemStarts(folded)) {
            if (start < from || !m.region(start, folded.length()).lookingAt()) {
                continue;
            }
            if (m.end() > m.start()) {
                found.add(new int[] {m.start(), m.end()});
            }
            // as find() goes on: past the match, or one on from an empty one
            from = m.end() == m.start() ? m.end() + 1 : m.end();
        }
        return found;
    }

    /** Every place a stem starts in the text, in order, once. */
    private int[] stemStarts(String folded) {
        java.util.TreeSet<Integer> starts = new java.util.TreeSet<>();
        for (String stem : stems) {
            for (int at = folded.indexOf(stem); at >= 0; at = folded.indexOf(stem, at + 1)) {
                starts.add(at);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Whether the pattern can match in {@code folded} at all: it holds one of the stems. */
    boolean mayMatch(String folded) {
        if (stems.isEmpty()) {
            return true;
        }
        for (String stem : stems) {
            if (folded.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The literal words a pattern starts with: "\b(?:decided?|resolved?)\s+to" gives "decide",
     * "resolve". Empty when the start is not plain words, and then the pattern always runs.
     */
    static List<String> leadingStems(String regex) {
        // A lookbehind consumes nothing: the words after it start the match ("(?<!to\s)\bsigned").
        String r = regex;
        while (r.startsWith("(?<!") || r.startsWith("(?<=")) {
            int close = groupEnd(r);
            if (close < 0) {
                return List.of();
            }
            r = r.substring(close + 1);
        }
        r = r.startsWith("\\b") ? r.substring(2) : r;
        List<String> alternatives = new ArrayList<>();
        if (r.startsWith("(?:")) {
            int depth = 0;
            int start = 3;
            for (int i = 3; i < r.length(); i++) {
                char c = r.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')' && depth-- == 0) {
                    alternatives.add(r.substring(start, i));
                    if (i + 1 < r.length() && "?*{".indexOf(r.charAt(i + 1)) >= 0) {
                        return List.of();
                    }
                    break;
                } else if (c == '|' && depth == 0) {
                    alternatives.add(r.substring(start, i));
                    start = i + 1;
                }
            }
        } else {
            alternatives.add(r);
        }
        List<String> stems = new ArrayList<>();
        for (String alternative : alternatives) {
            // "(?:sáng|chiều|tối) (?:cùng ngày|nay)": an alternative that opens with a group starts with one of its words
            List<String> inner = alternative.startsWith("(?:") ? leadingStems(alternative) : null;
            if (inner != null && !inner.isEmpty()) {
                stems.addAll(inner);
                continue;
            }
            String stem = literalPrefix(alternative);
            if (stem.length() < 2) {
                return List.of();
            }
            stems.add(stem);
        }
        return stems;
    }

    /** The index of the parenthesis that closes the group {@code r} opens with, or -1. */
    private static int groupEnd(String r) {
        int depth = 0;
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                // a class may hold parentheses: "[(]"
                i++;
                while (i < r.length() && r.charAt(i) != ']') {
                    i += r.charAt(i) == '\\' ? 2 : 1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String literalPrefix(String pattern) {
        int end = 0;
        while (end < pattern.length() && META.indexOf(pattern.charAt(end)) < 0) {
            end++;
        }
        // "decided?": the letter before an optional mark is not certain.
        if (end < pattern.length() && "?*{".indexOf(pattern.charAt(end)) >= 0 && end > 0) {
            end--;
        }
        return pattern.substring(0, end);
    }
}
