package org.commitmentstracker.extract.meta;

import java.util.regex.Pattern;
import org.commitmentstracker.extract.deadline.Sentences;
import org.commitmentstracker.extract.text.LeadingWords;

/**
 * The relationship level as written: "Strategic Partnership", "comprehensive strategic partnership",
 * "Đối tác Toàn diện", "Đối tác Chiến lược Toàn diện". Of the levels named in a sentence that
 * establishes or upgrades a relationship, the highest (the one with most qualifiers, the first of
 * equals); else the first level named.
 */
final class RelationshipFinder {
    private static final LeadingWords LEVEL = LeadingWords.of(Pattern.compile("(?iu)(?<![\\p{L}])(?:"
            + "(?:(?:comprehensive|strategic|extensive|global|special|enhanced|cooperative|reliable|all-round|innovative"
            + "|future-oriented)[\\s,]+(?:and\\s+)?)+partnership"
            + "|đối tác(?:\\s+(?:hợp tác|chiến lược|toàn diện|sâu rộng|đặc biệt|tin cậy|toàn cầu|và)(?![\\p{L}]))+)"));
    private static final Pattern QUALIFIER = Pattern.compile(
            "(?iu)comprehensive|strategic|extensive|global|special|enhanced|cooperative|reliable|all-round|innovative"
                    + "|future-oriented|hợp tác|chiến lược|toàn diện|sâu rộng|đặc biệt|tin cậy|toàn cầu");
    private static final Pattern ESTABLISH = Pattern.compile(
            "(?iu)establish|upgrad|elevat|lift|rais|thiết lập|nâng cấp|nâng tầm|nâng quan hệ|xác lập");

    String find(String text) {
        String first = null;
        String best = null;
        int bestRank = 0;
        for (java.util.regex.MatchResult m : LEVEL.findAll(text)) {
            String level = m.group().replaceAll("(?iu)\\s+và$", "").strip();
            int rank = (int) QUALIFIER.matcher(level).results().count();
            if (rank == 0) {
                continue;
            }
            first = first == null ? level : first;
            String sentence = text.substring(Sentences.start(text, m.start()), Sentences.end(text, m.end()));
            if (ESTABLISH.matcher(sentence).find() && rank > bestRank) {
                best = level;
                bestRank = rank;
            }
        }
        return best != null ? best : first;
    }
}
