package org.commitmentstracker.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmentstracker.ui.AppWindowFixture.waitFor;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.commitmentstracker.model.Commitment;
import org.commitmentstracker.model.HistoryEntry;
import org.commitmentstracker.model.HistoryField;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.ui.ScreenTest;
import org.commitmentstracker.ui.commitments.CommitmentRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The detail pane beside the table: an officer edits one commitment and its history grows. */
class DetailPaneScreenTest extends ScreenTest {
    TableView<CommitmentRow> table;
    CommitmentRow first;

    /** Opens the table and clicks its first commitment, whose details then fill the pane. */
    @BeforeEach
    void selectTheFirstCommitment() throws Exception {
        table = window.showCommitments();
        first = table.getItems().get(0);
        window.clickRow(table, 0);
        Label heading = window.find("#detailHeading");
        ComboBox<Status> status = window.find("#statusEditor");
        waitFor(() -> !heading.getText().isEmpty() && status.getValue() == first.status());
    }

    @Test
    void changingAStatusInTheDetailPaneShowsInItsLogAndInTheTable(FxRobot robot) throws Exception {
        Status next = first.status() == Status.AT_RISK ? Status.IN_PROGRESS : Status.AT_RISK;
        String nextLabel = next == Status.AT_RISK ? "At risk" : "In progress";

        robot.clickOn("#statusEditor");
        robot.clickOn(window.popupCell(nextLabel));

        ListView<HistoryLine> log = window.find("#historyList");
        waitFor(() -> !log.getItems().isEmpty() && log.getItems().get(0).what().endsWith("→ " + nextLabel));
        waitFor(() -> table.getItems().stream()
                .anyMatch(r -> r.commitmentId() == first.commitmentId() && r.status() == next));
        waitFor(() -> table.getSelectionModel().getSelectedItem() != null
                && table.getSelectionModel().getSelectedItem().commitmentId() == first.commitmentId());
        // Nothing to wait for: give a second write, if the pane made one, the time to land.
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        assertThat(log.getItems()).as("one change made, one line added: nothing else was written")
                .filteredOn(line -> !line.author().startsWith("Commitments Tracker")).hasSize(1);
        assertThat(stored().status()).isEqualTo(next);
        assertThat(officersHistory()).singleElement().satisfies(h -> {
            assertThat(h.field()).isEqualTo(HistoryField.STATUS);
            assertThat(h.newValue()).isEqualTo(next.name());
        });
    }

    @Test
    void aDeadlineAndANextStepTypedInTheirFieldsAreStoredWithTheirHistory(FxRobot robot) throws Exception {
        DatePicker deadline = window.find("#deadlineEditor");
        robot.doubleClickOn(deadline.getEditor());
        window.press(KeyCode.CONTROL, KeyCode.A);
        window.type("15/03/2028");
        window.press(KeyCode.ENTER);
        waitFor(() -> LocalDate.of(2028, 3, 15).equals(stored().deadline()));

        robot.clickOn("#nextStepEditor");
        window.type("Send the draft MoU to the partner");
        window.press(KeyCode.ENTER);
        waitFor(() -> "Send the draft MoU to the partner".equals(stored().nextStep()));

        assertThat(officersHistory()).extracting(HistoryEntry::field)
                .containsExactlyInAnyOrder(HistoryField.DEADLINE, HistoryField.NEXT_STEP);
        assertThat(officersHistory()).filteredOn(h -> h.field() == HistoryField.DEADLINE).singleElement()
                .satisfies(h -> assertThat(h.newValue()).isEqualTo("2028-03-15"));
        waitFor(() -> table.getItems().stream().anyMatch(r -> r.commitmentId() == first.commitmentId()
                && LocalDate.of(2028, 3, 15).equals(r.deadline())));
    }

    @Test
    void aProgressNoteIsStoredSignedWithItsLinkAndShownInTheLog(FxRobot robot) throws Exception {
        robot.clickOn("#progressEditor");
        window.type("Talks held in Santiago on 2 June.");
        robot.clickOn("#evidenceLinkEditor");
        window.type("https://mofa.gov.vn/talks");
        robot.clickOn("#addProgressButton");

        waitFor(() -> !officersHistory().isEmpty());
        assertThat(officersHistory()).singleElement().satisfies(note -> {
            assertThat(note.field()).isEqualTo(HistoryField.PROGRESS);
            assertThat(note.comment()).isEqualTo("Talks held in Santiago on 2 June.");
            assertThat(note.evidenceLink()).isEqualTo("https://mofa.gov.vn/talks");
        });
        ListView<HistoryLine> log = window.find("#historyList");
        waitFor(() -> log.getItems().stream().anyMatch(l -> l.author().equals(window.author())));
        assertThat(window.<javafx.scene.control.TextArea>find("#progressEditor").getText()).isEmpty();
    }

    @Test
    void ctrlZOutsideATextFieldPutsBackTheLastSavedEdit(FxRobot robot) throws Exception {
        Status next = first.status() == Status.DROPPED ? Status.AT_RISK : Status.DROPPED;
        robot.clickOn("#statusEditor");
        robot.clickOn(window.popupCell(next == Status.DROPPED ? "Dropped" : "At risk"));
        waitFor(() -> stored().status() == next);

        window.clickRow(table, table.getSelectionModel().getSelectedIndex());
        window.press(KeyCode.CONTROL, KeyCode.Z);

        waitFor(() -> stored().status() == first.status());
        ComboBox<Status> status = window.find("#statusEditor");
        waitFor(() -> status.getValue() == first.status());
    }

    private Commitment stored() {
        return window.store().commitments().find(first.commitmentId()).orElseThrow();
    }

    /** The commitment's history written by the officer at the window (the sample's own lines left out). */
    private List<HistoryEntry> officersHistory() {
        return window.store().history().forCommitment(first.commitmentId()).stream()
                .filter(h -> h.author().equals(window.author())).toList();
    }
}
