package org.commitmentstracker.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermIndexTest {
    @Test
    void termsAreFoundWholeInAnyCaseWithStemsAndAcronymsInCapitalsOnly() {
        TermIndex<String> index = new TermIndex<>();
        index.add("trade", "ECO");
        index.add("agricultur*", "AGR");
        index.add("United Nations", "MUL");
        index.add("UN", "MUL");
        index.add("biến đổi khí hậu", "ENV");
        index.add("people-to-people", "LAB");

        List<TermIndex.Hit<String>> hits = index.find(
                "Trade, AGRICULTURAL goods and the United Nations; un accord; the UN; People-to-people ties; "
                        + "ứng phó biến đổi khí hậu; trademark");

        assertThat(hits).extracting(TermIndex.Hit::value).containsExactly("ECO", "AGR", "MUL", "MUL", "LAB", "ENV");
        assertThat(hits.get(2).start()).isEqualTo("Trade, AGRICULTURAL goods and the ".length());
        assertThat(hits.get(2).end() - hits.get(2).start()).isEqualTo("United Nations".length());
    }
}
