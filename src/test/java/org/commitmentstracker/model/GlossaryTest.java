package org.commitmentstracker.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GlossaryTest {
    static final Glossary SMALL = Glossary.parse("test.tsv", List.of(
            "# a comment",
            "vi\ten",
            "đầu tư\tinvestment | invest",
            "thương mại\ttrade | commerce",
            "kim ngạch thương mại\ttrade turnover",
            "bản ghi nhớ\tmemorandum of understanding | MOU",
            "hải quan\tcustoms",
            "hải quân\tnavy | naval",
            "chiến lược\tstrategy"));

    /** The alternatives of each group, each as its words joined by spaces. */
    static List<List<String>> shown(SearchTerms terms) {
        return terms.groups().stream()
                .map(g -> g.stream().map(a -> String.join(" ", a.words())).toList()).toList();
    }

    @Test
    void linesAreReadWithSynonymsCommentsAndHeaderLeftOut() {
        assertThat(SMALL.problems()).isEmpty();
        assertThat(SMALL.entries()).hasSize(7);
        assertThat(SMALL.entries().get(0).vi()).containsExactly("đầu tư");
        assertThat(SMALL.entries().get(0).en()).containsExactly("investment", "invest");
    }

    @Test
    void aBadLineIsLeftOutAndToldWithItsFileAndLine() {
        Glossary glossary = Glossary.parse("glossary.tsv", List.of(
                "vi\ten",
                "đầu tư\tinvestment",
                "hợp tác cooperation",
                "\ttrade",
                "thương mại\t  ",
                "a\tb\tc",
                "hợp tác\tcooperation"));

        assertThat(glossary.entries()).extracting(e -> e.vi().get(0)).containsExactly("đầu tư", "hợp tác");
        assertThat(glossary.problems()).extracting(Explanation::english).containsExactly(
                "glossary.tsv line 3: needs a Vietnamese term, one tab, and an English term (found 1 cell); line left out",
                "glossary.tsv line 4: the Vietnamese term is empty; line left out",
                "glossary.tsv line 5: the English term is empty; line left out",
                "glossary.tsv line 6: needs a Vietnamese term, one tab, and an English term (found 3 cells); line left out");
        assertThat(glossary.problems().get(0).wordsKey()).isEqualTo("glossary.problem.CELLS");
        assertThat(List.copyOf(glossary.problems().get(0).values())).isEqualTo(List.of("glossary.tsv", 3, 1));
    }

    @Test
    void vietnameseWithoutMarksFindsTheEnglishTerms() {
        assertThat(shown(SMALL.expand("dau tu"))).containsExactly(
                List.of("dau tu", "investment", "investments", "invest", "invests"));
        assertThat(SMALL.expand("dau tu").groups().get(0).get(0).phrase()).isFalse();
        assertThat(SMALL.expand("dau tu").groups().get(0).get(1).phrase()).isTrue();
    }

    @Test
    void englishFindsTheVietnameseTermsFolded() {
        assertThat(shown(SMALL.expand("Trade"))).containsExactly(List.of("trade", "thuong mai", "commerce", "commerces"));
        // A plural typed finds its term too.
        assertThat(shown(SMALL.expand("investments"))).first().asList().contains("dau tu");
    }

    @Test
    void theLongestTermWinsAndOtherWordsStayAsTyped() {
        assertThat(shown(SMALL.expand("kim ngach thuong mai Chile"))).containsExactly(
                List.of("kim ngach thuong mai", "trade turnover", "trade turnovers"),
                List.of("chile"));
        assertThat(shown(SMALL.expand("memorandum of understanding on trade"))).containsExactly(
                List.of("memorandum of understanding", "ban ghi nho", "mou"),
                List.of("on"),
                List.of("trade", "thuong mai", "commerce", "commerces"));
    }

    @Test
    void marksTypedChooseBetweenTermsThatFoldAlike() {
        assertThat(shown(SMALL.expand("hai quan"))).containsExactly(
                List.of("hai quan", "customs", "navy", "navies", "naval", "navals"));
        assertThat(shown(SMALL.expand("hải quan"))).containsExactly(List.of("hai quan", "customs"));
        assertThat(shown(SMALL.expand("strategy"))).containsExactly(List.of("strategy", "chien luoc"));
        assertThat(Glossary.plural(List.of("strategy"))).containsExactly("strategies");
        assertThat(Glossary.plural(List.of("tax"))).containsExactly("taxes");
        assertThat(Glossary.plural(List.of("customs"))).isNull();
    }

    @Test
    void wordsNotInTheGlossaryAreSearchedAsTyped() {
        assertThat(shown(SMALL.expand("Budapest dau"))).containsExactly(List.of("budapest"), List.of("dau"));
        assertThat(SMALL.expand("  ").isEmpty()).isTrue();
        assertThat(SMALL.expand(null).isEmpty()).isTrue();
        assertThat(SMALL.expand("Budapest")).isEqualTo(SearchTerms.typed("Budapest"));
    }

    @Test
    void theAddedTermsAreBounded() {
        List<String> lines = new java.util.ArrayList<>(List.of("vi\ten"));
        for (int i = 0; i < 40; i++) {
            lines.add("hợp tác\tcooperation" + (char) ('a' + i % 26) + i);
        }
        lines.add("đầu tư\tinvestment");
        Glossary many = Glossary.parse("many.tsv", lines);

        SearchTerms terms = many.expand("hop tac dau tu hop tac dau tu hop tac dau tu hop tac dau tu");
        int added = terms.groups().stream().mapToInt(g -> g.size() - 1).sum();
        assertThat(added).isLessThanOrEqualTo(Glossary.MAX_ADDED_TERMS);
        assertThat(terms.groups()).allSatisfy(g -> assertThat(g.size() - 1).isLessThanOrEqualTo(Glossary.MAX_TERMS_PER_PHRASE));
        assertThat(terms.groups()).hasSize(8);
        assertThat(terms.groups().get(0)).hasSize(1 + Glossary.MAX_TERMS_PER_PHRASE);
        assertThat(added).isEqualTo(Glossary.MAX_ADDED_TERMS);
    }

    @Test
    void theOfficersLinesAddToTheBundledOnesAndReplaceTheSameTerm() {
        Glossary own = Glossary.parse("mine.tsv", List.of(
                "vi\ten",
                "đầu tư\tinvesting",
                "đường bay thẳng\tdirect flights"));
        Glossary both = SMALL.extendedBy(own);

        assertThat(shown(both.expand("dau tu"))).containsExactly(List.of("dau tu", "investing", "investings"));
        assertThat(shown(both.expand("direct flights"))).containsExactly(List.of("direct flights", "duong bay thang"));
        assertThat(shown(both.expand("trade"))).first().asList().contains("thuong mai");
        // A line sharing one synonym replaces the line; "hải quân" (navy) is not "hải quan" (customs).
        Glossary synonyms = Glossary.parse("b.tsv", List.of("vắc xin | vắc-xin\tvaccine", "hải quan\tcustoms"))
                .extendedBy(Glossary.parse("o.tsv", List.of("vắc xin\tvaccines", "hải quân\tnavy")));
        assertThat(synonyms.entries()).extracting(e -> e.vi().get(0) + " = " + e.en().get(0))
                .containsExactly("hải quan = customs", "vắc xin = vaccines", "hải quân = navy");
    }
}
