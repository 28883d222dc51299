package org.commitmentstracker.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.commitmentstracker.store.jooq.Tables.STATEMENT;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.commitmentstracker.model.CommitmentDraft;
import org.commitmentstracker.model.ReportPeriod;
import org.commitmentstracker.model.ReportScope;
import org.commitmentstracker.model.Sector;
import org.commitmentstracker.model.Statement;
import org.commitmentstracker.model.StatementDeletion;
import org.commitmentstracker.model.StatementDraft;
import org.commitmentstracker.model.StatementUnit;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.model.UnitDraft;
import org.commitmentstracker.model.UnitKind;
import org.commitmentstracker.report.ReportHeader;
import org.commitmentstracker.report.ReportProgress;
import org.commitmentstracker.report.ReportRequest;
import org.commitmentstracker.store.Database;
import org.commitmentstracker.store.StoreFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deleting through the application layer (a backup first, attachments kept beside it), and the
 * sample workspace: left out of reports and update forms once a real statement is in, and
 * offered for removal once.
 */
class StatementDeletionServiceTest {
    static final List<String> SAMPLE_WORDS = List.of("Hungary", "Chile", "(sample)");

    @TempDir
    Path dir;
    StoreFixture store;
    WorkspaceServices services;

    @BeforeEach
    void aWorkspaceWithTheSample() {
        store = new StoreFixture(dir.resolve("data"));
        services = store.services;
        services.prepareFirstRun();
    }

    @AfterEach
    void close() {
        store.close();
    }

    long importMongolia() {
        StatementDraft draft = new StatementDraft(new Statement(null, "Joint Statement Viet Nam - Mongolia",
                List.of("Mongolia"), LocalDate.of(2025, 8, 20), "Ulaanbaatar", "en", null, null, null,
                "Viet Nam and Mongolia agreed to open a direct flight.", null), List.of(new UnitDraft(
                new StatementUnit(null, 0, "1", UnitKind.COMMITMENT, null,
                        "The two sides agreed to open a direct flight.", "agreed to"),
                new CommitmentDraft(Sector.TRA, "MOC", LocalDate.of(2026, 6, 30), "both", null))));
        long id = store.statements.insert(draft).orElseThrow();
        services.commitments().changeStatus(store.commitments.idsByRef(id).get("1"), Status.NOT_STARTED, Status.IN_PROGRESS, "lan");
        return id;
    }

    @Test
    void aDeletionMakesABackupFirstKeepsTheAttachmentsBesideItAndLeavesOtherStatementsAlone() throws Exception {
        long mongolia = importMongolia();
        long sampleStatement = services.statements().sampleIds().iterator().next();
        long commitment = store.statements.commitmentIds(sampleStatement).get(0);
        Path evidence = Files.writeString(dir.resolve("minutes.txt"), "Minutes of the meeting");
        services.commitments().addProgress(commitment, "Minutes attached", "lan", null, evidence);
        Path attached = dir.resolve("data/attachments/" + commitment + "/minutes.txt");
        assertThat(attached).exists();
        StatementDeletion.Extent extent = services.statements().extent(sampleStatement).orElseThrow();
        int othersBefore = services.commitments().count() - extent.commitments();

        StatementDeletion deletion = services.statements().delete(sampleStatement, "lan");

        assertThat(deletion.commitments()).isEqualTo(extent.commitments()).isPositive();
        assertThat(deletion.historyEntries()).isEqualTo(extent.historyEntries()).isPositive();
        assertThat(deletion.sample()).isTrue();
        Path backup = Path.of(deletion.backup());
        assertThat(backup).exists().hasParent(services.settings().backupFolder());
        // The backup still holds the statement: it was made before the deletion.
        try (Database copy = Database.open(backup)) {
            assertThat(copy.dsl().fetchCount(STATEMENT, STATEMENT.ID.eq(sampleStatement))).isEqualTo(1);
        }
        Path keptCopy = backup.resolveSibling(backup.getFileName().toString().replace(".db", "")
                + "-attachments/attachments/" + commitment + "/minutes.txt");
        assertThat(keptCopy).hasContent("Minutes of the meeting");
        assertThat(attached).doesNotExist();
        assertThat(services.statements().all()).extracting(Statement::id).doesNotContain(sampleStatement)
                .contains(mongolia);
        assertThat(services.commitments().count()).isEqualTo(othersBefore);
        assertThat(store.statements.deletions()).singleElement()
                .satisfies(line -> assertThat(line.backup()).isEqualTo(deletion.backup()));
    }

    @Test
    void aStatementAlreadyGoneIsRefusedBeforeAnyBackup() {
        assertThatThrownBy(() -> services.statements().delete(999, "lan")).isInstanceOf(IOException.class);
        assertThat(services.settings().backupFolder()).doesNotExist();
    }

    @Test
    void theSampleIsOfferedForRemovalOnceARealStatementIsInAndNotAgainOnceKept() throws Exception {
        assertThat(services.statements().sampleRemovalDue()).isFalse();

        importMongolia();

        assertThat(services.statements().sampleRemovalDue()).isTrue();
        services.statements().keepSample();
        assertThat(services.statements().sampleRemovalDue()).isFalse();
        assertThat(services.statements().sampleIds()).hasSize(2);
    }

    @Test
    void removingTheSampleDeletesItsStatementsOnlyAndLogsEach() throws Exception {
        long mongolia = importMongolia();

        List<StatementDeletion> removed = services.statements().removeSample("lan");

        assertThat(removed).hasSize(2).allSatisfy(d -> assertThat(d.sample()).isTrue());
        assertThat(services.statements().all()).extracting(Statement::id).containsExactly(mongolia);
        assertThat(services.statements().sampleIds()).isEmpty();
        assertThat(services.statements().sampleRemovalDue()).isFalse();
        assertThat(store.statements.deletions()).hasSize(2);
    }

    @Test
    void theReportLeavesTheSampleOutOnceARealStatementIsIn() throws Exception {
        ReportRequest q4 = ReportRequest.of(ReportPeriod.quarter(2025, 4), ReportScope.ALL, "en",
                ReportHeader.DEFAULT, LocalDate.of(2025, 10, 1));
        // A workspace of the sample only reports on the sample.
        assertThat(cells(report(q4, "sample-only.xlsx"))).anyMatch(c -> c.contains("Hungary"));

        importMongolia();

        List<String> cells = cells(report(q4, "report.xlsx"));
        assertThat(cells).anyMatch(c -> c.contains("Mongolia"));
        assertThat(cells).noneMatch(c -> SAMPLE_WORDS.stream().anyMatch(c::contains));
        assertThat(services.reports().choices().partners()).containsExactly("Mongolia");
    }

    @Test
    void updateFormsLeaveTheSampleOutOnceARealStatementIsIn() throws Exception {
        assertThat(services.updateForms().exportForms(Files.createDirectories(dir.resolve("before")), "en"))
                .hasSizeGreaterThan(1);

        importMongolia();

        List<Path> forms = services.updateForms().exportForms(Files.createDirectories(dir.resolve("forms")), "en");
        assertThat(forms).singleElement();
        List<String> cells = cells(forms.get(0));
        assertThat(cells).anyMatch(c -> c.contains("Mongolia"));
        assertThat(cells).noneMatch(c -> SAMPLE_WORDS.stream().anyMatch(c::contains));
    }

    Path report(ReportRequest request, String name) throws IOException {
        Path out = dir.resolve(name);
        services.reports().export(request, out, ReportProgress.NONE);
        return out;
    }

    static List<String> cells(Path workbook) throws IOException {
        DataFormatter format = new DataFormatter();
        List<String> cells = new ArrayList<>();
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells.add(format.formatCellValue(cell));
                    }
                }
            }
        }
        return cells;
    }
}
