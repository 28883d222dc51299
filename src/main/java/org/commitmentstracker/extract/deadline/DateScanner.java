package org.commitmentstracker.extract.deadline;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * Finds every date and period a text names, English and Vietnamese alike (a Vietnamese statement
 * may quote "Q3 2025", an English one a Vietnamese name). Rules run from the most specific
 * ("May 5-7, 2025") to the loosest (a bare year after an event's name); a span once taken is not
 * read again, so "6 tháng đầu năm 2026" is a half year and never also "năm 2026".
 */
public final class DateScanner {
    private static final List<DateRule> RULES = Stream.concat(DayRules.rules().stream(), PeriodRules.rules().stream())
            .sorted(Comparator.comparingInt(DateRule::priority)).toList();

    /**
     * The text the offsets of {@link DateMention} refer to: NFC, with non-breaking spaces made
     * spaces and en/em dashes made hyphens, one character for one so that offsets stay put.
     */
    public static String normalize(String text) {
        String nfc = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            out.append(switch (c) {
                case '\u00a0', '\u2007', '\u2009', '\u202f' -> ' ';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
                default -> c;
            });
        }
        return out.toString();
    }

    /** The mentions in a text already passed through {@link #normalize(String)}, in text order. */
    public List<DateMention> scan(String normalized) {
        List<DateMention> taken = new ArrayList<>();
        for (DateRule rule : RULES) {
            Matcher m = rule.pattern().matcher(normalized);
            int from = 0;
            while (from <= normalized.length() && m.find(from)) {
                // Where a match runs into a taken span, look again one character on: a shorter match may fit.
                DateMention mention = m.end() == m.start() || overlaps(taken, m.start(), m.end())
                        ? null : rule.reader().read(m, normalized);
                if (mention != null) {
                    taken.add(mention);
                }
                from = mention != null ? m.end() : m.start() + 1;
            }
        }
        return taken.stream().filter(d -> !d.rejected()).sorted(Comparator.comparingInt(DateMention::start)).toList();
    }

    private static boolean overlaps(List<DateMention> taken, int start, int end) {
        return taken.stream().anyMatch(t -> start < t.end() && t.start() < end);
    }
}
