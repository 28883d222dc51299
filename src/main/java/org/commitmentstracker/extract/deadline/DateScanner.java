package org.commitmentstracker.extract.deadline;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.commitmentstracker.extract.text.LeadingWords;

/**
 * Finds every date and period a text names, English and Vietnamese alike (a Vietnamese statement
 * may quote "Q3 2025", an English one a Vietnamese name). Rules run from the most specific
 * ("May 5-7, 2025") to the loosest (a bare year after an event's name); a span once taken is not
 * read again, so "6 tháng đầu năm 2026" is a half year and never also "năm 2026".
 */
public final class DateScanner {
    /** How far before and after a number a date's words reach ("không muộn hơn cuối năm", "September 30"). */
    static final int WINDOW_BEFORE = 80;
    static final int WINDOW_AFTER = 60;
    /** Longer than any run of lead words: "no later than the", "chậm nhất là vào". */
    static final int LEAD_REACH = 60;

    static final List<DateRule> RULES = Stream.concat(DayRules.rules().stream(), PeriodRules.rules().stream())
            .sorted(Comparator.comparingInt(DateRule::priority)).toList();

    /**
     * The text the offsets of {@link DateMention} refer to: NFC, with non-breaking spaces made
     * spaces and en/em dashes made hyphens, one character for one so that offsets stay put.
     */
    public static String normalize(String text) {
        String nfc = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
        char[] out = nfc.toCharArray();
        for (int i = 0; i < out.length; i++) {
            out[i] = switch (out[i]) {
                case '\u00a0', '\u2007', '\u2009', '\u202f' -> ' ';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
                default -> out[i];
            };
        }
        return new String(out);
    }

    /** The mentions in a text already passed through {@link #normalize(String)}, in text order. */
    public List<DateMention> scan(String normalized) {
        return taken(normalized).stream().filter(d -> !d.rejected()).toList();
    }

    /**
     * A whole statement's text (already passed through {@link #normalize(String)}) scanned once: its mentions, and
     * those of its parts ({@link ScannedText#mentionsOf}) wherever reading a part alone would find the same.
     */
    public ScannedText scanWhole(String normalized) {
        return new ScannedText(normalized, taken(normalized));
    }

    /** Every span the rules took, those read and rejected included, in text order. */
    private List<DateMention> taken(String normalized) {
        List<DateMention> taken = new ArrayList<>();
        // The characters of the spans taken so far: one lookup tells whether a match overlaps one.
        BitSet spans = new BitSet(normalized.length());
        List<int[]> windows = windows(normalized);
        if (windows.isEmpty()) {
            // no number, no date
            return List.of();
        }
        List<int[]> starts = windows.stream().map(w -> wordStarts(normalized, w)).toList();
        // per window, where the last year a match can hold starts (-1: none): a rule that needs one tries no later start
        int[] lastYears = lastYears(normalized, windows);
        // as the case-ignoring patterns compare it, for the words a rule's matches must hold
        String folded = LeadingWords.fold(normalized);
        Leads leads = new Leads(normalized);
        for (DateRule rule : RULES) {
            int[] words = rule.coreWords().requiredAt(folded);
            Matcher m = rule.pattern().matcher(normalized).useTransparentBounds(true).useAnchoringBounds(false);
            Matcher core = rule.core() == null ? null
                    : rule.core().matcher(normalized).useTransparentBounds(true).useAnchoringBounds(false);
            for (int w = 0; w < windows.size(); w++) {
                int end = windows.get(w)[1];
                // a match in [start, end) starts at or before the last year and the last of the words it must hold
                int upTo = Math.min(rule.needsYear() ? lastYears[w] : end, lastBefore(words, windows.get(w)[0], end));
                if (upTo < 0) {
                    continue;
                }
                int[] candidates = core == null ? admitted(rule.first(), normalized, starts.get(w), upTo)
                        : nearCores(core, rule, normalized, starts.get(w), end, upTo, leads);
                int takenUpTo = -1;
                // A date starts at a word (or at a number glued to a letter, "Q3"): trying only
                // there gives the leftmost match that find() would, at a fraction of the cost.
                WorkMeter.add(candidates.length);
                for (int start : candidates) {
                    if (start < takenUpTo || !m.region(start, end).lookingAt() || m.end() == m.start()
                            || overlaps(spans, m.start(), m.end())) {
                        continue;
                    }
                    DateMention mention = rule.reader().read(m, normalized);
                    // A reader may widen the match backwards ("Year Plan1900 1900"): the widened span must be free too.
                    if (mention != null && !overlaps(spans, mention.start(), mention.end())) {
                        taken.add(mention);
                        spans.set(mention.start(), mention.end());
                        takenUpTo = m.end();
                    }
                }
            }
        }
        taken.sort(Comparator.comparingInt(DateMention::start));
        return taken;
    }

    /**
     * Every date or period names a number (a day or a year), and the words before it ("no later
     * than the end of") are short: the rules need only run around the numbers of the text. Their
     * patterns start with optional words, so run over a whole 30 KB statement they cost tens of
     * milliseconds; around the numbers, a fraction of one.
     */
    static List<int[]> windows(String text) {
        List<int[]> windows = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                continue;
            }
            int start = Math.max(0, i - WINDOW_BEFORE);
            int end = Math.min(text.length(), i + WINDOW_AFTER);
            if (!windows.isEmpty() && start <= windows.get(windows.size() - 1)[1]) {
                windows.get(windows.size() - 1)[1] = end;
            } else {
                windows.add(new int[] {start, end});
            }
        }
        return windows;
    }

    /**
     * The word starts at most {@link #LEAD_REACH} characters before a place where the rule's core
     * matches: only there can the whole pattern (optional lead words, then the core) match.
     */
    private static int[] nearCores(Matcher core, DateRule rule, String text, int[] starts, int end, int upTo, Leads leads) {
        List<Integer> cores = new ArrayList<>();
        for (int start : starts) {
            if (start > upTo) {
                break;
            }
            char c = text.charAt(start);
            if (rule.coreStart().admits(c) && rule.coreFirst().admits(c) && core.region(start, end).lookingAt()) {
                cores.add(start);
            }
        }
        if (cores.isEmpty()) {
            return new int[0];
        }
        // Both lists ascend: walk them together.
        int[] near = new int[starts.length];
        int count = 0;
        int next = 0;
        for (int p : starts) {
            while (next < cores.size() && cores.get(next) < p) {
                next++;
            }
            // the whole pattern is an optional lead, then the core: it starts at a core or at a lead word
            if (next < cores.size() && cores.get(next) - p <= LEAD_REACH && rule.first().admits(text.charAt(p))
                    && (cores.get(next) == p || leads.at(p))) {
                near[count++] = p;
            }
        }
        return java.util.Arrays.copyOf(near, count);
    }

    /** Where a lead ({@link DatePatternParts#LEAD}) can start in a text: looked up once per place, for all the rules. */
    private static final class Leads {
        private static final Pattern OPENING = Pattern.compile(DatePatternParts.LEAD_OPENING,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        private static final byte NO = 1;
        private static final byte YES = 2;

        private final Matcher opening;
        private final byte[] known;

        Leads(String text) {
            this.opening = OPENING.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            this.known = new byte[text.length()];
        }

        boolean at(int p) {
            if (known[p] == 0) {
                known[p] = opening.region(p, known.length).lookingAt() ? YES : NO;
            }
            return known[p] == YES;
        }
    }

    /** The word starts where a match of the rule's pattern can begin ({@link FirstChars}). */
    private static int[] admitted(FirstChars first, String text, int[] starts, int upTo) {
        int[] kept = new int[starts.length];
        int count = 0;
        for (int start : starts) {
            if (start > upTo) {
                break;
            }
            if (first.admits(text.charAt(start))) {
                kept[count++] = start;
            }
        }
        return java.util.Arrays.copyOf(kept, count);
    }

    /**
     * Per window, where the last year that ends inside it starts ("19", "20" or "21" and two ASCII digits,
     * as {@link DatePatternParts#year} reads one), else -1: a match of a rule that needs a year starts at or
     * before it.
     */
    static int[] lastYears(String text, List<int[]> windows) {
        int[] last = new int[windows.size()];
        for (int w = 0; w < windows.size(); w++) {
            int[] window = windows.get(w);
            last[w] = -1;
            for (int i = window[1] - 4; i >= window[0]; i--) {
                if (isYear(text, i)) {
                    last[w] = i;
                    break;
                }
            }
        }
        return last;
    }

    /** The last of the ascending places that is in [from, to), else -1; {@code to} when there are no places to go by (null). */
    private static int lastBefore(int[] places, int from, int to) {
        if (places == null) {
            return to;
        }
        int i = java.util.Arrays.binarySearch(places, to);
        int below = (i >= 0 ? i : -i - 1) - 1;
        return below >= 0 && places[below] >= from ? places[below] : -1;
    }

    private static boolean isYear(String text, int at) {
        char first = text.charAt(at);
        char second = text.charAt(at + 1);
        return (first == '1' && second == '9' || first == '2' && (second == '0' || second == '1'))
                && isAsciiDigit(text.charAt(at + 2)) && isAsciiDigit(text.charAt(at + 3));
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static int[] wordStarts(String text, int[] window) {
        int[] starts = new int[window[1] - window[0]];
        int count = 0;
        for (int i = window[0]; i < window[1]; i++) {
            char c = text.charAt(i);
            char before = i == 0 ? ' ' : text.charAt(i - 1);
            if (Character.isLetterOrDigit(c) && !Character.isLetterOrDigit(before)
                    || Character.isDigit(c) && !Character.isDigit(before)) {
                starts[count++] = i;
            }
        }
        return java.util.Arrays.copyOf(starts, count);
    }

    private static boolean overlaps(BitSet spans, int start, int end) {
        int taken = spans.nextSetBit(start);
        return taken >= 0 && taken < end;
    }
}
