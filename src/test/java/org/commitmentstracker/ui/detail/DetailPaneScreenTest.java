package org.commitmentstracker.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmentstracker.ui.AppWindowFixture.fx;
import static org.commitmentstracker.ui.AppWindowFixture.waitFor;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
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
        assertThat(fx(() -> List.copyOf(log.getItems()))).as("one change made, one line added: nothing else was written")
                .filteredOn(line -> !line.author().startsWith("Commitments Tracker")).hasSize(1);
        assertThat(stored().status()).isEqualTo(next);
        assertThat(officersHistory()).singleElement().satisfies(h -> {
            assertThat(h.field()).isEqualTo(HistoryField.STATUS);
            assertThat(h.newValue()).isEqualTo(next.name());
        });
    }

    @Test
    void aDeadlineAndANextStepTypedInTheirFieldsAreStoredWithTheirHistory(FxRobot robot) throws Exception {
        typeDeadline(robot, "15/03/2028");
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
        // The table shows the saved row anew, its selection put back: the row is clicked once it is (CI once read
        // the selection in between, -1, and waited for a row that is never drawn).
        waitFor(() -> table.getItems().stream()
                .anyMatch(r -> r.commitmentId() == first.commitmentId() && r.status() == next));
        waitFor(() -> table.getSelectionModel().getSelectedItem() != null
                && table.getSelectionModel().getSelectedItem().commitmentId() == first.commitmentId());

        window.clickRow(table, fx(() -> table.getSelectionModel().getSelectedIndex()));
        window.press(KeyCode.CONTROL, KeyCode.Z);

        waitFor(() -> stored().status() == first.status());
        ComboBox<Status> status = window.find("#statusEditor");
        waitFor(() -> status.getValue() == first.status());
    }

    // ---- step 10: nothing typed is lost or lands on another commitment; dates are checked ----

    @Test
    void aNoteTypedThenCtrlQIsSavedBeforeTheWindowCloses(FxRobot robot) throws Exception {
        robot.clickOn("#notesEditor");
        window.type("Partner asked for the draft by Friday");
        window.press(KeyCode.CONTROL, KeyCode.Q);

        waitFor(() -> !table.getScene().getWindow().isShowing());
        assertThat(stored().notes()).isEqualTo("Partner asked for the draft by Friday");
    }

    @Test
    void aDeadlineTypedWithoutEnterIsSavedWhenTheWindowCloses(FxRobot robot) throws Exception {
        typeInDeadline(robot, "quý IV/2027");
        window.press(KeyCode.CONTROL, KeyCode.Q);

        waitFor(() -> !table.getScene().getWindow().isShowing());
        assertThat(stored().deadline()).isEqualTo(LocalDate.of(2027, 12, 31));
    }

    @Test
    void aDraftUpdateStaysWithItsCommitment(FxRobot robot) throws Exception {
        robot.clickOn("#progressEditor");
        window.type("Called the embassy");
        TextArea update = window.find("#progressEditor");

        select(1);
        assertThat(update.getText()).as("another commitment: the box is empty").isEmpty();

        select(0);
        waitFor(() -> "Called the embassy".equals(update.getText()));
    }

    @Test
    void anImpossibleDateIsRefusedBesideTheFieldAndTheDeadlineKept(FxRobot robot) throws Exception {
        LocalDate before = stored().deadline();
        typeDeadline(robot, "31/02/2026");

        Label message = window.find("#deadlineError");
        waitFor(() -> message.isVisible() && message.getText().contains("31/02/2026"));
        assertThat(stored().deadline()).isEqualTo(before);
        DatePicker deadline = window.find("#deadlineEditor");
        assertThat(fx(deadline::getValue)).isEqualTo(before);
        assertThat(fx(() -> message.getLayoutBounds().getWidth() >= message.prefWidth(-1) - 1
                || message.getHeight() >= message.prefHeight(message.getWidth()) - 1))
                .as("the message is shown whole").isTrue();
    }

    @Test
    void aQuarterMeansItsLastDayAndTheLogShowsDatesAsTheScreenDoes(FxRobot robot) throws Exception {
        typeDeadline(robot, "Q3 2026");

        waitFor(() -> LocalDate.of(2026, 9, 30).equals(stored().deadline()));
        ListView<HistoryLine> log = window.find("#historyList");
        waitFor(() -> !log.getItems().isEmpty() && log.getItems().get(0).what().endsWith("→ 30/09/2026"));
        // Read on the FX thread: the pane may fill its log again (the edited row shown anew) as this thread looks.
        HistoryLine top = fx(() -> log.getItems().get(0));
        assertThat(top.what()).doesNotContain("2026-");
        assertThat(top.when()).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
    }

    @Test
    void theSectorIsShownAndChangedInThePaneWithItsLogLine(FxRobot robot) throws Exception {
        ComboBox<org.commitmentstracker.model.Sector> sector = window.find("#sectorEditor");
        waitFor(() -> sector.getValue() == stored().sector());
        org.commitmentstracker.model.Sector next = stored().sector() == org.commitmentstracker.model.Sector.HEA
                ? org.commitmentstracker.model.Sector.EDU : org.commitmentstracker.model.Sector.HEA;

        robot.clickOn("#sectorEditor");
        robot.clickOn(window.popupCell(next == org.commitmentstracker.model.Sector.HEA ? "Health" : "Education and training"));

        waitFor(() -> stored().sector() == next);
        assertThat(officersHistory()).singleElement().satisfies(h -> assertThat(h.field()).isEqualTo(HistoryField.SECTOR));
        ListView<HistoryLine> log = window.find("#historyList");
        waitFor(() -> !log.getItems().isEmpty() && log.getItems().get(0).what().startsWith("Sector: "));
    }

    /** Types {@code text} over the deadline field's text and presses Enter. */
    @Test
    void aDeadlineAnotherOfficerSavedWhileThisOneTypedIsToldNotOverwritten(FxRobot robot) throws Exception {
        typeInDeadline(robot, "15/03/2028");
        // Another officer (another program on the same store) saves a deadline meanwhile.
        window.store().commitments().changeDeadline(first.commitmentId(), LocalDate.of(2027, 6, 30), "minh.tran", null);
        // The window shows it in the table within seconds, and keeps what is being typed.
        waitFor(() -> table.getItems().stream().anyMatch(r -> r.commitmentId() == first.commitmentId()
                && LocalDate.of(2027, 6, 30).equals(r.deadline())));
        // The pane reloads after the table (the next task on the worker): only once its log shows the other
        // officer's change has it had the chance to overwrite what is being typed.
        ListView<HistoryLine> log = window.find("#historyList");
        waitFor(() -> log.getItems().stream().anyMatch(line -> line.author().equals("minh.tran")));
        DatePicker deadline = window.find("#deadlineEditor");
        assertThat(fx(() -> deadline.getEditor().getText())).isEqualTo("15/03/2028");

        window.press(KeyCode.ENTER);

        Label clash = window.find("#clashMessage");
        javafx.scene.Node box = window.find("#clashBox");
        waitFor(() -> box.isVisible() && clash.getText().contains("minh.tran changed the deadline"));
        assertThat(clash.getText()).contains("It is now: “30/06/2027”", "Yours, not saved: “15/03/2028”");
        assertThat(stored().deadline()).isEqualTo(LocalDate.of(2027, 6, 30));

        robot.clickOn("#applyMineButton");

        waitFor(() -> LocalDate.of(2028, 3, 15).equals(stored().deadline()));
        waitFor(() -> !box.isVisible());
        assertThat(officersHistory()).singleElement().satisfies(h -> {
            assertThat(h.oldValue()).isEqualTo("2027-06-30");
            assertThat(h.newValue()).isEqualTo("2028-03-15");
        });
    }

    private void typeDeadline(FxRobot robot, String text) throws Exception {
        typeInDeadline(robot, text);
        window.press(KeyCode.ENTER);
    }

    /** Types {@code text} over the deadline field's text, leaving the field as it is. */
    private void typeInDeadline(FxRobot robot, String text) throws Exception {
        DatePicker deadline = window.find("#deadlineEditor");
        robot.doubleClickOn(deadline.getEditor());
        window.press(KeyCode.CONTROL, KeyCode.A);
        window.type(text);
    }

    private void select(int row) throws Exception {
        CommitmentRow wanted = table.getItems().get(row);
        window.clickRow(table, row);
        Label text = window.find("#detailText");
        waitFor(() -> text.getText().equals(wanted.text()));
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
