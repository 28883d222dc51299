package org.commitmentstracker.bench;

/**
 * The worst case for the extractor: a statement whose one numbered paragraph runs to tens of
 * thousands of characters with no sentence end, either full of dates in the shapes statements
 * write them (English and Vietnamese alternating) or with no date at all.
 */
public final class DenseParagraphs {
    private static final String[] DATES = {
        "by 31/12/2026", "quý III/2026", "by 2030", "trước ngày 30/6/2026", "in the first half of 2026",
        "đến năm 2030", "no later than 30 June 2027", "6 tháng đầu năm 2026", "on May 5-7, 2025",
        "ngày 20 tháng 6 năm 2024", "before the end of 2028", "chậm nhất là vào cuối năm 2027", "in Q3 2025",
        "năm 2023 đạt 120 triệu USD", "since 2012", "giai đoạn 2021-2025", "the 80th anniversary (2025)",
        "từ ngày 1/1/2026", "September 30, 2026", "the Plan of Action for 2021-2025", "signed in 2015",
        "host the APEC Year 2027", "until 2030", "30/9",
    };
    private static final String[] WORDS = {
        "the two sides agreed to", "hai bên nhất trí", "promote cooperation in trade and investment",
        "thúc đẩy hợp tác thương mại", "and", "strengthen defence ties", "tăng cường giáo dục",
        "with a view to", "bao gồm", "as well as",
    };

    private DenseParagraphs() {
    }

    /** A title, then one paragraph "1. ..." of about {@code chars} characters, commas but no sentence end. */
    public static String statement(int chars, boolean dates) {
        StringBuilder out = new StringBuilder("Joint Statement between Viet Nam and Australia\n\n1.");
        for (int i = 0; out.length() < chars; i++) {
            out.append(' ').append(WORDS[i % WORDS.length]).append(' ')
                    .append(dates ? DATES[i % DATES.length] : WORDS[(i * 7 + 3) % WORDS.length]).append(',');
        }
        return out.append('\n').toString();
    }
}
