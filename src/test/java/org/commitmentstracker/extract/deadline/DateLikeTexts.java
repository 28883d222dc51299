package org.commitmentstracker.extract.deadline;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;
import net.jqwik.api.Tuple;

/**
 * Texts that keep the date rules busy: the words, numbers and signs of dates, periods, events and
 * anniversaries, thrown together in any order, spaced or glued, with odd spaces and dashes
 * (which the scanner turns into plain ones) and the odd line end; and any string at all.
 */
public final class DateLikeTexts {
    private static final List<String> TOKENS = List.of(
            "by", "the", "end", "of", "in", "on", "before", "no later than", "from", "to", "until", "since", "and",
            "first", "second", "third", "last", "half", "quarter", "Q3", "H1", "mid-", "early", "late", "year-end",
            "first six months of", "period", "anniversary", "80th", "signed", "Plan", "for", "host", "APEC", "Year",
            "Expo", "ASEAN", "Summit", "May", "June", "Sept.", "SEPTEMBER", "December", "Dec",
            "ngày", "tháng", "năm", "quý", "III", "IV", "nửa đầu", "cuối năm", "đầu năm", "giữa năm", "6 tháng đầu năm",
            "giai đoạn", "trước", "đến", "từ", "vào", "kỷ niệm", "năm ngày", "Năm", "Bảy", "Mười Một", "Hiệp định",
            "0", "1", "5", "7", "9", "12", "13", "29", "30", "31", "32", "99", "1899", "1900", "2025", "2030", "2199",
            "2200", "12345", "/", "-", ".", ",", ";", "(", ")", "–", "—", "\u00A0", "\u202F", "\n", "\r\n", "st", "th");

    /** For {@code @ForAll(supplier = DateLikeTexts.Any.class)}. */
    public static final class Any implements ArbitrarySupplier<String> {
        @Override
        public Arbitrary<String> get() {
            return any();
        }
    }

    private DateLikeTexts() {
    }

    public static Arbitrary<String> any() {
        Arbitrary<String> glue = Arbitraries.of(" ", " ", " ", "", "  ", "\u00A0");
        Arbitrary<String> dateLike = Arbitraries.of(TOKENS).list().ofMaxSize(40)
                .flatMap(tokens -> glue.list().ofSize(tokens.size()).map(gaps -> {
                    StringBuilder out = new StringBuilder();
                    for (int i = 0; i < tokens.size(); i++) {
                        out.append(tokens.get(i)).append(gaps.get(i));
                    }
                    return out.toString();
                }));
        return Arbitraries.frequencyOf(Tuple.of(4, dateLike), Tuple.of(1, Arbitraries.strings().all().ofMaxLength(200)),
                Tuple.of(1, Arbitraries.strings().withChars("0123456789/-.,: ngàyth\u00A0").ofMaxLength(60)));
    }
}
