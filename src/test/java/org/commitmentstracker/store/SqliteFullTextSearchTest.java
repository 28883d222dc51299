package org.commitmentstracker.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.commitmentstracker.model.CommitmentDraft;
import org.commitmentstracker.model.Sector;
import org.commitmentstracker.model.Statement;
import org.commitmentstracker.model.StatementDraft;
import org.commitmentstracker.model.StatementUnit;
import org.commitmentstracker.model.UnitDraft;
import org.commitmentstracker.model.UnitKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteFullTextSearchTest {
    @TempDir
    Path dir;
    StoreFixture store;
    SqliteFullTextSearch search;
    Map<String, Long> ids;

    @BeforeEach
    void open() {
        store = new StoreFixture(dir);
        search = new SqliteFullTextSearch(store.workspace.database());
        Statement statement = new Statement(null, "Tuyên bố chung Việt Nam - Hungary", List.of("Hungary"),
                LocalDate.of(2025, 1, 17), "Budapest", "vi", null, null, null, "vi text", null);
        long id = store.statements.insert(new StatementDraft(statement, List.of(
                unit(0, "1", "Hai bên nhất trí tăng cường hợp tác đầu tư."),
                unit(1, "2", "Hai bên sẽ đẩy mạnh hợp tác giáo dục, đào tạo."),
                unit(2, "3", "Hai bên sẽ mở đường bay thẳng giữa Hà Nội và Budapest.")))).orElseThrow();
        ids = store.commitments.idsByRef(id);
    }

    @AfterEach
    void close() {
        store.close();
    }

    static UnitDraft unit(int ordinal, String ref, String text) {
        return new UnitDraft(new StatementUnit(null, ordinal, ref, UnitKind.COMMITMENT, null, text, null),
                new CommitmentDraft(Sector.ECO, null, null, "both", null));
    }

    @Test
    void searchIgnoresDiacriticsIncludingTheLetterD() {
        assertThat(search.matchingCommitments("hop tac")).containsExactlyInAnyOrder(ids.get("1"), ids.get("2"));
        assertThat(search.matchingCommitments("dau tu")).containsExactly(ids.get("1"));
        assertThat(search.matchingCommitments("ĐẦU TƯ")).containsExactly(ids.get("1"));
        assertThat(search.matchingCommitments("dao tao")).containsExactly(ids.get("2"));
        assertThat(search.matchingCommitments("duong bay")).containsExactly(ids.get("3"));
    }

    @Test
    void wordsArePrefixesAndAllMustMatch() {
        assertThat(search.matchingCommitments("giao")).containsExactly(ids.get("2"));
        assertThat(search.matchingCommitments("hop giao")).containsExactly(ids.get("2"));
        assertThat(search.matchingCommitments("hop bay")).isEmpty();
    }

    @Test
    void theStatementsTitleAndPartnersAreSearchedToo() {
        assertThat(search.matchingCommitments("hungary")).hasSize(3);
        assertThat(search.matchingCommitments("tuyen bo")).hasSize(3);
    }

    @Test
    void queriesCannotBreakTheSearchSyntax() {
        assertThat(search.matchingCommitments("\"hợp (tác* - :")).containsExactlyInAnyOrder(ids.get("1"), ids.get("2"));
        assertThat(search.matchingCommitments("  ")).isEmpty();
        assertThat(search.matchingCommitments(null)).isEmpty();
    }

    @Test
    void aDeletedCommitmentLeavesTheIndex() {
        store.workspace.database().dsl().deleteFrom(org.commitmentstracker.store.jooq.Tables.COMMITMENT)
                .where(org.commitmentstracker.store.jooq.Tables.COMMITMENT.ID.eq(ids.get("1"))).execute();
        assertThat(search.matchingCommitments("dau tu")).isEmpty();
    }

    @Test
    void withTheGlossaryASearchFindsTheOtherLanguageToo() {
        store.close();
        store = new StoreFixture(dir.resolve("both"));
        SqliteFullTextSearch both = new SqliteFullTextSearch(store.workspace.database());
        BilingualSearchCases.check(both, BilingualSearchCases.store(store.statements, store.commitments));
    }

    @Test
    void glossaryTermsAreQuotedPhrasesInTheFts5Query() {
        assertThat(SqliteFullTextSearch.ftsQuery(BilingualSearchCases.GLOSSARY.expand("dau tu Chile")))
                .isEqualTo("((\"dau\"* AND \"tu\"*) OR \"investment\" OR \"investments\") AND ((\"chile\"*))");
    }
}
