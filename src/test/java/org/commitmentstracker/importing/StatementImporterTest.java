package org.commitmentstracker.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.commitmentstracker.service.StatementImportService;
import org.commitmentstracker.extract.read.StatementProblem;
import org.commitmentstracker.extract.read.StatementReaders;
import org.commitmentstracker.model.CommitmentOverview;
import org.commitmentstracker.model.Sector;
import org.commitmentstracker.model.UnitKind;
import org.commitmentstracker.store.BundledAgencies;
import org.commitmentstracker.store.StoreFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class StatementImporterTest {
    public static final String STATEMENT = """
            Joint Statement between Viet Nam and Peru

            1. The President of Peru paid a State visit to Viet Nam from 3 to 5 May 2025.

            2. The two sides agreed to raise two-way trade to USD 1 billion by 2027.

            3. The two sides stressed the importance of free trade.

            4. Peru will grant ten scholarships a year to Vietnamese students.
            """;

    @TempDir
    Path dir;
    StoreFixture store;
    StatementImportService importer;

    @BeforeEach
    void open() {
        store = new StoreFixture(dir.resolve("data"));
        new BundledAgencies(store.agencies).loadIfEmpty();
        importer = store.services.imports();
    }

    @AfterEach
    void close() {
        store.close();
    }

    Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void aStatementLandsWithItsUnitsCommitmentsAndSuggestedOwners() throws Exception {
        List<ImportOutcome> outcomes = importer.importAll(List.of(write("peru.txt", STATEMENT)));

        assertThat(outcomes).singleElement().isInstanceOf(ImportOutcome.Imported.class);
        long id = ((ImportOutcome.Imported) outcomes.get(0)).statementId();
        assertThat(store.statements.find(id).orElseThrow().partners()).containsExactly("Peru");
        assertThat(store.statements.units(id)).extracting(u -> u.kind()).containsExactly(UnitKind.CONTEXT,
                UnitKind.COMMITMENT, UnitKind.POSITION, UnitKind.COMMITMENT);
        List<CommitmentOverview> rows = store.commitments.overview();
        assertThat(rows).extracting(CommitmentOverview::ref).containsExactly("2", "4");
        assertThat(rows.get(0).sector()).isEqualTo(Sector.ECO);
        assertThat(rows.get(0).owner().code()).isEqualTo("MOIT");
        assertThat(rows.get(1).owner().code()).isEqualTo("MOET");
        assertThat(store.statements.units(id).get(1).cue()).isEqualTo("agreed to");
    }

    @Test
    void theWorkspacesOwnSectorTableDecidesTheSuggestedOwner() throws Exception {
        store.agencies.setSectorOwner(Sector.ECO, store.agencies.findByCode("MOF").orElseThrow());

        importer.importAll(List.of(write("peru.txt", STATEMENT)));

        assertThat(store.commitments.overview().get(0).owner().code()).isEqualTo("MOF");
    }

    @Test
    void badFilesAreReportedOneLineEachAndTheGoodOnesStillLand() throws Exception {
        Path good = write("peru.txt", STATEMENT);
        Path empty = write("empty.txt", "  \n ");
        Path noCommitments = write("narrative.txt", "A visit\n\nThe President visited Lima and held talks.\n");
        Path missing = dir.resolve("missing.txt");

        List<ImportOutcome> outcomes = importer.importAll(List.of(empty, good, noCommitments, missing));

        assertThat(outcomes).filteredOn(o -> o instanceof ImportOutcome.Imported).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof ImportOutcome.Failed)
                .extracting(o -> ((ImportOutcome.Failed) o).message())
                .containsExactlyInAnyOrder("empty.txt: is empty", "missing.txt: was not found",
                        "narrative.txt: no commitments were found in it (is it a joint statement?)")
                .allSatisfy(message -> assertThat(message).doesNotContain("\n"));
        assertThat(outcomes).filteredOn(o -> o instanceof ImportOutcome.Failed)
                .extracting(o -> ((ImportOutcome.Failed) o).problem())
                .containsExactlyInAnyOrder(StatementProblem.EMPTY, StatementProblem.NOT_FOUND,
                        StatementProblem.NO_COMMITMENTS);
        assertThat(store.statements.count()).isEqualTo(1);
    }

    @Test
    void theSameStatementTwiceAddsNothing() throws Exception {
        importer.importAll(List.of(write("peru.txt", STATEMENT)));
        int commitments = store.commitments.count();

        List<ImportOutcome> again = importer.importAll(List.of(write("peru-copy.txt", STATEMENT.replace("\n", "\r\n"))));

        assertThat(again).singleElement().isInstanceOf(ImportOutcome.AlreadyImported.class);
        assertThat(store.commitments.count()).isEqualTo(commitments);
        assertThat(store.statements.count()).isEqualTo(1);
    }
}
