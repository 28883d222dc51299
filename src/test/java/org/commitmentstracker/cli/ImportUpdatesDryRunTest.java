package org.commitmentstracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.commitmentstracker.model.CommitmentOverview;
import org.commitmentstracker.model.UpdateFormLayout;
import org.commitmentstracker.service.WorkspaceServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `import-updates --dry-run` while the app has the workspace open: it only reads, so the lock does not stop it. */
class ImportUpdatesDryRunTest {
    @TempDir
    Path dir;

    @Test
    void aDryRunReadsAWorkspaceThatIsOpenElsewhereAndChangesNothing() throws Exception {
        Path data = dir.resolve("data");
        try (WorkspaceServices app = WorkspaceServices.open(data, Clock.systemUTC(), Locale.ENGLISH, "lan")) {
            app.prepareFirstRun();
            Path form = app.updateForms().exportForms(Files.createDirectories(dir.resolve("forms")), "en").get(0);
            try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(form))) {
                var row = book.getSheetAt(0).getRow(UpdateFormLayout.FIRST_DATA_ROW);
                row.getCell(UpdateFormLayout.STATUS).setCellValue("Completed");
                row.getCell(UpdateFormLayout.EVIDENCE).setCellValue("Công văn số 123/BTC-HTQT");
                try (OutputStream out = Files.newOutputStream(form)) {
                    book.write(out);
                }
            }
            List<CommitmentOverview> before = app.commitments().list(
                    org.commitmentstracker.model.CommitmentFilter.NONE, java.time.LocalDate.now());
            long storeSize = Files.size(data.resolve("commitments.db"));

            // The app (this open workspace) holds the lock: a run that writes is refused ...
            Run apply = Run.of("import-updates", "--data-dir", data.toString(), form.toString());
            assertThat(apply.exitCode()).as(apply.err()).isNotZero();
            assertThat(apply.err()).contains("already open");

            // ... a dry run is not, and says what it would do.
            Run dry = Run.of("import-updates", "--data-dir", data.toString(), form.toString(), "--dry-run");
            assertThat(dry.exitCode()).as(dry.err()).isZero();
            assertThat(dry.out()).contains("would apply status", "Evidence: Công văn số 123/BTC-HTQT", "1 to apply");

            assertThat(app.commitments().list(org.commitmentstracker.model.CommitmentFilter.NONE,
                    java.time.LocalDate.now())).isEqualTo(before);
            assertThat(Files.size(data.resolve("commitments.db"))).isEqualTo(storeSize);
            // The app still holds its workspace and can write to it.
            app.commitments().addProgress(before.get(0).commitmentId(), "Still writable", "lan", null, null);
        }
    }
}
