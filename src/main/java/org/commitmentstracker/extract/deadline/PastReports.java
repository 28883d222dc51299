package org.commitmentstracker.extract.deadline;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a text reports a figure for a period as already reached ("Kim ngạch ... năm 2023 đạt
 * 120 triệu USD", "7 tháng đầu năm 2024 đạt 65,5 triệu USD", "In 2023 trade reached ..."): the
 * period was over when the text was written. The statement's own date is then after that period,
 * which gives a year to a visit written without one ("ngày 30/9-1/10").
 */
public final class PastReports {
    private static final Map<String, MentionJudge> JUDGES = new ConcurrentHashMap<>();

    private PastReports() {
    }

    /** @param text the text, passed through {@link DateScanner#normalize(String)}, that m was found in */
    public static boolean reportsFigure(String text, DateMention m, String language) {
        return JUDGES.computeIfAbsent(language == null ? "" : language, MentionJudge::new).reportsFigure(text, m);
    }
}
