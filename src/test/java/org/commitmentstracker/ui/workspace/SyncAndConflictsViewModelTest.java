package org.commitmentstracker.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.commitmentstracker.model.HistoryField;
import org.commitmentstracker.service.SyncConflict;
import org.commitmentstracker.service.SyncReport;
import org.commitmentstracker.store.WorkspaceException;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.TaskRunner;
import org.junit.jupiter.api.Test;

class SyncAndConflictsViewModelTest {
    static final Instant THEIR_TIME = LocalDateTime.of(2026, 12, 1, 9, 30).atZone(ZoneId.systemDefault()).toInstant();

    final OfflineCopyDouble copy = new OfflineCopyDouble();
    final List<SyncReport> reports = new ArrayList<>();
    final List<Double> progress = new ArrayList<>();
    final List<String> said = new ArrayList<>();

    SyncViewModel sync(Optional<String> password, Messages messages) {
        SyncViewModel vm = new SyncViewModel(copy, () -> password, TaskRunner.sameThread(), messages, Runnable::run,
                reports::add);
        vm.progressProperty().addListener((o, was, is) -> progress.add(is.doubleValue()));
        vm.messageProperty().addListener((o, was, is) -> said.add(is));
        return vm;
    }

    @Test
    void syncNowSendsWithThePasswordAskedAndSaysWhatWasSentReceivedAndLeft() {
        copy.sent = 3;
        copy.received = 5;
        copy.conflicts.add(statusConflict());
        SyncViewModel vm = sync(Optional.of("s3cret"), new Messages(Locale.ENGLISH));

        vm.syncNow();

        assertThat(copy.passwords).containsExactly("s3cret");
        assertThat(progress).contains(0.5, 1.0);
        assertThat(said).contains("Sending your changes and taking the server's… 1 of 2");
        assertThat(vm.messageProperty().get()).isEqualTo("Sync finished: 3 sent, 5 received, 1 conflict to resolve.");
        assertThat(reports).hasSize(1);
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void statementsDeletedOnTheServerAndDeletionsRefusedThereAreToldWithTheChangesNotSentInBothLanguages() {
        copy.deletedOnServer.add(new SyncReport.DeletedOnServer("Joint Statement with Chile", "minh",
                "2026-12-01T09:30:00Z", List.of(new SyncReport.UnsentChange("2", HistoryField.NOTES, "Asked the embassy."),
                        new SyncReport.UnsentChange("3", HistoryField.STATUS, "AT_RISK")), "/backups/before-sync.db"));
        copy.deletedOnServer.add(new SyncReport.DeletedOnServer("Joint Statement with Japan", "minh",
                "2026-12-01T09:31:00Z", List.of(), "/backups/before-sync.db"));
        copy.deletionsRefused.add("Joint Statement with Peru");
        SyncViewModel vm = sync(Optional.of("pw"), new Messages(Locale.ENGLISH));

        vm.syncNow();

        assertThat(vm.messageProperty().get().split("\n\n")).containsExactly(
                "Sync finished: 0 sent, 0 received, no conflicts to resolve.",
                "minh deleted “Joint Statement with Chile” on the server: it is gone from this laptop too, with 2 of "
                        + "your changes that were not sent (paragraph 2, Notes: Asked the embassy.; paragraph 3, Status: "
                        + "At risk); they are kept in the backup "
                        + "/backups/before-sync.db.",
                "minh deleted “Joint Statement with Japan” on the server: it is gone from this laptop too (a backup was "
                        + "made first).",
                "“Joint Statement with Peru” was not deleted on the server (only an administrator may delete "
                        + "statements): it is back from the server.");
        SyncViewModel vi = sync(Optional.of("pw"), new Messages(Locale.forLanguageTag("vi")));
        vi.syncNow();
        assertThat(vi.messageProperty().get()).contains("minh đã xóa “Joint Statement with Chile” trên máy chủ",
                "đoạn 2, Ghi chú: Asked the embassy.",
                "chỉ quản trị viên mới được xóa tuyên bố");
    }

    @Test
    void aCancelledPasswordSyncsNothingAndARefusalIsToldInVietnamese() {
        sync(Optional.empty(), new Messages(Locale.ENGLISH)).syncNow();
        assertThat(copy.passwords).isEmpty();

        copy.refusal = new WorkspaceException("The server jdbc:postgresql://srv/ct cannot be reached.");
        SyncViewModel vm = sync(Optional.of("pw"), new Messages(Locale.forLanguageTag("vi")));
        vm.syncNow();

        assertThat(vm.errorProperty().get()).startsWith("Chưa đồng bộ xong; không mất dữ liệu nào");
        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(reports).isEmpty();
    }

    @Test
    void eachConflictIsARowWithTheValueThenMineAndTheirsInWords() {
        copy.conflicts.add(statusConflict());
        copy.conflicts.add(notesConflict());
        ConflictsViewModel vm = conflicts(new Messages(Locale.ENGLISH));

        vm.load();

        assertThat(vm.rows()).hasSize(2);
        ConflictsViewModel.Row status = vm.rows().get(0);
        assertThat(status.commitment()).isEqualTo("JS-2026 §4");
        assertThat(status.field()).isEqualTo("Status");
        assertThat(status.base()).isEqualTo(new Messages(Locale.ENGLISH).status(org.commitmentstracker.model.Status.NOT_STARTED));
        assertThat(status.mine()).isEqualTo(new Messages(Locale.ENGLISH).status(org.commitmentstracker.model.Status.COMPLETED));
        assertThat(status.theirsBy()).isEqualTo("Lan, 01/12/2026 09:30");
        assertThat(status.mergeable()).isFalse();
        ConflictsViewModel.Row notes = vm.rows().get(1);
        assertThat(notes.mergeable()).isTrue();
        assertThat(notes.mergeText()).isEqualTo("Met the embassy.\n\nDraft sent to MOIT.");
    }

    @Test
    void keepMineKeepTheirsAndMergeResolveTheRowAndTheListReloads() {
        copy.conflicts.add(statusConflict());
        copy.conflicts.add(notesConflict());
        int[] afterwards = {0};
        ConflictsViewModel vm = new ConflictsViewModel(copy, TaskRunner.sameThread(), new Messages(Locale.ENGLISH),
                id -> "MOFA", () -> afterwards[0]++);
        vm.load();

        vm.merge(vm.rows().get(0), "not mergeable");
        assertThat(copy.resolutions).isEmpty();

        vm.merge(vm.rows().get(1), "Met the embassy; draft sent to MOIT.\n");
        assertThat(copy.resolutions).containsExactly("2 MERGE Met the embassy; draft sent to MOIT.");
        assertThat(vm.rows()).extracting(ConflictsViewModel.Row::id).containsExactly(1L);
        assertThat(vm.messageProperty().get()).isEqualTo("Resolved: Notes of JS-2026 §4.");

        vm.keepTheirs(vm.rows().get(0));
        assertThat(copy.resolutions).last().isEqualTo("1 KEEP_THEIRS");
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo("Resolved: Status of JS-2026 §4.");
        assertThat(afterwards[0]).isEqualTo(2);
    }

    @Test
    void theVietnameseRowsHaveNoEnglish() {
        copy.conflicts.add(statusConflict());
        ConflictsViewModel vm = conflicts(new Messages(Locale.forLanguageTag("vi")));
        vm.load();
        assertThat(vm.rows().get(0).field()).isEqualTo("Trạng thái");
    }

    private ConflictsViewModel conflicts(Messages messages) {
        return new ConflictsViewModel(copy, TaskRunner.sameThread(), messages, id -> "MOFA", () -> { });
    }

    static SyncConflict statusConflict() {
        return new SyncConflict(1, 41, "JS-2026 §4", "The two sides agreed to open a consulate in Da Nang.",
                HistoryField.STATUS, "NOT_STARTED", "COMPLETED", "IN_PROGRESS",
                "Lan", THEIR_TIME);
    }

    static SyncConflict notesConflict() {
        return new SyncConflict(2, 41, "JS-2026 §4", "The two sides agreed to open a consulate in Da Nang.",
                HistoryField.NOTES, "", "Met the embassy.", "Draft sent to MOIT.",
                "Minh", THEIR_TIME);
    }
}
