package org.commitmentstracker.ui.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmentstracker.ui.AppWindowFixture.waitFor;

import java.util.List;
import java.util.Map;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.commitmentstracker.model.StatementUnit;
import org.commitmentstracker.model.UnitKind;
import org.commitmentstracker.ui.ScreenTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The statements tab: each statement with its progress, and the paragraphs of the one clicked. */
class StatementsScreenTest extends ScreenTest {
    ListView<StatementRow> list;

    @BeforeEach
    void openTheStatementsTab(FxRobot robot) throws Exception {
        window.awaitDashboardJump();
        robot.clickOn("#statementsTab");
        list = window.find("#statementList");
        waitFor(() -> list.getItems().size() == 2);
    }

    @Test
    void theStatementsTabListsStatementsAndShowsTheKindsOfTheirParagraphs(FxRobot robot) throws Exception {
        robot.interact(() -> list.getSelectionModel().select(0));
        TableView<UnitRow> units = window.find("#unitTable");
        waitFor(() -> !units.getItems().isEmpty());
        assertThat(units.getItems()).extracting(UnitRow::kind).contains(UnitKind.COMMITMENT, UnitKind.POSITION);
        assertThat(list.getItems()).allSatisfy(row -> assertThat(row.progress()).matches("\\d+ of \\d+ completed"));
    }

    @Test
    void clickingEachStatementShowsTheParagraphsStoredForItWithItsProgress() throws Exception {
        assertThat(list.getItems()).extracting(StatementRow::id).containsExactlyInAnyOrderElementsOf(
                window.store().statements().findAll().stream().map(s -> s.id()).toList());
        Map<Long, int[]> progress = window.store().commitments().progressByStatement();
        TableView<UnitRow> units = window.find("#unitTable");
        for (int i = 0; i < list.getItems().size(); i++) {
            StatementRow row = list.getItems().get(i);
            List<StatementUnit> stored = window.store().statements().units(row.id());

            window.clickRow(list, i);

            waitFor(() -> units.getItems().stream().map(UnitRow::text).toList()
                    .equals(stored.stream().map(StatementUnit::text).toList()));
            assertThat(units.getItems()).extracting(UnitRow::ref, UnitRow::kind).containsExactlyElementsOf(
                    stored.stream().map(u -> org.assertj.core.groups.Tuple.tuple(u.ref(), u.kind())).toList());
            assertThat(row.progress()).isEqualTo(progress.get(row.id())[0] + " of " + progress.get(row.id())[1]
                    + " completed");
        }
    }
}
