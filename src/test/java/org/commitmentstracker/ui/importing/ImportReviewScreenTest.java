package org.commitmentstracker.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmentstracker.ui.AppWindowFixture.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;
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
        // The caption and the menu are noise: left out, and listed only with the switch on.
        assertThat(units.getItems()).noneMatch(u -> u.text().equals("Photo: VNA") || u.text().equals("Home"));
        robot.clickOn(window.<javafx.scene.Node>within(review, "#reviewShowLeftOut"));
        assertThat(units.getItems()).filteredOn(u -> u.text().equals("Photo: VNA") || u.text().equals("Home"))
                .isNotEmpty().allSatisfy(u -> {
                    assertThat(u.kindProperty().get()).isEqualTo(UnitKind.NOISE);
                    assertThat(u.keptProperty().get()).isFalse();
                });
        robot.clickOn(window.<javafx.scene.Node>within(review, "#reviewShowLeftOut"));
        int fisheries = indexOf(units, "memorandum of understanding on fisheries");
        assertThat(units.getItems().get(fisheries).kindProperty().get()).isEqualTo(UnitKind.COMMITMENT);
        List<String> kept = units.getItems().stream().filter(u -> u.keptProperty().get()).map(UnitReview::text)
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

    // ---- step 10: the review on a 1366×768 laptop ----

    /**
     * The review window as a 1366×768 laptop gives it: the whole width, the height less a 40-px
     * taskbar and a 30-px title bar.
     */
    private Parent reviewOnALaptop(FxRobot robot, Path file) throws Exception {
        window.importStatements(List.of(file));
        Parent review = window.dialog("reviewSave");
        Button save = window.within(review, "#reviewSave");
        waitFor(() -> !save.isDisabled());
        robot.interact(() -> {
            Stage stage = (Stage) review.getScene().getWindow();
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1366);
            stage.setHeight(768 - 40 - 30);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return review;
    }

    private Path russia() throws Exception {
        Path file = window.folder().resolve("002_c1bc1736642b0737.txt");
        Files.copy(Path.of(getClass().getResource("/corpus/seeds/002_c1bc1736642b0737.txt").toURI()), file);
        return file;
    }

    /** The rows wholly in sight in the list, not cut at its top or bottom edge. */
    private static long rowsInSight(TableView<UnitReview> units) {
        Bounds view = units.lookup(".clipped-container").localToScene(
                units.lookup(".clipped-container").getLayoutBounds());
        return units.lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof TableRow<?> row && row.isVisible() && row.getItem() != null)
                .map(n -> n.localToScene(n.getLayoutBounds()))
                .filter(b -> b.getMinY() >= view.getMinY() - 1 && b.getMaxY() <= view.getMaxY() + 1)
                .count();
    }

    @Test
    void aLaptopScreenShowsAtLeastTwelveParagraphsAndTheNoiseOnlyWhenAskedFor(FxRobot robot) throws Exception {
        Parent review = reviewOnALaptop(robot, russia());
        TableView<UnitReview> units = window.within(review, "#reviewUnits");

        assertThat(rowsInSight(units)).isGreaterThanOrEqualTo(12);
        // The paragraphs stand in the statement's order, which no heading offers to change.
        assertThat(units.getColumns()).noneMatch(javafx.scene.control.TableColumn::isSortable);
        // The 64 provinces the news site lists under the statement are left out, out of sight, and counted.
        assertThat(units.getItems()).noneMatch(u -> u.text().equals("Binh Duong"));
        CheckBox showLeftOut = window.within(review, "#reviewShowLeftOut");
        assertThat(showLeftOut.isSelected()).isFalse();
        assertThat(showLeftOut.getText()).matches("Show left-out paragraphs \\(\\d\\d+ left out\\)");

        robot.clickOn(showLeftOut);

        assertThat(units.getItems()).anySatisfy(u -> {
            assertThat(u.text()).isEqualTo("Binh Duong");
            assertThat(u.keptProperty().get()).isFalse();
        });
        assertThat(rowsInSight(units)).isGreaterThanOrEqualTo(12);
    }

    @Test
    void aFileNameIsNeverBrokenAcrossLinesAndItsPathIsInTheTooltip(FxRobot robot) throws Exception {
        Path file = window.folder().resolve("joint-statement-viet-nam-russian-federation-20-june-2024.txt");
        Files.copy(russia(), file);
        Parent review = reviewOnALaptop(robot, file);
        Label name = window.within(review, "#reviewFileName");

        Text shown = (Text) name.lookup(".text");
        assertThat(shown.getText()).doesNotContain("\n").satisfiesAnyOf(
                t -> assertThat(t).isEqualTo(file.getFileName().toString()),
                t -> assertThat(t).contains("…").startsWith("joint").endsWith(".txt"));
        assertThat(shown.getLayoutBounds().getHeight()).isLessThan(name.getFont().getSize() * 2);
        assertThat(name.getTooltip().getText()).isEqualTo(file.toAbsolutePath().toString());
    }

    @Test
    void aDeadlineAlreadyPastIsMarkedAndSavingItAsksFirst(FxRobot robot) throws Exception {
        int before = table.getItems().size();
        Parent review = reviewOnALaptop(robot, russia());
        // ¶74's deadline, 9 May 2025, was past long before this review.
        Label warning = window.within(review, "#reviewPastDeadlines");
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getText()).matches("⚠ \\d+ deadlines? already past — check (it|them)");
        TableView<UnitReview> units = window.within(review, "#reviewUnits");
        assertThat(units.lookupAll(".past-deadline")).isNotEmpty()
                .allSatisfy(n -> assertThat(((Labeled) n).getText()).contains("⚠"));

        robot.clickOn(window.<Button>within(review, "#reviewSave"));
        Parent question = questionPane();
        assertThat(question).isNotNull();
        robot.clickOn(robot.from(question).lookup("Go back and check").queryButton());

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.<Label>within(review, "#reviewMessage").getText()).doesNotContain("saved");
        assertThat(table.getItems()).hasSize(before);
    }

    /** The question shown over the review. */
    private Parent questionPane() throws Exception {
        waitFor(() -> javafx.stage.Window.getWindows().stream()
                .anyMatch(w -> w.isShowing() && w.getScene().getRoot() instanceof javafx.scene.control.DialogPane));
        return javafx.stage.Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene().getRoot() instanceof javafx.scene.control.DialogPane)
                .map(w -> w.getScene().getRoot()).findFirst().orElseThrow();
    }
}
