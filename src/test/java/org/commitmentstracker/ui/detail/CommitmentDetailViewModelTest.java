package org.commitmentstracker.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.store.BundledAgencies;
import org.commitmentstracker.store.StoreFixture;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The detail pane's ViewModel on a real store, without the JavaFX toolkit (same-thread runner). */
class CommitmentDetailViewModelTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-01T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    StoreFixture store;
    long id;
    int saves;
    CommitmentDetailViewModel vm;
    CommitmentEditor editor;

    @BeforeEach
    void open() {
        store = new StoreFixture(dir);
        new BundledAgencies(store.agencies).loadIfEmpty();
        long statement = store.statements.insert(StoreFixture.smallStatement("Text", "MOIT")).orElseThrow();
        id = store.commitments.idsByRef(statement).get("2");
        editor = new RepositoryEditor(store);
        vm = new CommitmentDetailViewModel(editor, TaskRunner.sameThread(), new Messages(Locale.ENGLISH), CLOCK,
                "lan.nguyen", () -> saves++);
        vm.show(id);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void showsTheCommitmentAndItsFields() {
        assertThat(vm.emptyProperty().get()).isFalse();
        assertThat(vm.textProperty().get()).isEqualTo("The two sides agreed to raise trade.");
        assertThat(vm.headingProperty().get()).isEqualTo("Chile · Joint Statement · ref. 2");
        assertThat(vm.statusProperty().get()).isEqualTo(Status.NOT_STARTED);
        assertThat(vm.ownerProperty().get().code()).isEqualTo("MOIT");
        assertThat(vm.deadlineProperty().get()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(vm.agencies()).hasSizeGreaterThan(10);
        assertThat(vm.history()).isEmpty();
    }

    @Test
    void aStatusChangeIsSavedSignedAndAppearsInTheLog() {
        vm.statusProperty().set(Status.IN_PROGRESS);
        vm.commitStatus();

        assertThat(store.commitments.find(id).orElseThrow().status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(vm.history()).singleElement().satisfies(line -> {
            assertThat(line.what()).isEqualTo("Status: Not started → In progress");
            assertThat(line.author()).isEqualTo("lan.nguyen");
        });
        assertThat(saves).isEqualTo(1);
    }

    @Test
    void ownerDeadlineNotesAndProgressAreSavedAndLogged() {
        Agency mofa = vm.agencies().stream().filter(a -> a.code().equals("MOFA")).findFirst().orElseThrow();
        vm.ownerProperty().set(mofa);
        vm.commitOwner();
        vm.deadlineProperty().set(LocalDate.of(2027, 6, 30));
        vm.commitDeadline();
        vm.notesProperty().set("Waiting for the partner");
        vm.commitNotes();
        vm.progressDraftProperty().set("Draft sent on 2 October");
        vm.addProgress();

        assertThat(vm.history()).extracting(HistoryLine::what).containsExactlyInAnyOrder(
                "Owner: Ministry of Industry and Trade → Ministry of Foreign Affairs",
                "Deadline: 2026-12-31 → 2027-06-30", "Notes: Waiting for the partner", "Draft sent on 2 October");
        assertThat(vm.progressDraftProperty().get()).isEmpty();
        assertThat(store.commitments.find(id).orElseThrow().notes()).isEqualTo("Waiting for the partner");
    }

    @Test
    void undoPutsTheLastEditBackAsASignedChange() {
        assertThat(vm.canUndo()).isFalse();
        vm.statusProperty().set(Status.DROPPED);
        vm.commitStatus();
        assertThat(vm.canUndo()).isTrue();

        vm.undo();

        assertThat(store.commitments.find(id).orElseThrow().status()).isEqualTo(Status.NOT_STARTED);
        assertThat(vm.statusProperty().get()).isEqualTo(Status.NOT_STARTED);
        assertThat(vm.history()).extracting(HistoryLine::what).containsExactlyInAnyOrder(
                "Status: Not started → Dropped", "Status: Dropped → Not started");
        assertThat(vm.canUndo()).isFalse();
        vm.undo();
        assertThat(store.history.count()).isEqualTo(2);
    }

    @Test
    void coOwnersAreSavedAndLogged() {
        Agency mofa = vm.agencies().stream().filter(a -> a.code().equals("MOFA")).findFirst().orElseThrow();
        Agency moh = vm.agencies().stream().filter(a -> a.code().equals("MOH")).findFirst().orElseThrow();
        vm.coOwners().setAll(moh, mofa);
        vm.commitCoOwners();

        assertThat(store.commitments.find(id).orElseThrow().coOwnerAgencyIds())
                .containsExactlyInAnyOrder(mofa.id(), moh.id());
        assertThat(vm.history()).singleElement().extracting(HistoryLine::what).asString()
                .startsWith("Co-owners: ").contains("Ministry of Foreign Affairs", "Ministry of Health");
        assertThat(vm.coOwners()).containsExactlyInAnyOrder(mofa, moh);
        vm.commitCoOwners();
        assertThat(store.history.count()).isEqualTo(1);
    }

    @Test
    void committingUnchangedFieldsWritesNothing() {
        vm.commitAll();
        assertThat(store.history.count()).isZero();
        assertThat(saves).isZero();
    }

    @Test
    void aFailedSaveIsToldAndTheFieldKeepsWhatWasTyped() {
        RepositoryEditor working = new RepositoryEditor(store);
        CommitmentEditor failing = (CommitmentEditor) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {CommitmentEditor.class}, (proxy, method, args) -> {
                    if (method.getName().equals("load")) {
                        return working.load((Long) args[0]);
                    }
                    throw new IllegalStateException("disk I/O error");
                });
        CommitmentDetailViewModel failingVm = new CommitmentDetailViewModel(failing, TaskRunner.sameThread(),
                new Messages(Locale.ENGLISH), CLOCK, "lan", () -> saves++);
        failingVm.show(id);
        failingVm.notesProperty().set("Important note");

        failingVm.commitNotes();

        assertThat(failingVm.errorProperty().get()).startsWith("The change was NOT saved: disk I/O error");
        assertThat(failingVm.notesProperty().get()).isEqualTo("Important note");
        assertThat(saves).isZero();
        assertThat(store.commitments.find(id).orElseThrow().notes()).isNull();
    }

    /** The app's editor, on the test's store. */
    record RepositoryEditor(StoreFixture store) implements CommitmentEditor {
        @Override
        public CommitmentDetails load(long id) {
            return new CommitmentDetails(store.commitments.overviewOf(id).orElseThrow(),
                    store.commitments.find(id).orElseThrow(), store.history.forCommitment(id), store.agencies.findAll());
        }

        @Override
        public void changeStatus(long id, Status status, String author) {
            store.commitments.changeStatus(id, status, author, null);
        }

        @Override
        public void changeOwner(long id, Long agencyId, String author) {
            store.commitments.changeOwner(id, agencyId, author, null);
        }

        @Override
        public void changeDeadline(long id, LocalDate deadline, String author) {
            store.commitments.changeDeadline(id, deadline, author, null);
        }

        @Override
        public void changeNextStep(long id, String nextStep, String author) {
            store.commitments.changeNextStep(id, nextStep, author);
        }

        @Override
        public void changeCoOwners(long id, java.util.List<Long> agencyIds, String author) {
            store.commitments.changeCoOwners(id, agencyIds, author);
        }

        @Override
        public void changeNotes(long id, String notes, String author) {
            store.commitments.changeNotes(id, notes, author);
        }

        @Override
        public void addProgress(long id, String note, String author) {
            store.commitments.addProgress(id, note, author);
        }
    }
}
