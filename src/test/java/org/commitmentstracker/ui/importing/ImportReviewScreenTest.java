package org.commitmentstracker.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmentstracker.ui.AppWindowFixture.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.commitmentstracker.model.Statement;
import org.commitmentstracker.model.StatementUnit;
import org.commitmentstracker.model.UnitKind;
import org.commitmentstracker.ui.ScreenTest;
import org.commitmentstracker.ui.commitments.CommitmentRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The import review: statements read from files, checked and trimmed by the officer, then saved. */
class ImportReviewScreenTest extends ScreenTest {
    TableView<CommitmentRow> table;

    @BeforeEach
    void openTheTable() throws Exception {
        table = window.showCommitments();
    }

    @Test
    void aStatementImportedThroughTheReviewScreenLandsWithWhatTheOfficerKept(FxRobot robot) throws Exception {
        int before = table.getItems().size();
        Path file = window.folder().resolve("peru.txt");
        Files.writeString(file, ImportReviewViewModelTest.PERU);

        window.importStatements(List.of(file));

        Parent review = window.dialog("reviewSave");
        Button save = window.within(review, "#reviewSave");
        waitFor(() -> !save.isDisabled());
        assertThat(save.getText()).isEqualTo("Save 1 statement (2 commitments)");
        TableView<UnitReview> units = window.within(review, "#reviewUnits");
        assertThat(units.getItems()).hasSize(4);
        assertThat(window.<TextField>within(review, "#reviewTitle").getText())
                .isEqualTo("Joint Statement between Viet Nam and Peru");
        // The officer leaves paragraph 4 out and sees why paragraph 2 is a commitment.
        robot.interact(() -> units.getSelectionModel().select(3));
        robot.clickOn(window.<javafx.scene.Node>within(review, "#reviewKeep"));
        assertThat(units.getItems().get(3).keptProperty().get()).isFalse();
        robot.interact(() -> units.getSelectionModel().select(1));
        assertThat(window.<Label>within(review, "#reviewWhy").getText()).startsWith("Why: ");
        assertThat(save.getText()).isEqualTo("Save 1 statement (1 commitment)");

        robot.clickOn(save);

        Label message = window.within(review, "#reviewMessage");
        waitFor(() -> message.getText().startsWith("1 statement saved"));
        // Escape closes the review once nothing is running.
        window.press(KeyCode.ESCAPE);
        waitFor(() -> table.getItems().size() == before + 1);
        assertThat(table.getItems()).anySatisfy(row -> assertThat(row.text()).contains("USD 1 billion"));
        assertThat(window.isShowing("reviewSave")).isFalse();
    }

    @Test
    void aStatementFileFromTheWebIsSavedWithoutTheParagraphTheOfficerLeftOut(FxRobot robot) throws Exception {
        Path file = window.folder().resolve("chile-news-page.txt");
        Files.copy(Path.of(getClass().getResource("/statements/en-wrapped-bullets.txt").toURI()), file);
        Set<Long> statementsBefore = statementIds();

        window.importStatements(List.of(file));

        Parent review = window.dialog("reviewSave");
        Button save = window.within(review, "#reviewSave");
        waitFor(() -> !save.isDisabled());
        TableView<UnitReview> units = window.within(review, "#reviewUnits");
        assertThat(units.getItems()).filteredOn(u -> u.text().equals("Photo: VNA") || u.text().equals("Home"))
                .isNotEmpty().allSatisfy(u -> assertThat(u.kindProperty().get()).isNotEqualTo(UnitKind.COMMITMENT));
        int fisheries = indexOf(units, "memorandum of understanding on fisheries");
        assertThat(units.getItems().get(fisheries).kindProperty().get()).isEqualTo(UnitKind.COMMITMENT);
        List<String> kept = units.getItems().stream().map(UnitReview::text)
                .filter(t -> !t.contains("memorandum of understanding on fisheries")).toList();

        window.clickRow(units, fisheries);
        robot.clickOn(window.<javafx.scene.Node>within(review, "#reviewKeep"));
        robot.clickOn(save);

        Label message = window.within(review, "#reviewMessage");
        waitFor(() -> message.getText().startsWith("1 statement saved"));
        Set<Long> added = statementIds();
        added.removeAll(statementsBefore);
        assertThat(added).hasSize(1);
        long id = added.iterator().next();
        Statement stored = window.store().statements().find(id).orElseThrow();
        assertThat(stored.partners()).containsExactly("Chile");
        List<StatementUnit> storedUnits = window.store().statements().units(id);
        assertThat(storedUnits).extracting(StatementUnit::text).containsExactlyElementsOf(kept);
        assertThat(storedUnits).extracting(StatementUnit::ordinal)
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, kept.size()).boxed().toList());
        assertThat(storedUnits).anySatisfy(u -> {
            assertThat(u.kind()).isEqualTo(UnitKind.COMMITMENT);
            assertThat(u.text()).contains("USD 3 billion by 2027");
        });
        window.press(KeyCode.ESCAPE);
        waitFor(() -> table.getItems().stream().anyMatch(r -> r.text().contains("USD 3 billion by 2027")
                && r.statement().equals(stored.title())));
    }

    private static int indexOf(TableView<UnitReview> units, String text) {
        for (int i = 0; i < units.getItems().size(); i++) {
            if (units.getItems().get(i).text().contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no paragraph with " + text + " in the review");
    }

    private Set<Long> statementIds() {
        return window.store().statements().findAll().stream().map(Statement::id).collect(Collectors.toSet());
    }
}
