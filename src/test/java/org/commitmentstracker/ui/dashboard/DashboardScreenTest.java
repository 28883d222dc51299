package org.commitmentstracker.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmentstracker.ui.AppWindowFixture.waitFor;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import javafx.scene.chart.PieChart;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.commitmentstracker.model.StatusPalette;
import org.testfx.util.WaitForAsyncUtils;
import javafx.scene.control.ListView;
import org.commitmentstracker.model.CommitmentOverview;
import org.commitmentstracker.model.Deadlines;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.ui.ScreenTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The dashboard: the window opens on it while something is overdue; its figures are the store's. */
class DashboardScreenTest extends ScreenTest {

    @BeforeEach
    void waitForTheFirstFigures() throws Exception {
        window.awaitDashboardJump();
    }

    @Test
    void theDashboardShowsTheSampleFiguresAndOpenedFirstBecauseSomethingIsOverdue() throws Exception {
        assertThat(window.selectedTabId()).isEqualTo("dashboardTab");
        assertThat(window.<Label>find("#dashboardTotal").getText()).isEqualTo("11");
        // The sample's deadlines are fixed dates: at least two of them have passed since 2026.
        assertThat(Integer.parseInt(window.<Label>find("#dashboardOverdue").getText())).isGreaterThanOrEqualTo(2);
        ListView<DeadlineItem> next = window.find("#nextDeadlines");
        assertThat(next.getItems()).isNotEmpty();
        assertThat(next.getItems().get(0).overdue()).isTrue();
    }

    @Test
    void theFiguresAreTheStoresAndFollowAChangeWhenTheTabIsOpenedAgain(FxRobot robot) throws Exception {
        assertFiguresMatchTheStore();
        ListView<DeadlineItem> next = window.find("#nextDeadlines");
        assertThat(next.getItems()).extracting(DeadlineItem::overdue).isSortedAccordingTo(Comparator.reverseOrder());

        robot.clickOn("#commitmentsTab");
        window.commitmentsTable();
        LocalDate today = LocalDate.now();
        CommitmentOverview overdue = overview().stream()
                .filter(c -> Deadlines.isOverdue(c.status(), c.deadline(), today)).findFirst().orElseThrow();
        // Done meanwhile (as the detail pane, or another officer's import, would write it).
        window.store().commitments().changeStatus(overdue.commitmentId(), Status.COMPLETED, "Lan", null);
        robot.clickOn("#dashboardTab");

        Label completed = window.find("#dashboardCompleted");
        waitFor(() -> completed.getText().equals(Long.toString(count(Status.COMPLETED))));
        assertFiguresMatchTheStore();
    }

    @Test
    void everyPieSliceAndItsLegendWearTheStatusColourAlsoAfterAnEdit(FxRobot robot) throws Exception {
        PieChart chart = window.find("#statusChart");
        waitFor(() -> !chart.getData().isEmpty());
        assertSlicesInPaletteColours(chart);

        // Every Not started one done meanwhile: a status leaves the pie and the others move round.
        robot.clickOn("#commitmentsTab");
        window.commitmentsTable();
        for (CommitmentOverview c : overview()) {
            if (c.status() == Status.NOT_STARTED) {
                window.store().commitments().changeStatus(c.commitmentId(), Status.COMPLETED, "Lan", null);
            }
        }
        robot.clickOn("#dashboardTab");
        waitFor(() -> chart.getData().stream().noneMatch(d -> d.getName().startsWith("Not started")));
        WaitForAsyncUtils.waitForFxEvents();

        assertSlicesInPaletteColours(chart);
        javafx.scene.layout.FlowPane legend = window.find("#statusLegend");
        assertThat(legend.getChildren()).hasSameSizeAs(chart.getData()).allSatisfy(node -> {
            Label item = (Label) node;
            Status status = (Status) item.getUserData();
            assertThat(item.getText()).startsWith(window.messages().status(status));
            assertThat(((javafx.scene.shape.Shape) item.getGraphic()).getFill())
                    .isEqualTo(Color.web(StatusPalette.colour(status)));
        });
    }

    @Test
    void theSlicesLabelsStayBesideTheirSlicesWhenTheSameFiguresComeAgain(FxRobot robot) throws Exception {
        PieChart chart = window.find("#statusChart");
        waitFor(() -> !chart.getData().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        List<javafx.geometry.Point2D> before = labelPlaces(chart);
        assertThat(before).isNotEmpty().noneMatch(javafx.geometry.Point2D.ZERO::equals);

        // The dashboard opened again reads the same figures: the labels must not leave their slices.
        javafx.scene.layout.FlowPane legend = window.find("#statusLegend");
        javafx.scene.Node firstLegendItem = legend.getChildren().get(0);
        robot.clickOn("#commitmentsTab");
        window.commitmentsTable();
        robot.clickOn("#dashboardTab");
        waitFor(() -> legend.getChildren().get(0) != firstLegendItem);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(labelPlaces(chart)).isEqualTo(before);
    }

    /** Where each shown slice label sits in the chart (a label never placed sits at 0, 0). */
    private static List<javafx.geometry.Point2D> labelPlaces(PieChart chart) throws Exception {
        return org.commitmentstracker.ui.AppWindowFixture.fx(() -> chart.lookupAll(".chart-pie-label").stream()
                .filter(javafx.scene.Node::isVisible)
                .map(n -> new javafx.geometry.Point2D(n.getLayoutX(), n.getLayoutY())).toList());
    }

    /** Each slice, named by its status's word, is filled with that status's palette colour. */
    private void assertSlicesInPaletteColours(PieChart chart) throws Exception {
        waitFor(() -> chart.getData().stream().allMatch(d -> d.getNode() != null
                && ((Region) d.getNode()).getBackground() != null));
        for (PieChart.Data slice : chart.getData()) {
            Status status = java.util.Arrays.stream(Status.values())
                    .filter(s -> slice.getName().startsWith(window.messages().status(s) + " ("))
                    .findFirst().orElseThrow();
            Paint fill = ((Region) slice.getNode()).getBackground().getFills().get(0).getFill();
            assertThat(fill).as(slice.getName()).isEqualTo(Color.web(StatusPalette.colour(status)));
        }
    }

    private void assertFiguresMatchTheStore() throws Exception {
        LocalDate today = LocalDate.now();
        List<CommitmentOverview> all = overview();
        assertThat(window.<Label>find("#dashboardTotal").getText()).isEqualTo(Integer.toString(all.size()));
        assertThat(window.<Label>find("#dashboardCompleted").getText()).isEqualTo(Long.toString(count(Status.COMPLETED)));
        assertThat(window.<Label>find("#dashboardOverdue").getText()).isEqualTo(Long.toString(
                all.stream().filter(c -> Deadlines.isOverdue(c.status(), c.deadline(), today)).count()));
        assertThat(window.<Label>find("#dashboardDueSoon").getText()).isEqualTo(Long.toString(
                all.stream().filter(c -> Deadlines.isDueSoon(c.status(), c.deadline(), today)).count()));
    }

    private List<CommitmentOverview> overview() {
        return window.store().commitments().overview();
    }

    private long count(Status status) {
        return overview().stream().filter(c -> c.status() == status).count();
    }
}
