package org.commitmentstracker.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmentstracker.ui.AppWindowFixture.waitFor;

import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.commitmentstracker.ui.AppWindowFixture;
import org.commitmentstracker.ui.Messages;
import org.commitmentstracker.ui.ScreenTest;
import org.commitmentstracker.ui.TaskRunner;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The Conflicts view in Vietnamese over an offline copy's conflicts (a double of the sync): a row
 * per conflict, the first chosen; notes are merged in the text prefilled with both, a status is
 * settled with Keep theirs; no English shows.
 */
class ConflictsScreenTest extends ScreenTest {

    @Test
    void theOfficerMergesTheNotesAndKeepsTheServersStatus(FxRobot robot) throws Exception {
        OfflineCopyDouble copy = new OfflineCopyDouble();
        copy.conflicts.add(SyncAndConflictsViewModelTest.statusConflict());
        copy.conflicts.add(SyncAndConflictsViewModelTest.notesConflict());
        Messages vietnamese = new Messages(Locale.forLanguageTag("vi"));
        AppWindowFixture.fx(() -> {
            ConflictsViewModel vm = new ConflictsViewModel(copy, TaskRunner.sameThread(), vietnamese, id -> "Bộ Y tế",
                    () -> { });
            vm.load();
            new ConflictsDialog(FxToolkit.registerPrimaryStage(), vm, vietnamese).show();
            return null;
        });
        Parent dialog = window.dialog("conflictsDialog");
        TableView<ConflictsViewModel.Row> table = window.within(dialog, "#conflictsTable");
        // Its six columns at the width asked for, not the theme's 600 px, and nothing cut at the window's edges.
        window.assertInside(dialog, "#conflictsTable");
        org.assertj.core.api.Assertions.assertThat(org.commitmentstracker.ui.AppWindowFixture.fx(table::getWidth))
                .isGreaterThanOrEqualTo(1000);
        assertThat(table.getColumns()).extracting(TableColumn::getText)
                .containsExactly("Cam kết", "Nội dung thay đổi", "Khi lấy bản sao", "Của tôi", "Trên máy chủ", "Người sửa");
        assertThat(table.getItems()).extracting(ConflictsViewModel.Row::field).containsExactly("Trạng thái", "Ghi chú");
        assertThat(table.getSelectionModel().getSelectedIndex()).isZero();
        assertThat(window.<Button>within(dialog, "#keepTheirsButton").getText()).isEqualTo("Giữ trên máy chủ");
        // The chosen conflict's commitment in its own words, not only its statement and paragraph.
        assertThat(window.<Label>within(dialog, "#conflictCommitment").getText())
                .isEqualTo("JS-2026 §4: “The two sides agreed to open a consulate in Da Nang.”");
        window.assertInside(dialog, "#conflictCommitment");

        window.clickRow(table, 1);
        TextArea merged = window.within(dialog, "#mergedText");
        waitFor(merged::isVisible);
        assertThat(merged.getText()).isEqualTo("Met the embassy.\n\nDraft sent to MOIT.");
        robot.interact(() -> merged.setText("Met the embassy; the draft went to MOIT."));
        robot.clickOn(window.<Button>within(dialog, "#mergeButton"));

        waitFor(() -> table.getItems().size() == 1);
        assertThat(copy.resolutions).containsExactly("2 MERGE Met the embassy; the draft went to MOIT.");
        assertThat(window.<Label>within(dialog, "#conflictsMessage").getText())
                .isEqualTo("Đã giải quyết: Ghi chú của JS-2026 §4.");

        window.clickRow(table, 0);
        robot.clickOn(window.<Button>within(dialog, "#keepTheirsButton"));
        waitFor(table.getItems()::isEmpty);
        assertThat(copy.resolutions).last().isEqualTo("1 KEEP_THEIRS");
    }
}
