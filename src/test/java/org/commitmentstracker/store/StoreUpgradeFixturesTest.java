package org.commitmentstracker.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.commitmentstracker.model.Commitment;
import org.commitmentstracker.model.HistoryEntry;
import org.commitmentstracker.model.HistoryField;
import org.commitmentstracker.model.Status;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A store written by every earlier schema version opens under the current one with all its data. */
class StoreUpgradeFixturesTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "schema v{0}")
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void aStoreOfEveryEarlierVersionKeepsAllItsData(int version) throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.copy(Path.of(StoreUpgradeFixturesTest.class.getResource("/stores/schema-v" + version + ".db").toURI()),
                data.resolve(Workspace.STORE_FILE));

        try (StoreFixture store = new StoreFixture(data)) {
            assertThat(store.statements.findAll()).singleElement().satisfies(s -> {
                assertThat(s.title()).isEqualTo("Tuyên bố chung Việt Nam - Hungary");
                assertThat(s.partners()).containsExactly("Hungary");
                assertThat(s.importedAt()).isEqualTo(Instant.parse("2025-03-12T08:00:00Z"));
            });
            assertThat(store.statements.units(1)).hasSize(2);
            Commitment c = store.commitments.find(7).orElseThrow();
            assertThat(c.status()).isEqualTo(Status.IN_PROGRESS);
            assertThat(c.deadline()).isEqualTo(LocalDate.of(2026, 12, 31));
            assertThat(c.coOwnerAgencyIds()).containsExactly(2L);
            assertThat(c.nextStep()).isEqualTo("Họp nhóm công tác");
            assertThat(c.updatedAt()).isEqualTo(Instant.parse("2025-05-02T09:30:00.500Z"));
            assertThat(store.history.forCommitment(7)).extracting(HistoryEntry::field)
                    .containsExactly(HistoryField.STATUS, HistoryField.PROGRESS);
            HistoryEntry note = store.history.forCommitment(7).get(1);
            assertThat(note.comment()).isEqualTo("Đã họp");
            if (version >= 4) {
                assertThat(note.evidenceLink()).isEqualTo("https://mofa.gov.vn/a");
                assertThat(note.attachment()).isEqualTo("attachments/7/a.pdf");
            }
            assertThat(new SqliteFullTextSearch(store.workspace.database()).matchingCommitments("dau tu"))
                    .containsExactly(7L);
            if (version >= 3) {
                assertThat(new SavedViewRepository(store.workspace.database()).findAll())
                        .singleElement().satisfies(v -> assertThat(v.searchText()).isEqualTo("dau tu"));
            }
            assertThat(SqliteBackup.quickProblems(data.resolve(Workspace.STORE_FILE))).isEmpty();
        }
    }
}
