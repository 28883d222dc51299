package org.commitmentstracker.ui.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmentstracker.ui.AppWindowFixture.fx;
import static org.commitmentstracker.ui.AppWindowFixture.waitFor;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.commitmentstracker.model.Agency;
import org.commitmentstracker.model.Commitment;
import org.commitmentstracker.model.HistoryEntry;
import org.commitmentstracker.model.HistoryField;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.ui.ScreenTest;
import org.commitmentstracker.ui.commitments.CommitmentRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The bulk-edit bar: it shows over the table when several rows are chosen and changes them all. */
class BulkEditScreenTest extends ScreenTest {
    TableView<CommitmentRow> table;

    @BeforeEach
    void openTheTable() throws Exception {
        table = window.showCommitments();
    }

    @Test
    void bulkEditSetsAStatusOnEverySelectedCommitment(FxRobot robot) throws Exception {
        long first = table.getItems().get(0).commitmentId();
        long second = table.getItems().get(1).commitmentId();

        window.clickRow(table, 0);
        window.clickRow(table, 1, KeyCode.CONTROL);
        ComboBox<Status> status = window.find("#bulkStatus");
        waitFor(status::isVisible);
        robot.clickOn(status);
        robot.clickOn(window.popupCell("Dropped"));
        robot.clickOn("#bulkApply");

        waitFor(() -> table.getItems().stream()
                .filter(r -> r.commitmentId() == first || r.commitmentId() == second)
                .allMatch(r -> r.status() == Status.DROPPED));
        assertThat(window.<Label>find("#bulkMessage").getText()).isEqualTo("2 commitments changed.");
        for (long id : List.of(first, second)) {
            assertThat(stored(id).status()).isEqualTo(Status.DROPPED);
            assertThat(officersHistory(id)).extracting(HistoryEntry::field).containsExactly(HistoryField.STATUS);
        }
    }

    @Test
    void aRangeOfRowsGetsOneOwnerAndDeadlineEachSignedInItsHistory(FxRobot robot) throws Exception {
        List<Long> ids = table.getItems().subList(2, 5).stream().map(CommitmentRow::commitmentId).toList();
        Agency moet = window.store().agencies().findByCode("MOET").orElseThrow();

        window.clickRow(table, 2);
        window.clickRow(table, 4, KeyCode.SHIFT);
        Label count = window.find("#bulkCount");
        waitFor(() -> count.getText().startsWith("3"));
        robot.clickOn("#bulkOwner");
        robot.clickOn(window.popupCell(window.messages().agency(moet)));
        DatePicker deadline = window.find("#bulkDeadline");
        robot.clickOn(deadline.getEditor());
        window.type("30/06/2029");
        window.press(KeyCode.ENTER);
        robot.clickOn("#bulkApply");

        waitFor(() -> ids.stream().allMatch(id -> LocalDate.of(2029, 6, 30).equals(stored(id).deadline())));
        // The store is written on the worker; the message follows in a later FX callback.
        Label message = window.find("#bulkMessage");
        waitFor(() -> !message.getText().isEmpty());
        assertThat(message.getText()).isEqualTo("3 commitments changed.");
        for (long id : ids) {
            assertThat(stored(id).ownerAgencyId()).isEqualTo(moet.id());
            assertThat(officersHistory(id)).extracting(HistoryEntry::field)
                    .contains(HistoryField.DEADLINE).doesNotContain(HistoryField.STATUS);
        }
        // The table reads the changed rows again only after the message (a task of its own): wait for them.
        waitFor(() -> table.getItems().stream().filter(r -> ids.contains(r.commitmentId()))
                .allMatch(r -> LocalDate.of(2029, 6, 30).equals(r.deadline())));
        assertThat(fx(() -> List.copyOf(table.getItems()))).filteredOn(r -> ids.contains(r.commitmentId()))
                .hasSize(ids.size()).allSatisfy(r -> assertThat(r.deadline()).isEqualTo(LocalDate.of(2029, 6, 30)));
    }

    private Commitment stored(long id) {
        return window.store().commitments().find(id).orElseThrow();
    }

    private List<HistoryEntry> officersHistory(long id) {
        return window.store().history().forCommitment(id).stream()
                .filter(h -> h.author().equals(window.author())).toList();
    }
}
