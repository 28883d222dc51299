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

    @Test
    void aStatementTypedInTcvn3IsReadAsVietnameseAndTheReviewSaysItWasConverted() throws Exception {
        // "Hai bên nhất trí đẩy mạnh hợp tác đầu tư và thương mại." typed with the .VnTime font, saved as text
        Path file = java.nio.file.Files.write(dir.resolve("thong-cao-cu.txt"), ("Th«ng c¸o chung ViÖt Nam - Lµo\n"
                + "Hai bªn nhÊt trÝ ®Èy m¹nh hîp t¸c ®Çu t\u00AD vµ th\u00AD¬ng m¹i.\n")
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        try (StoreFixture store = new StoreFixture(dir.resolve("data"))) {
            new BundledAgencies(store.agencies).loadIfEmpty();
            ImportReviewViewModel vm = new ImportReviewViewModel(store.services.imports(), TaskRunner.sameThread(),
                    new Messages(Locale.forLanguageTag("vi")), "Lan", ImportReviewViewModelTest.TODAY, () -> { });

            vm.load(List.of(file));

            assertThat(vm.statements().get(0).messageProperty().get())
                    .isEqualTo("Văn bản tiếng Việt gõ bằng bảng mã cũ TCVN3 (phông .VnTime) đã được chuyển sang Unicode "
                            + "(2 dòng, ví dụ \"Thông cáo chung Việt Nam - Lào\"). Hãy kiểm tra lại văn bản.");
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
