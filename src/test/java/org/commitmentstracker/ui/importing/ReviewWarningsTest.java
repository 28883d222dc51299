package org.commitmentstracker.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.commitmentstracker.extract.read.ReadWarning;
import org.commitmentstracker.importing.ImportCandidate;
import org.commitmentstracker.importing.ImportOutcome;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.StatementDraft;
import org.commitmentstracker.service.StatementImportService;
import org.commitmentstracker.service.StatementImports;
import org.commitmentstracker.store.BundledAgencies;
import org.commitmentstracker.store.StoreFixture;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.TaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reader's doubt about a statement's text is shown in the officer's language, not the reader's English. */
class ReviewWarningsTest {
    @TempDir
    Path dir;

    @Test
    void lostSpacesInAPdfAreToldInVietnameseInTheVietnameseReview() {
        try (StoreFixture store = new StoreFixture(dir)) {
            new BundledAgencies(store.agencies).loadIfEmpty();
            StatementImportService importer = store.services.imports();
            ImportReviewViewModel vm = new ImportReviewViewModel(doubtingPdf(importer), TaskRunner.sameThread(),
                    new Messages(Locale.forLanguageTag("vi")), "Lan", ImportReviewViewModelTest.TODAY, () -> { });

            vm.loadText(ImportReviewViewModelTest.PERU);

            String said = vm.statements().get(0).messageProperty().get();
            assertThat(said).startsWith("Tệp PDF này có vẻ bị mất dấu cách").contains("7 chỗ", "Cổhướng")
                    .doesNotContain("Spaces seem lost");
        }
    }

    /** The real importer, with the doubt a PDF whose font lost its spaces gives. */
    private static StatementImports doubtingPdf(StatementImportService importer) {
        return new StatementImports() {
            @Override
            public List<Path> expand(List<Path> filesOrFolders) {
                return filesOrFolders;
            }

            @Override
            public ImportCandidate prepare(Path file) {
                return importer.prepare(file);
            }

            @Override
            public ImportCandidate prepareText(String text) {
                ImportCandidate.Ready ready = (ImportCandidate.Ready) importer.prepareText(text);
                return new ImportCandidate.Ready(ready.fileName(), ready.extraction(), ready.alreadyImported(),
                        ready.owners(), List.of(new ReadWarning(ReadWarning.Kind.MISSING_SPACES, 7, "Mông Cổhướng")));
            }

            @Override
            public ImportOutcome save(String name, StatementDraft draft) {
                return importer.save(name, draft);
            }

            @Override
            public List<Agency> agencies() {
                return importer.agencies();
            }
        };
    }
}
