package org.commitmentstracker.ui.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.model.UnitKind;
import org.commitmentstracker.service.StatementService;
import org.commitmentstracker.store.BundledAgencies;
import org.commitmentstracker.store.StoreFixture;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.RecordingDialogs;
import org.commitmentstracker.ui.TaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatementsViewModelTest {
    @TempDir
    Path dir;
    final RecordingDialogs dialogs = new RecordingDialogs();
    final AtomicInteger afterDelete = new AtomicInteger();

    StatementsViewModel viewModel(StoreFixture store, Locale language) {
        StatementService service = store.services.statements();
        return new StatementsViewModel(service::all, service::sampleIds, service::progressByStatement,
                service::units, service, dialogs, "lan", afterDelete::incrementAndGet, TaskRunner.sameThread(),
                new Messages(language));
    }

    @Test
    void listsStatementsWithTheirProgressAndOpensOneWithItsUnitsAndCues() {
        try (StoreFixture store = new StoreFixture(dir)) {
            store.agencies.save("MOIT", "Bộ Công Thương", "Ministry of Industry and Trade");
            long statement = store.statements.insert(StoreFixture.smallStatement("Text", "MOIT")).orElseThrow();
            store.commitments.changeStatus(store.commitments.idsByRef(statement).get("2"), Status.COMPLETED, "lan", null);
            StatementsViewModel vm = viewModel(store, Locale.ENGLISH);

            vm.refresh();

            assertThat(vm.statements()).singleElement().satisfies(row -> {
                assertThat(row.title()).isEqualTo("Joint Statement");
                assertThat(row.partners()).isEqualTo("Chile");
                assertThat(row.progress()).isEqualTo("1 of 1 completed");
                assertThat(row.sample()).isFalse();
            });

            vm.open(vm.statements().get(0));

            assertThat(vm.openedProperty().get()).isEqualTo("Joint Statement");
            assertThat(vm.units()).extracting(UnitRow::kind).containsExactly(UnitKind.CONTEXT, UnitKind.COMMITMENT);
            assertThat(vm.units().get(1).kindLabel()).isEqualTo("Commitment");
            assertThat(vm.units().get(1).cue()).isEqualTo("agreed to");
            vm.open(null);
            assertThat(vm.units()).isEmpty();
        }
    }

    @Test
    void aStatementIsDeletedOnlyAfterTheOfficerConfirmsWhatGoesWithIt() {
        try (StoreFixture store = new StoreFixture(dir)) {
            new BundledAgencies(store.agencies).loadIfEmpty();
            long gone = store.statements.insert(StoreFixture.smallStatement("First", "MOIT")).orElseThrow();
            long kept = store.statements.insert(StoreFixture.smallStatement("Second", "MOIT")).orElseThrow();
            long commitment = store.commitments.idsByRef(gone).get("2");
            store.commitments.changeStatus(commitment, Status.IN_PROGRESS, "lan", null);
            store.commitments.addProgress(commitment, "Met in Santiago", "lan");
            StatementsViewModel vm = viewModel(store, Locale.ENGLISH);
            vm.refresh();
            StatementRow row = vm.statements().stream().filter(r -> r.id() == gone).findFirst().orElseThrow();
            String question = "confirm: Delete the statement “Joint Statement”? Its one commitment and 2 history"
                    + " entries will be deleted. A backup is made first.";

            vm.delete(row);

            assertThat(dialogs.shown()).containsExactly(question);
            assertThat(store.statements.count()).isEqualTo(2);
            assertThat(afterDelete).hasValue(0);

            dialogs.answer(true);
            vm.delete(row);

            assertThat(dialogs.shown()).containsExactly(question, question);
            assertThat(store.statements.findAll()).extracting(s -> s.id()).containsExactly(kept);
            assertThat(vm.statements()).extracting(StatementRow::id).containsExactly(kept);
            assertThat(vm.messageProperty().get()).matches("Deleted “Joint Statement” with one commitment and 2 "
                    + "history entries\\. Backup: commitments-[0-9_-]+\\.db");
            assertThat(vm.errorProperty().get()).isEmpty();
            assertThat(afterDelete).hasValue(1);
            assertThat(store.statements.deletions()).singleElement()
                    .satisfies(line -> assertThat(line.deletedBy()).isEqualTo("lan"));
        }
    }

    @Test
    void theSampleIsMarkedAndOfferedForRemovalAfterTheFirstRealImportOnce() {
        try (StoreFixture store = new StoreFixture(dir)) {
            store.services.prepareFirstRun();
            StatementsViewModel vm = viewModel(store, Locale.forLanguageTag("vi"));
            vm.refresh();
            assertThat(vm.statements()).hasSize(2).allSatisfy(row -> assertThat(row.sample()).isTrue());
            assertThat(vm.statements()).extracting(StatementRow::partners).containsExactlyInAnyOrder("Chi-lê", "Hung-ga-ri");
            vm.checkSampleOffer();
            assertThat(vm.sampleOfferProperty().get()).isEmpty();

            long real = store.statements.insert(StoreFixture.smallStatement("Text", "MOIT")).orElseThrow();
            vm.checkSampleOffer();

            assertThat(vm.sampleOfferProperty().get())
                    .startsWith("Đã có tuyên bố của anh/chị. Xóa các tuyên bố mẫu (")
                    .contains("Hung-ga-ri").contains("Chi-lê");
            vm.removeSample();

            assertThat(vm.sampleOfferProperty().get()).isEmpty();
            assertThat(store.statements.findAll()).extracting(s -> s.id()).containsExactly(real);
            assertThat(vm.statements()).extracting(StatementRow::id).containsExactly(real);
            assertThat(vm.messageProperty().get()).isEqualTo("Đã xóa các tuyên bố mẫu (2).");
            assertThat(afterDelete).hasValue(1);
        }
    }

    @Test
    void keepingTheSampleMeansTheOfferIsNotMadeAgain() {
        try (StoreFixture store = new StoreFixture(dir)) {
            store.services.prepareFirstRun();
            StatementsViewModel vm = viewModel(store, Locale.ENGLISH);
            store.statements.insert(StoreFixture.smallStatement("Text", "MOIT")).orElseThrow();
            vm.checkSampleOffer();
            assertThat(vm.sampleOfferProperty().get()).startsWith("Your own statements are in.");

            vm.keepSample();
            store.statements.insert(StoreFixture.smallStatement("Another text", "MOIT")).orElseThrow();
            vm.checkSampleOffer();

            assertThat(vm.sampleOfferProperty().get()).isEmpty();
            assertThat(store.statements.sampleIds()).hasSize(2);
        }
    }
}
