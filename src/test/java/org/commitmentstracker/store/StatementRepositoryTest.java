package org.commitmentstracker.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.commitmentstracker.model.CommitmentOverview;
import org.commitmentstracker.model.Statement;
import org.commitmentstracker.model.StatementDraft;
import org.commitmentstracker.model.StatementUnit;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.model.UnitDraft;
import org.commitmentstracker.model.UnitKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatementRepositoryTest {
    @TempDir
    Path dir;
    StoreFixture store;

    @BeforeEach
    void open() {
        store = new StoreFixture(dir);
        store.agencies.save("MOIT", "Bộ Công Thương", "Ministry of Industry and Trade");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void storesTheStatementWithItsUnitsAndCommitments() {
        long id = store.statements.insert(StoreFixture.smallStatement("Text one", "MOIT")).orElseThrow();

        Statement stored = store.statements.find(id).orElseThrow();
        assertThat(stored.title()).isEqualTo("Joint Statement");
        assertThat(stored.partners()).containsExactly("Chile");
        assertThat(stored.date()).isEqualTo(LocalDate.of(2025, 3, 12));
        assertThat(stored.originalText()).isEqualTo("Text one");
        assertThat(stored.contentHash()).isEqualTo(ContentHash.of("Text one"));
        assertThat(stored.importedAt()).isEqualTo(StoreFixture.NOW);

        List<StatementUnit> units = store.statements.units(id);
        assertThat(units).extracting(StatementUnit::ref).containsExactly("1", "2");
        assertThat(units).extracting(StatementUnit::kind).containsExactly(UnitKind.CONTEXT, UnitKind.COMMITMENT);
        assertThat(units.get(1).cue()).isEqualTo("agreed to");

        List<CommitmentOverview> overview = store.commitments.overview();
        assertThat(overview).hasSize(1);
        CommitmentOverview row = overview.get(0);
        assertThat(row.ref()).isEqualTo("2");
        assertThat(row.owner().code()).isEqualTo("MOIT");
        assertThat(row.status()).isEqualTo(Status.NOT_STARTED);
        assertThat(row.deadline()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(row.partners()).containsExactly("Chile");
    }

    @Test
    void theSameStatementTwiceAddsNothing() {
        assertThat(store.statements.insert(StoreFixture.smallStatement("Same text", "MOIT"))).isPresent();
        assertThat(store.statements.insert(StoreFixture.smallStatement("Same  text\r\n", "MOIT"))).isEmpty();
        assertThat(store.statements.count()).isEqualTo(1);
        assertThat(store.commitments.count()).isEqualTo(1);
    }

    @Test
    void aStatementLandsWholeOrNotAtAll() {
        StatementDraft good = StoreFixture.smallStatement("Broken text", "MOIT");
        // Two units with the same ordinal break a uniqueness rule after the first rows are written.
        StatementDraft broken = new StatementDraft(good.statement(), List.of(good.units().get(0), good.units().get(1),
                new UnitDraft(new StatementUnit(null, 1, "3", UnitKind.POSITION, null, "Duplicate ordinal.", null), null)));

        assertThatThrownBy(() -> store.statements.insert(broken)).isInstanceOf(RuntimeException.class);

        assertThat(store.statements.count()).isZero();
        assertThat(store.commitments.count()).isZero();
        assertThat(store.workspace.database().dsl().fetchCount(org.commitmentstracker.store.jooq.Tables.UNIT)).isZero();
    }

    @Test
    void listsStatementsNewestFirst() {
        store.statements.insert(StoreFixture.smallStatement("Older", "MOIT"));
        StatementDraft newer = StoreFixture.smallStatement("Newer", "MOIT");
        Statement s = newer.statement();
        store.statements.insert(new StatementDraft(new Statement(null, "Newer statement", List.of("Chile", "Peru"),
                LocalDate.of(2025, 9, 1), s.place(), s.language(), null, null, null, "Newer", null), newer.units()));

        assertThat(store.statements.findAll()).extracting(Statement::title)
                .containsExactly("Newer statement", "Joint Statement");
        assertThat(store.statements.findAll().get(0).partners()).containsExactly("Chile", "Peru");
    }
}
