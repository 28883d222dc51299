package org.commitmentstracker.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmentstracker.ui.AppWindowFixture.waitFor;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.service.WorkspaceServices;
import org.commitmentstracker.store.TestPostgres;
import org.commitmentstracker.ui.AppWindowFixture;
import org.commitmentstracker.ui.commitments.CommitmentRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Two officers on one team workspace (the embedded PostgreSQL): what one saves shows in the
 * other's open window within a few seconds, without a restart, and what the second is typing stays.
 */
@ExtendWith(ApplicationExtension.class)
class LiveUpdatesScreenTest {
    AppWindowFixture window;
    WorkspaceServices other;

    @AfterEach
    void close() {
        if (window != null) {
            window.close();
        }
        if (other != null) {
            other.close();
        }
    }

    @Test
    void aStatusSavedByAnotherOfficerShowsInTheOpenWindowAndTheTypingStays(FxRobot robot) throws Exception {
        String url = TestPostgres.newDatabase("live");
        TableView<CommitmentRow> table = openWindowOnFirstRow(url, Duration.ofMillis(500));
        CommitmentRow first = table.getItems().get(0);
        Label heading = window.find("#detailHeading");
        ComboBox<Status> status = window.find("#statusEditor");
        waitFor(() -> !heading.getText().isEmpty() && status.getValue() == first.status());
        robot.clickOn("#nextStepEditor");
        window.type("Draft the reply");
        TextField nextStep = window.find("#nextStepEditor");
        waitFor(() -> nextStep.getText().equals("Draft the reply"));

        other = WorkspaceServices.openServer(url, "postgres", null, Clock.systemDefaultZone(), Locale.ENGLISH, "minh");
        Status next = first.status() == Status.AT_RISK ? Status.IN_PROGRESS : Status.AT_RISK;
        long saved = System.nanoTime();
        other.commitments().changeStatus(first.commitmentId(), first.status(), next, "minh");

        waitFor(() -> table.getItems().stream()
                .anyMatch(r -> r.commitmentId() == first.commitmentId() && r.status() == next));
        waitFor(() -> status.getValue() == next);
        assertThat(Duration.ofNanos(System.nanoTime() - saved)).as("shown within a few seconds")
                .isLessThan(Duration.ofSeconds(5));
        assertThat(table.getSelectionModel().getSelectedItem().commitmentId()).isEqualTo(first.commitmentId());
        assertThat(nextStep.getText()).isEqualTo("Draft the reply");
        assertThat(nextStep.isFocused()).isTrue();
    }

    @Test
    void theWindowsOwnSaveReplacesOneRowAndNoReloadFollowsButAnotherOfficersChangeReloads(FxRobot robot)
            throws Exception {
        String url = TestPostgres.newDatabase("liveown");
        TableView<CommitmentRow> table = openWindowOnFirstRow(url, Duration.ofMillis(300));
        CommitmentRow first = table.getItems().get(0);
        CommitmentRow second = table.getItems().get(1);
        ComboBox<Status> status = window.find("#statusEditor");
        waitFor(() -> status.getValue() == first.status());

        robot.clickOn("#statusEditor");
        robot.clickOn(window.popupCell(first.status() == Status.AT_RISK ? "In progress" : "At risk"));
        waitFor(() -> table.getItems().get(0) != first);
        // Several looks at the stamp later: the other rows are still the very rows loaded at first.
        Thread.sleep(1_500);
        assertThat(table.getItems().get(1)).isSameAs(second);
        assertThat(table.getSelectionModel().getSelectedItem().commitmentId()).isEqualTo(first.commitmentId());

        other = WorkspaceServices.openServer(url, "postgres", null, Clock.systemDefaultZone(), Locale.ENGLISH, "minh");
        other.commitments().changeNextStep(second.commitmentId(), null, "Call the embassy", "minh");
        waitFor(() -> table.getItems().get(1) != second);
    }

    /** This officer's window on the team workspace, looking every {@code every}, its first row selected. */
    private TableView<CommitmentRow> openWindowOnFirstRow(String url, Duration every) throws Exception {
        WorkspaceServices mine = WorkspaceServices.openServer(url, "postgres", null, Clock.systemDefaultZone(),
                Locale.ENGLISH, "lan");
        window = AppWindowFixture.showOn(FxToolkit.registerPrimaryStage(), mine, every);
        TableView<CommitmentRow> table = window.showCommitments();
        window.clickRow(table, 0);
        return table;
    }
}
