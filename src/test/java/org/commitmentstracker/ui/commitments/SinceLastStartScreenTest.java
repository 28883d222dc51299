package org.commitmentstracker.ui.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmentstracker.ui.AppWindowFixture.waitFor;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import org.commitmentstracker.model.CommitmentOverview;
import org.commitmentstracker.service.UserSettings;
import org.commitmentstracker.ui.ScreenTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The start notice: nothing at the first start; at the next, the counts, and "Show them" narrows the table. */
class SinceLastStartScreenTest extends ScreenTest {

    @Test
    void theNextStartTellsWhatChangedAndShowThemFiltersTheTableToExactlyThose(FxRobot robot) throws Exception {
        window.showCommitments();
        HBox bar = window.find("#sinceLastStart");
        assertThat(bar.isVisible()).as("the first start tells nothing").isFalse();
        LocalDate today = LocalDate.now();
        // Ten days away: deadlines of the sample's commitments moved to fall in that time and the next days.
        List<CommitmentOverview> openOnes = window.store().commitments().overview().stream()
                .filter(c -> !c.status().isClosed()).toList();
        List<Long> open = openOnes.stream().map(CommitmentOverview::commitmentId).toList();
        List<LocalDate> moved = List.of(today.minusDays(2), today.minusDays(9), today.plusDays(6));
        for (int i = 0; i < moved.size(); i++) {
            window.store().commitments().changeDeadlineFrom(open.get(i), openOnes.get(i).deadline(), moved.get(i), "lan",
                    null);
        }
        Instant tenDaysAgo = today.minusDays(10).atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant();

        window = window.reopenAfter(folder -> new UserSettings(folder.resolve("settings.properties"))
                .setLastStart(tenDaysAgo));

        List<CommitmentOverview> all = window.store().commitments().overview();
        List<Long> overdue = all.stream().filter(c -> c.deadline() != null && !c.status().isClosed()
                && !c.deadline().isBefore(today.minusDays(10)) && c.deadline().isBefore(today))
                .map(CommitmentOverview::commitmentId).toList();
        List<Long> dueSoon = all.stream().filter(c -> c.deadline() != null && !c.status().isClosed()
                && !c.deadline().isBefore(today) && !c.deadline().isAfter(today.plusDays(14))
                && c.deadline().isAfter(today.minusDays(10).plusDays(14)))
                .map(CommitmentOverview::commitmentId).toList();
        assertThat(overdue).contains(open.get(0), open.get(1));
        assertThat(dueSoon).contains(open.get(2));
        HBox shown = window.find("#sinceLastStart");
        waitFor(shown::isVisible);
        String date = String.format("%1$td/%1$tm/%1$tY", today.minusDays(10));
        assertThat(window.<Label>find("#sinceLastStartText").getText()).isEqualTo("Since your last start on " + date
                + ": " + overdue.size() + " commitments became overdue, " + dueSoon.size()
                + (dueSoon.size() == 1 ? " now falls" : " now fall") + " due within 14 days.");

        robot.clickOn(window.<Button>find("#showChangedButton"));

        assertThat(window.selectedTabId()).isEqualTo("commitmentsTab");
        TableView<CommitmentRow> table = window.commitmentsTable();
        waitFor(() -> table.getItems().size() == overdue.size() + dueSoon.size());
        assertThat(table.getItems()).extracting(CommitmentRow::commitmentId)
                .containsExactlyInAnyOrderElementsOf(concat(overdue, dueSoon));
        Button only = window.find("#onlyShownButton");
        assertThat(only.isVisible()).isTrue();
        assertThat(only.getText()).startsWith("Only the " + (overdue.size() + dueSoon.size())
                + " commitments of the notice since " + date);

        robot.clickOn(only);
        waitFor(() -> table.getItems().size() == all.size());
        assertThat(only.isVisible()).isFalse();
        robot.clickOn(window.<Button>find("#closeSinceLastStartButton"));
        waitFor(() -> !shown.isVisible());
    }

    static List<Long> concat(List<Long> a, List<Long> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
