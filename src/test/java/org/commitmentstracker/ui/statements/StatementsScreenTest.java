package org.commitmentstracker.ui.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmentstracker.ui.AppWindowFixture.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.commitmentstracker.model.StatementDeletion;
import org.commitmentstracker.ui.commitments.CommitmentRow;
import org.commitmentstracker.ui.importing.ImportReviewViewModelTest;
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

    @Test
    void theSampleIsMarkedAndTheDeleteKeyDeletesAStatementAfterAConfirmationThatSaysWhatGoes(FxRobot robot)
            throws Exception {
        assertThat(list.getItems()).allSatisfy(row -> assertThat(row.sample()).isTrue());
        waitFor(() -> list.lookupAll(".statement-sample-chip").size() == 2);
        assertThat(((Label) list.lookup(".statement-sample-chip")).getText()).isEqualTo("Sample");
        StatementRow row = list.getItems().get(0);
        StatementDeletion.Extent extent = window.store().statements().extent(row.id()).orElseThrow();
        window.clickRow(list, 0);
        Label chip = window.find("#openedSampleChip");
        waitFor(chip::isVisible);

        window.press(KeyCode.DELETE);

        DialogPane confirm = (DialogPane) window.dialog("confirmDialog");
        assertThat(extent.commitments()).isGreaterThan(1);
        assertThat(extent.historyEntries()).isGreaterThan(1);
        assertThat(confirm.getContentText()).isEqualTo("Delete the statement “" + row.title() + "”? Its "
                + extent.commitments() + " commitments and " + extent.historyEntries()
                + " history entries will be deleted. A backup is made first.");
        Button yes = (Button) confirm.lookupButton(confirm.getButtonTypes().stream()
                .filter(b -> b.getText().equals("Delete")).findFirst().orElseThrow());
        robot.clickOn(yes);

        waitFor(() -> list.getItems().size() == 1);
        assertThat(list.getItems()).extracting(StatementRow::id).doesNotContain(row.id());
        assertThat(window.store().statements().findAll()).hasSize(1);
        assertThat(window.store().statements().deletions()).singleElement().satisfies(line -> {
            assertThat(line.title()).isEqualTo(row.title());
            assertThat(line.deletedBy()).isEqualTo(window.author());
            assertThat(Path.of(line.backup())).exists();
        });
        Label message = window.find("#statementsMessage");
        waitFor(() -> message.getText().startsWith("Deleted “" + row.title() + "” with " + extent.commitments()
                + " commitments"));
        window.selectTab("commitmentsTab");
        TableView<CommitmentRow> table = window.commitmentsTable();
        waitFor(() -> table.getItems().size() == window.store().commitments().count());
        assertThat(table.getItems()).noneSatisfy(r -> assertThat(r.source().statementId()).isEqualTo(row.id()));
    }

    @Test
    void cancellingTheConfirmationFromTheContextMenuDeletesNothing(FxRobot robot) throws Exception {
        window.clickRow(list, 1);
        window.chooseFromContextMenu(list, list.lookupAll(".list-cell").stream()
                .filter(c -> ((javafx.scene.control.ListCell<?>) c).getIndex() == 1).findFirst().orElseThrow(),
                "deleteStatementMenuItem");

        DialogPane confirm = (DialogPane) window.dialog("confirmDialog");
        assertThat(confirm.getContentText()).startsWith("Delete the statement “" + list.getItems().get(1).title());
        Button cancel = (Button) confirm.lookupButton(confirm.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonType.CANCEL.getButtonData()).findFirst().orElseThrow());
        assertThat(cancel.isDefaultButton()).as("Enter keeps the statement").isTrue();
        robot.clickOn(cancel);

        waitFor(() -> !window.isShowing("confirmDialog"));
        assertThat(window.store().statements().findAll()).hasSize(2);
        assertThat(window.store().statements().deletions()).isEmpty();
    }

    @Test
    void afterTheFirstRealImportTheSampleIsOfferedForRemovalAndRemovedOnYes(FxRobot robot) throws Exception {
        HBox offer = window.find("#sampleOffer");
        assertThat(offer.isVisible()).isFalse();
        Path file = window.folder().resolve("peru.txt");
        Files.writeString(file, ImportReviewViewModelTest.PERU);

        window.importStatements(List.of(file));
        Parent review = window.dialog("reviewSave");
        Button save = window.within(review, "#reviewSave");
        waitFor(() -> !save.isDisabled());
        robot.clickOn(save);
        Label saved = window.within(review, "#reviewMessage");
        waitFor(() -> saved.getText().startsWith("1 statement saved"));
        window.press(KeyCode.ESCAPE);

        waitFor(offer::isVisible);
        assertThat(window.<Label>find("#sampleOfferText").getText())
                .isEqualTo("Your own statements are in. Remove the sample statements (Chile, Hungary) now?"
                        + " A backup is made first.");
        robot.clickOn("#removeSampleButton");

        waitFor(() -> window.store().statements().findAll().size() == 1);
        assertThat(window.store().statements().sampleIds()).isEmpty();
        assertThat(window.store().statements().deletions()).hasSize(2);
        waitFor(() -> !offer.isVisible());
        waitFor(() -> list.getItems().size() == 1);
    }
}
