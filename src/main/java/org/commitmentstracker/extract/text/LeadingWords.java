package org.commitmentstracker.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern with the literal words its matches must start with ("\b(?:adopted|signed)\s+..." starts
 * with "adopted" or "signed"): it finds what {@code find()} finds, but tries the pattern only where
 * one of those words stands, where {@code find()} tries it at every character. Without such words
 * (the pattern starts with a class, an optional group...), it runs {@code find()}.
 */
public final class LeadingWords {
    private static final String META = "()[]{}\\|?*+.^$";

    private final Pattern pattern;
    private final boolean caseless;
    /** As searched for: folded ({@link #fold}) when the pattern ignores case. */
    private final List<String> words;
    /** Words one of which every match holds; empty when not known. */
    private final List<String> required;
    /** Whether every match starts where the input does: each of the pattern's alternatives opens with "^". */
    private final boolean anchored;

    private LeadingWords(Pattern pattern) {
        this.pattern = pattern;
        String flags = inlineFlags(pattern.pattern());
        this.caseless = (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0 || flags.contains("i");
        // spaces that do not count, a quoted pattern, equivalent forms: words are not read off those
        boolean plain = (pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) == 0 && !flags.contains("x");
        this.words = !plain ? List.of() : of(pattern.pattern()).stream().map(w -> caseless ? fold(w) : w).toList();
        this.required = !plain ? List.of() : required(pattern.pattern()).stream().map(w -> caseless ? fold(w) : w).toList();
        boolean multiline = (pattern.flags() & Pattern.MULTILINE) != 0 || flags.contains("m");
        this.anchored = plain && !multiline && anchoredAtStart(pattern.pattern());
    }

    /**
     * Whether the pattern matches somewhere in the matcher's input, as {@code find()} from its start tells, the
     * matcher then holding the match. A pattern whose every match opens at the input's start ("^...") is tried there
     * alone, where {@code find()} would try it at every character and fail at each but the first.
     */
    public boolean find(Matcher matcher) {
        return anchored ? matcher.lookingAt() : matcher.find();
    }

    /** Whether each top-level alternative of a pattern opens with "^" (its opening flags aside). */
    static boolean anchoredAtStart(String regex) {
        String r = regex.substring(inlineFlags(regex).isEmpty() ? 0 : regex.indexOf(')') + 1);
        List<String> alternatives = topLevelAlternatives(r);
        return alternatives != null && alternatives.stream().allMatch(a -> a.startsWith("^"));
    }

    /**
     * Whether a text may hold a match: it holds one of the words every match holds, when those are known.
     *
     * @param searched the text, or for a pattern that ignores case its {@link #fold} (made once by the caller)
     */
    public boolean mayOccurIn(String searched) {
        if (required.isEmpty()) {
            return true;
        }
        for (String word : required) {
            if (searched.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the words every match holds ({@link #mayOccurIn}) stand in a text, in order: a match
     * starts at or before one of them. Null when those words are not known.
     *
     * @param searched the text, or for a pattern that ignores case its {@link #fold}
     */
    public int[] requiredAt(String searched) {
        if (required.isEmpty()) {
            return null;
        }
        return occurrences(required, searched);
    }

    /**
     * Words one of which every match holds, somewhere: those of the first piece of the pattern that is
     * not optional and is a word or a group of words ("\\S+\\.(?:jpe?g|png)" gives "jp", "png"; "-?\\s*Ảnh\\s+\\d"
     * gives "Ảnh"; "a(?:x|yz)b|cd" gives those of each alternative). Empty when not known.
     */
    static List<String> required(String regex) {
        String r = regex.substring(inlineFlags(regex).isEmpty() ? 0 : regex.indexOf(')') + 1);
        List<String> alternatives = topLevelAlternatives(r);
        if (alternatives == null) {
            return List.of();
        }
        if (alternatives.size() > 1) {
            // each alternative holds one of its own words
            return eachHasWords(alternatives, LeadingWords::required);
        }
        int i = 0;
        while (i < r.length()) {
            int end;
            List<String> words;
            char c = r.charAt(i);
            if (r.startsWith("(?:", i)) {
                end = i + groupEnd(r.substring(i));
                words = end < i ? List.of() : of(r.substring(i + 3, end));
                words = !words.isEmpty() || end < i ? words : required(r.substring(i + 3, end));
            } else if (c == '(') {
                end = i + groupEnd(r.substring(i));
                words = List.of();
            } else if (Character.isLetter(c)) {
                end = i;
                while (end + 1 < r.length() && Character.isLetter(r.charAt(end + 1))) {
                    end++;
                }
                // "jpe?g": the letter before an optional mark is not certain
                if (end + 1 < r.length() && "?*{".indexOf(r.charAt(end + 1)) >= 0) {
                    end--;
                }
                words = end - i + 1 >= 2 ? List.of(r.substring(i, end + 1)) : List.of();
                end = Math.max(end, i);
            } else if (c == '\\' && r.startsWith("Q", i + 1)) {
                // quoted text: not read
                int quoteEnd = r.indexOf("\\E", i);
                end = quoteEnd < 0 ? r.length() - 1 : quoteEnd + 1;
                words = List.of();
            } else if (c == '\\' && i + 2 < r.length() && "{<".indexOf(r.charAt(i + 2)) >= 0) {
                // "\\p{Lu}", "\\k<sep>": the name is no word of the text
                end = r.indexOf(r.charAt(i + 2) == '{' ? '}' : '>', i);
                words = List.of();
            } else {
                end = tokenEnd(r, i);
                words = List.of();
            }
            if (end < i) {
                return List.of();
            }
            boolean optional = end + 1 < r.length() && "?*".indexOf(r.charAt(end + 1)) >= 0
                    || r.startsWith("{0", end + 1) || r.startsWith("{,", end + 1);
            if (!words.isEmpty() && !optional) {
                return words;
            }
            i = end + 1;
        }
        return List.of();
    }

    public static LeadingWords of(Pattern pattern) {
        return new LeadingWords(pattern);
    }

    public Pattern pattern() {
        return pattern;
    }

    /** The words a match starts with, as searched for; empty when not known. */
    public List<String> words() {
        return words;
    }

    /** Whether {@code searched} (the text, or its {@link #fold} for a pattern that ignores case) holds one of the words. */
    public boolean mayMatch(String searched) {
        if (words.isEmpty()) {
            return true;
        }
        for (String word : words) {
            if (searched.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Every match {@code find()} finds in the text, in order. */
    public List<MatchResult> findAll(String text) {
        return findAll(text, caseless && !words.isEmpty() ? fold(text) : text);
    }

    /**
     * Every match {@code find()} finds in the text, in order, empty ones included.
     *
     * @param searched the text itself, or for a pattern that ignores case its {@link #fold} (made once by the caller)
     */
    public List<MatchResult> findAll(String text, String searched) {
        List<MatchResult> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        if (words.isEmpty()) {
            while (m.find()) {
                found.add(m.toMatchResult());
            }
            return found;
        }
        // the lookbehinds and \b before a word see the text before it, as find() lets them
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        for (int start : wordStarts(searched)) {
            if (start < from || !m.region(start, text.length()).lookingAt()) {
                continue;
            }
            found.add(m.toMatchResult());
            // as find() goes on: past the match, or one on from an empty one
            from = m.end() == m.start() ? m.end() + 1 : m.end();
        }
        return found;
    }

    private int[] wordStarts(String searched) {
        return occurrences(words, searched);
    }

    /** Where any of the words stands in the text, ascending, each place once. */
    private static int[] occurrences(List<String> words, String searched) {
        int[] starts = new int[8];
        int count = 0;
        for (String word : words) {
            for (int at = searched.indexOf(word); at >= 0; at = searched.indexOf(word, at + 1)) {
                if (count == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = at;
            }
        }
        java.util.Arrays.sort(starts, 0, count);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (distinct == 0 || starts[i] != starts[distinct - 1]) {
                starts[distinct++] = starts[i];
            }
        }
        return java.util.Arrays.copyOf(starts, distinct);
    }

    /** The text as the regex engine compares it when case is ignored: each char upper-cased, then lower-cased. */
    public static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            chars[i] = c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c)
                    : Character.toLowerCase(Character.toUpperCase(c));
        }
        return new String(chars);
    }

    /**
     * The literal words a pattern starts with: "\b(?:decided?|resolved?)\s+to" gives "decide",
     * "resolve"; "(?<!to\s)\bsigned" gives "signed"; "(?:sáng|chiều) nay|trong dịp" gives "sáng",
     * "chiều", "trong dịp". Empty when some alternative does not start with a word of two letters
     * or more.
     */
    public static List<String> of(String regex) {
        String r = regex.substring(inlineFlags(regex).isEmpty() ? 0 : regex.indexOf(')') + 1);
        List<String> alternatives = topLevelAlternatives(r);
        if (alternatives == null) {
            return List.of();
        }
        if (alternatives.size() > 1) {
            return eachHasWords(alternatives, LeadingWords::of);
        }
        // A lookbehind consumes nothing: the words after it start the match ("(?<!to\s)\bsigned").
        while (r.startsWith("(?<!") || r.startsWith("(?<=")) {
            int close = groupEnd(r);
            if (close < 0) {
                return List.of();
            }
            r = r.substring(close + 1);
        }
        r = r.startsWith("\\b") ? r.substring(2) : r;
        if (r.startsWith("(?:")) {
            int close = groupEnd(r);
            if (close < 0 || close + 1 < r.length() && "?*{".indexOf(r.charAt(close + 1)) >= 0) {
                return List.of();
            }
            return of(r.substring(3, close));
        }
        String word = literalPrefix(r);
        return word.length() < 2 ? List.of() : List.of(word);
    }

    /** The words of all the alternatives, or none when one of them has none. */
    private static List<String> eachHasWords(List<String> alternatives, java.util.function.Function<String, List<String>> wordsOf) {
        List<String> words = new ArrayList<>();
        for (String alternative : alternatives) {
            List<String> own = wordsOf.apply(alternative);
            if (own.isEmpty()) {
                return List.of();
            }
            words.addAll(own);
        }
        return words;
    }

    /** The flags a pattern opens with alone, "(?iu)": "iu"; else "". */
    private static String inlineFlags(String regex) {
        if (!regex.startsWith("(?")) {
            return "";
        }
        int end = 2;
        while (end < regex.length() && Character.isLetter(regex.charAt(end))) {
            end++;
        }
        return end > 2 && end < regex.length() && regex.charAt(end) == ')' ? regex.substring(2, end) : "";
    }

    /** The pattern cut at its '|' outside any group or class; null when its parentheses do not pair. */
    private static List<String> topLevelAlternatives(String r) {
        List<String> alternatives = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < r.length(); i = tokenEnd(r, i) + 1) {
            char c = r.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                alternatives.add(r.substring(start, i));
                start = i + 1;
            }
        }
        alternatives.add(r.substring(start));
        return depth == 0 ? alternatives : null;
    }

    /** The index of the parenthesis that closes the group {@code r} opens with, or -1. */
    private static int groupEnd(String r) {
        int depth = 0;
        for (int i = 0; i < r.length(); i = tokenEnd(r, i) + 1) {
            char c = r.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the last char of the token at {@code i}: an escape is two chars, a class runs to its ']'. */
    private static int tokenEnd(String r, int i) {
        char c = r.charAt(i);
        return c == '\\' ? i + 1 : c == '[' ? classEnd(r, i) : i;
    }

    /** The index of the ']' that closes the class opening at {@code open} ("[(]", "[^\]]"). */
    private static int classEnd(String r, int open) {
        int i = open + 1;
        while (i < r.length() && r.charAt(i) != ']') {
            i += r.charAt(i) == '\\' ? 2 : 1;
        }
        return i;
    }

    private static String literalPrefix(String pattern) {
        if (pattern.startsWith("\\Q")) {
            // quoted text, "\\Qno later\\E\\s+": all of it, but a last letter made optional ("\\Qtowards\\E?")
            int close = pattern.indexOf("\\E");
            String quoted = pattern.substring(2, close < 0 ? pattern.length() : close);
            boolean lastOptional = close >= 0 && close + 2 < pattern.length() && "?*{".indexOf(pattern.charAt(close + 2)) >= 0;
            return lastOptional ? quoted.substring(0, Math.max(0, quoted.length() - 1)) : quoted;
        }
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
