package org.commitmentstracker.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commitmentstracker.model.Glossary;
import org.commitmentstracker.model.SearchTerms;
import org.commitmentstracker.model.Statement;
import org.commitmentstracker.model.StatementDraft;

/**
 * The search in both languages, the same on SQLite and on PostgreSQL: an English and a Vietnamese
 * statement, and a small glossary; what each search finds with the glossary and without.
 */
final class BilingualSearchCases {
    static final Glossary GLOSSARY = Glossary.parse("test.tsv", List.of(
            "vi\ten",
            "đầu tư\tinvestment",
            "thương mại\ttrade",
            "bản ghi nhớ\tmemorandum of understanding | MOU"));

    private BilingualSearchCases() {
    }

    /** Stores both statements; their commitments' ids by ref ("e1".."e3", "v1".."v3"). */
    static Map<String, Long> store(StatementRepository statements, CommitmentRepository commitments) {
        Statement english = new Statement(null, "Joint Statement between Viet Nam and Japan", List.of("Japan"),
                LocalDate.of(2025, 3, 1), "Tokyo", "en", null, null, null, "en text", null);
        Statement vietnamese = new Statement(null, "Tuyên bố chung Việt Nam - Hungary", List.of("Hungary"),
                LocalDate.of(2025, 1, 17), "Budapest", "vi", null, null, null, "vi text", null);
        long en = statements.insert(new StatementDraft(english, List.of(
                SqliteFullTextSearchTest.unit(0, "e1", "The two sides agreed to promote investment in renewable energy."),
                SqliteFullTextSearchTest.unit(1, "e2", "Both sides will sign a memorandum of understanding on trade promotion."),
                SqliteFullTextSearchTest.unit(2, "e3", "They welcomed the understanding in the memorandum of 2019 on labour."))))
                .orElseThrow();
        long vi = statements.insert(new StatementDraft(vietnamese, List.of(
                SqliteFullTextSearchTest.unit(0, "v1", "Hai bên nhất trí tăng cường hợp tác đầu tư."),
                SqliteFullTextSearchTest.unit(1, "v2", "Hai bên thúc đẩy thương mại song phương."),
                SqliteFullTextSearchTest.unit(2, "v3", "Hai bên sẽ ký bản ghi nhớ về hợp tác lao động."))))
                .orElseThrow();
        Map<String, Long> ids = new HashMap<>(commitments.idsByRef(en));
        ids.putAll(commitments.idsByRef(vi));
        return ids;
    }

    static void check(FullTextSearch search, Map<String, Long> ids) {
        // Without the glossary, as always: one language.
        assertThat(search.matchingCommitments("dau tu")).containsExactly(ids.get("v1"));
        assertThat(search.matchingCommitments("trade")).containsExactly(ids.get("e2"));
        // With it, the other language too, both ways, diacritics or not.
        assertThat(search.matchingTerms(GLOSSARY.expand("dau tu"))).containsExactlyInAnyOrder(ids.get("v1"), ids.get("e1"));
        assertThat(search.matchingTerms(GLOSSARY.expand("ĐẦU TƯ"))).containsExactlyInAnyOrder(ids.get("v1"), ids.get("e1"));
        assertThat(search.matchingTerms(GLOSSARY.expand("trade"))).containsExactlyInAnyOrder(ids.get("e2"), ids.get("v2"));
        // A term added is a phrase: "memorandum … understanding" apart is not "bản ghi nhớ".
        assertThat(search.matchingTerms(GLOSSARY.expand("ban ghi nho"))).containsExactlyInAnyOrder(ids.get("v3"), ids.get("e2"));
        assertThat(search.matchingTerms(GLOSSARY.expand("memorandum of understanding")))
                .containsExactlyInAnyOrder(ids.get("e2"), ids.get("e3"), ids.get("v3"));
        // Every group must match: the partner narrows the investment found in either language.
        assertThat(search.matchingTerms(GLOSSARY.expand("dau tu japan"))).containsExactly(ids.get("e1"));
        // What was typed alone, the new way, finds what the old way finds.
        for (String query : List.of("hop tac", "dau tu", "trade", "hung", "memo under", "'&|!:*()\"")) {
            assertThat(search.matchingTerms(SearchTerms.typed(query))).as(query)
                    .isEqualTo(search.matchingCommitments(query));
        }
    }
}
