package org.commitmentstracker.ui.forms;

import org.commitmentstracker.service.UpdateFormExchange;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.commitmentstracker.importing.FormProblem;
import org.commitmentstracker.importing.RowProblem;
import org.commitmentstracker.importing.UnreadableFormException;
import org.commitmentstracker.importing.UpdatePreview;
import org.commitmentstracker.model.Explanation;
import org.commitmentstracker.model.FormUpdate;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.TaskRunner;
import org.junit.jupiter.api.Test;

class UpdateFormsViewModelTest {
    static final UpdatePreview PREVIEW = new UpdatePreview("form.xlsx", "MOIT", "An", List.of(
            new UpdatePreview.RowOutcome(6, 1L, "2", UpdatePreview.Outcome.APPLY, null,
                    List.of(Explanation.of("status Not started → Completed", "forms.row.STATUS", Status.NOT_STARTED,
                            Status.COMPLETED)), new FormUpdate(1, Status.COMPLETED, null, null, null)),
            new UpdatePreview.RowOutcome(7, 99L, null, UpdatePreview.Outcome.REJECTED, RowProblem.UNKNOWN_ID,
                    List.of(Explanation.of("unknown ID 99", "forms.row.UNKNOWN_ID", "99")), null)));

    int appliedRows;
    int refreshed;

    UpdateFormsViewModel vm() {
        return new UpdateFormsViewModel(new UpdateFormExchange() {
            @Override
            public List<Path> exportForms(Path folder, String language) {
                return List.of(folder.resolve("a.xlsx"), folder.resolve("b.xlsx"));
            }

            @Override
            public UpdatePreview preview(Path file, String language) throws UnreadableFormException {
                if (file.toString().endsWith("bad.xlsx")) {
                    throw new UnreadableFormException("bad.xlsx", FormProblem.NOT_AN_UPDATE_FORM,
                            "is not an update form exported by Commitments Tracker");
                }
                return PREVIEW;
            }

            @Override
            public int apply(UpdatePreview preview) {
                appliedRows += preview.toApply().size();
                return preview.toApply().size();
            }
        }, TaskRunner.sameThread(), new Messages(Locale.ENGLISH), () -> refreshed++);
    }

    @Test
    void aReturnedFormIsPreviewedThenAppliedOnce() {
        UpdateFormsViewModel vm = vm();
        vm.preview(Path.of("form.xlsx"));

        assertThat(vm.rows()).hasSize(2);
        assertThat(vm.messageProperty().get())
                .isEqualTo("form.xlsx, filled in by An: 1 to apply, 0 unchanged, 0 in conflict, 1 rejected, 0 with cells ignored.");
        assertThat(vm.outcomeLabel(UpdatePreview.Outcome.REJECTED)).isEqualTo("Rejected");
        assertThat(vm.canApply()).isTrue();

        vm.apply();
        vm.apply();

        assertThat(appliedRows).isEqualTo(1);
        assertThat(refreshed).isEqualTo(1);
        assertThat(vm.messageProperty().get()).isEqualTo("1 commitment updated, signed \"An\".");
        assertThat(vm.canApply()).isFalse();
    }

    @Test
    void aFileThatIsNotAFormIsToldAndNothingCanBeApplied() {
        UpdateFormsViewModel vm = vm();
        vm.preview(Path.of("bad.xlsx"));

        assertThat(vm.errorProperty().get()).isEqualTo("bad.xlsx is not an update form exported by Commitments Tracker.");
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.canApply()).isFalse();
    }

    @Test
    void exportingSaysHowManyFormsWentWhere() {
        UpdateFormsViewModel vm = vm();
        vm.exportForms(Path.of("/out"));
        assertThat(vm.messageProperty().get()).isEqualTo("2 forms written to /out.");
    }
}
