package org.commitmentstracker.ui.bulk;

import org.commitmentstracker.service.BulkChanges;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.TaskRunner;
import org.junit.jupiter.api.Test;

class BulkEditViewModelTest {
    static final Agency MOFA = new Agency(3, "MOFA", "Bộ Ngoại giao", "Ministry of Foreign Affairs");

    final List<String> applied = new ArrayList<>();
    int saved;

    BulkEditViewModel vm(boolean failing) {
        return new BulkEditViewModel(new BulkChanges() {
            @Override
            public List<Agency> agencies() {
                return List.of(MOFA);
            }

            @Override
            public void apply(List<Long> ids, Status status, Long owner, LocalDate deadline, String author) {
                if (failing) {
                    throw new IllegalStateException("database is locked");
                }
                applied.add(ids + " " + status + " " + owner + " " + deadline + " " + author);
            }
        }, TaskRunner.sameThread(), new Messages(Locale.ENGLISH), "lan", () -> saved++);
    }

    @Test
    void tellsWhichCommitmentsAnEditChanged() {
        List<List<Long>> told = new ArrayList<>();
        BulkEditViewModel vm = new BulkEditViewModel(new BulkChanges() {
            @Override
            public List<Agency> agencies() {
                return List.of(MOFA);
            }

            @Override
            public void apply(List<Long> ids, Status status, Long owner, LocalDate deadline, String author) {
                applied.add(ids + " " + status);
            }
        }, TaskRunner.sameThread(), new Messages(Locale.ENGLISH), () -> "lan", told::add);
        vm.selection().setAll(4L, 9L);
        vm.statusProperty().set(Status.AT_RISK);

        vm.apply();

        assertThat(told).containsExactly(List.of(4L, 9L));
    }

    @Test
    void offeredOnlyForSeveralCommitments() {
        BulkEditViewModel vm = vm(false);
        assertThat(vm.activeBinding().get()).isFalse();
        vm.selection().setAll(1L);
        assertThat(vm.activeBinding().get()).isFalse();
        vm.selection().setAll(1L, 2L);
        assertThat(vm.activeBinding().get()).isTrue();
        assertThat(vm.selectionLabel()).isEqualTo("2 commitments selected: set");
        assertThat(vm.agencies()).containsExactly(MOFA);
    }

    @Test
    void appliesWhatWasChosenToAllSelectedAndClearsTheChoice() {
        BulkEditViewModel vm = vm(false);
        vm.selection().setAll(1L, 2L, 3L);
        vm.statusProperty().set(Status.COMPLETED);
        vm.ownerProperty().set(MOFA);

        vm.apply();

        assertThat(applied).containsExactly("[1, 2, 3] COMPLETED 3 null lan");
        assertThat(vm.messageProperty().get()).isEqualTo("3 commitments changed.");
        assertThat(vm.statusProperty().get()).isNull();
        assertThat(saved).isEqualTo(1);
    }

    @Test
    void nothingChosenChangesNothingAndAFailureIsTold() {
        BulkEditViewModel vm = vm(false);
        vm.selection().setAll(1L, 2L);
        vm.apply();
        assertThat(applied).isEmpty();
        assertThat(vm.messageProperty().get()).startsWith("Choose");

        BulkEditViewModel failing = vm(true);
        failing.selection().setAll(1L, 2L);
        failing.deadlineProperty().set(LocalDate.of(2026, 3, 31));
        failing.apply();
        assertThat(failing.messageProperty().get()).isEqualTo("Nothing was changed: database is locked");
        assertThat(failing.deadlineProperty().get()).as("the choice stays for another try").isNotNull();
        assertThat(saved).isZero();
    }

    @Test
    void agenciesThatCannotBeLoadedAreToldInTheUisWords() {
        BulkEditViewModel vm = new BulkEditViewModel(new BulkChanges() {
            @Override
            public List<Agency> agencies() {
                throw new IllegalStateException("database is locked");
            }

            @Override
            public void apply(List<Long> ids, Status status, Long owner, LocalDate deadline, String author) {
                applied.add("never");
            }
        }, TaskRunner.sameThread(), new Messages(Locale.forLanguageTag("vi")), "lan", () -> saved++);

        assertThat(vm.messageProperty().get()).isEqualTo("Không tải được danh sách cơ quan: database is locked");
    }
}
