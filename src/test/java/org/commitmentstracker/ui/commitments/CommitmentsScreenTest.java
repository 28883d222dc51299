package org.commitmentstracker.ui.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmentstracker.ui.AppWindowFixture.waitFor;

import java.time.LocalDate;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.commitmentstracker.model.CommitmentOverview;
import org.commitmentstracker.model.Deadlines;
import org.commitmentstracker.model.SavedView;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.store.StoreFixture;
import org.commitmentstracker.ui.ScreenTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The commitments table and its filters, as an officer searches and narrows it. */
class CommitmentsScreenTest extends ScreenTest {
    TableView<CommitmentRow> table;

    @BeforeEach
    void openTheTable() throws Exception {
        table = window.showCommitments();
    }

    @Test
    void aFirstRunShowsTheSampleCommitments(FxRobot robot) throws Exception {
        assertThat(table.getItems()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(table.getItems()).hasSize(window.store().commitments().count());
        assertThat(table.getItems()).extracting(CommitmentRow::partners).contains("Chile", "Hungary");
        assertThat(table.getItems()).anySatisfy(row -> assertThat(row.text()).contains("USD 3 billion"));
        assertThat(table.getColumns()).extracting(c -> c.getText())
                .containsExactly("Statement", "Ref.", "Commitment", "Sector", "Owner", "Status", "Deadline");
        assertThat(robot.lookup(".status-chip").queryAll()).isNotEmpty();
        Label summary = window.find("#summaryLabel");
        // The rows are shown before the summary counts them (one FX callback): this thread may look between the two.
        waitFor(() -> summary.getText().startsWith(table.getItems().size() + " commitments"));
    }

    @Test
    void refreshShowsWhatWasStoredMeanwhile() throws Exception {
        int before = table.getItems().size();
        // Another connection to the same store (as an import would write) adds one commitment.
        window.store().statements().insert(StoreFixture.smallStatement("Meanwhile", "MOIT"));

        window.press(KeyCode.F5);

        waitFor(() -> table.getItems().size() == before + 1);
    }

    @Test
    void searchingWithoutAccentsFindsVietnameseText(FxRobot robot) throws Exception {
        window.press(KeyCode.CONTROL, KeyCode.F);
        TextField search = window.find("#searchField");
        assertThat(search.isFocused()).isTrue();
        window.type("hoc bong");

        waitFor(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).text()).contains("học bổng");
        Label summary = window.find("#summaryLabel");
        // The rows are filtered first, then the summary counted again (one FX callback); until then it may
        // still count the rows of a search typed halfway ("hoc").
        waitFor(() -> summary.getText().startsWith("1 of "));

        robot.clickOn("#clearFiltersButton");
        waitFor(() -> table.getItems().size() > 1);
        assertThat(search.getText()).isEmpty();
    }

    @Test
    void theOverdueToggleLeavesOnlyOverdueCommitments(FxRobot robot) throws Exception {
        LocalDate today = LocalDate.now();
        long overdueInStore = window.store().commitments().overview().stream()
                .filter(c -> Deadlines.isOverdue(c.status(), c.deadline(), today)).count();

        robot.clickOn("#overdueOnlyToggle");

        waitFor(() -> table.getItems().size() == overdueInStore);
        assertThat(table.getItems()).isNotEmpty().allSatisfy(row ->
                assertThat(row.deadlineState()).isEqualTo(DeadlineState.OVERDUE));
    }

    @Test
    void tickingAStatusInItsFilterLeavesTheCommitmentsStoredWithThatStatus(FxRobot robot) throws Exception {
        long completedInStore = window.store().commitments().overview().stream()
                .map(CommitmentOverview::status).filter(s -> s == Status.COMPLETED).count();
        assertThat(completedInStore).isPositive().isLessThan(table.getItems().size());

        robot.clickOn("#statusFilter");
        robot.clickOn(window.popupCell("Completed"));
        window.press(KeyCode.ESCAPE);

        waitFor(() -> table.getItems().size() == completedInStore);
        assertThat(table.getItems()).allSatisfy(row -> assertThat(row.status()).isEqualTo(Status.COMPLETED));
        Label summary = window.find("#summaryLabel");
        // The rows are filtered first, then the summary counted again (one FX callback).
        waitFor(() -> summary.getText().contains(" of "));
        assertThat(summary.getText()).startsWith(completedInStore + " of ");
    }

    @Test
    void aSavedViewIsStoredAndBringsItsSearchBack(FxRobot robot) throws Exception {
        int all = table.getItems().size();
        robot.clickOn("#searchField");
        window.type("hoc bong");
        waitFor(() -> table.getItems().size() == 1);

        robot.clickOn("#saveViewButton");
        Parent ask = window.dialog("askTextDialog");
        robot.clickOn(window.<TextField>within(ask, ".text-field"));
        window.type("Scholarships");
        window.press(KeyCode.ENTER);

        waitFor(() -> window.store().views().findAll().stream().anyMatch(v -> v.name().equals("Scholarships")));
        SavedView saved = window.store().views().findAll().stream()
                .filter(v -> v.name().equals("Scholarships")).findFirst().orElseThrow();
        assertThat(saved.searchText()).isEqualTo("hoc bong");

        robot.clickOn("#clearFiltersButton");
        waitFor(() -> table.getItems().size() == all);
        ComboBox<SavedView> views = window.find("#savedViews");
        robot.clickOn(views);
        robot.clickOn(window.popupCell("Scholarships"));
        waitFor(() -> table.getItems().size() == 1);
        assertThat(window.<TextField>find("#searchField").getText()).isEqualTo("hoc bong");
    }

    // step 13: search in both languages

    @Test
    void theSwitchBesideTheSearchAlsoFindsTheOtherLanguageAndIsRemembered(FxRobot robot) throws Exception {
        javafx.scene.control.ToggleButton both = window.find("#bothLanguagesToggle");
        assertThat(both.getText()).isEqualTo("EN ⇄ VI");
        assertThat(both.getTooltip().getText()).contains("investment");
        assertThat(both.isSelected()).isFalse();
        robot.clickOn("#searchField");
        window.type("hoc bong");
        waitFor(() -> table.getItems().size() == 1);

        robot.clickOn(both);

        waitFor(() -> table.getItems().size() == 2);
        assertThat(table.getItems()).extracting(CommitmentRow::text)
                .anySatisfy(text -> assertThat(text).contains("học bổng"))
                .anySatisfy(text -> assertThat(text).contains("scholarships"));
        assertThat(window.<Label>find("#glossaryProblems").isVisible()).isFalse();
        java.nio.file.Path settings = window.folder().resolve(org.commitmentstracker.service.SettingsService.SETTINGS_FILE);
        waitFor(() -> new org.commitmentstracker.service.UserSettings(settings).searchBothLanguages());

        robot.clickOn(both);
        waitFor(() -> table.getItems().size() == 1);
    }

    @Test
    void aBadLineInTheOfficersGlossaryIsMarkedBesideTheSwitchAndTheSearchGoesOn(FxRobot robot) throws Exception {
        java.nio.file.Files.writeString(window.folder().resolve("glossary.tsv"), "vi\ten\nhọc bổng chính phủ\n");
        robot.clickOn("#bothLanguagesToggle");
        robot.clickOn("#searchField");
        window.type("hoc bong");

        waitFor(() -> table.getItems().size() == 2);
        Label mark = window.find("#glossaryProblems");
        waitFor(mark::isVisible);
        assertThat(mark.getTooltip().getText()).contains("glossary.tsv line 2:");
    }
}
