package org.commitmentstracker.extract.meta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The countries that made a statement with Viet Nam. The title decides when it names any
 * ("Viet Nam-Russia issue Joint Statement", "Việt Nam - Lào - Campuchia ..."); else the opening
 * of the text (its first 1500 characters) does, where each mention of a country counts, more when
 * it is joined to Viet Nam ("Vietnam - Kazakhstan", "Việt Nam và Mông Cổ") or follows a leader's
 * title ("President of the Russian Federation", "Tổng thống Mông Cổ"). A country counting less than
 * half the best is a third country mentioned in passing.
 */
final class PartnerFinder {
    static final int OPENING = 1500;
    private static final int JOINED_TO_VIET_NAM = 2;
    private static final int AFTER_A_LEADER = 1;
    /** What may stand between two countries of one pair or list: "Viet Nam - Laos", "Viet Nam and Japan". */
    private static final Pattern JOIN = Pattern.compile("(?iu)\\s*(?:-|/|,|and|và|với|with)?\\s*(?:the\\s+)?");
    /** A leader's title right before a country; a short, stable list, so kept here. */
    private static final Pattern LEADER = Pattern.compile("(?iu)(?:president|prime minister|king|queen|chancellor|premier"
            + "|emperor|sultan|chairman|general secretary|tổng thống|thủ tướng|chủ tịch(?:\\s+nước)?|quốc vương|nhà vua"
            + "|tổng bí thư|hoàng đế)(?:\\s+(?:of|của))?(?:\\s+the)?\\s*$");

    private final Countries countries;

    PartnerFinder(Countries countries) {
        this.countries = countries;
    }

    List<String> find(TitleFinder.Title title, String opening) {
        if (title.titleLike() && title.text() != null) {
            List<String> named = new ArrayList<>();
            countries.find(title.text()).stream().map(m -> m.country())
                    .filter(c -> !c.isVietNam()).map(Countries.Country::name)
                    .filter(n -> !named.contains(n)).forEach(named::add);
            if (!named.isEmpty()) {
                return named;
            }
        }
        String text = opening.substring(0, Math.min(OPENING, opening.length()));
        return mostCounted(text);
    }

    private List<String> mostCounted(String text) {
        List<Countries.Mention> mentions = countries.find(text);
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            Countries.Mention m = mentions.get(i);
            if (m.country().isVietNam()) {
                continue;
            }
            int score = 1;
            score += joinedToVietNam(text, mentions, i) ? JOINED_TO_VIET_NAM : 0;
            score += LEADER.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find() ? AFTER_A_LEADER : 0;
            scores.merge(m.country().name(), score, Integer::sum);
        }
        int best = scores.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<String> partners = new ArrayList<>();
        scores.entrySet().stream().filter(e -> e.getValue() * 2 >= best)
                .sorted((a, b) -> b.getValue() - a.getValue())
                .forEach(e -> partners.add(e.getKey()));
        return partners;
    }

    /** Whether the mention is in a run of countries joined by "-", ",", "and" that holds Viet Nam. */
    private static boolean joinedToVietNam(String text, List<Countries.Mention> mentions, int at) {
        int first = at;
        while (first > 0 && joined(text, mentions.get(first - 1), mentions.get(first))) {
            first--;
        }
        int last = at;
        while (last + 1 < mentions.size() && joined(text, mentions.get(last), mentions.get(last + 1))) {
            last++;
        }
        return mentions.subList(first, last + 1).stream().anyMatch(m -> m.country().isVietNam());
    }

    private static boolean joined(String text, Countries.Mention a, Countries.Mention b) {
        return JOIN.matcher(text.substring(a.end(), b.start())).matches();
    }
}
