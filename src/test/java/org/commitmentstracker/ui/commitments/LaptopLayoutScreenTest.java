package org.commitmentstracker.ui.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.commitmentstracker.ui.AppWindowFixture.fx;
import static org.commitmentstracker.ui.AppWindowFixture.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import org.commitmentstracker.model.Status;
import org.commitmentstracker.ui.ScreenTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Commitments tab on a 1366×768 laptop screen, the most common screen at a ministry desk. */
class LaptopLayoutScreenTest extends ScreenTest {
    static final double WIDTH = 1366;
    static final double HEIGHT = 768;

    TableView<CommitmentRow> table;

    @BeforeEach
    void openTheTableAtLaptopSize() throws Exception {
        table = window.showCommitments();
        window.resizeTo(WIDTH, HEIGHT);
    }

    @Test
    void theWindowWearsTheAppsIconOnceDecodedBesideItsFirstLayout() throws Exception {
        javafx.stage.Stage stage = (javafx.stage.Stage) fx(() -> table.getScene().getWindow());
        waitFor(() -> fx(() -> !stage.getIcons().isEmpty()));
        assertThat(fx(() -> stage.getIcons().get(0).getWidth())).isEqualTo(256);
    }

    @Test
    void atLeastTenCommitmentsShowWithTheDetailPaneOpen() throws Exception {
        // The sample and the three seed statements: more commitments than any screen shows at once.
        window.importDirectly(seeds());
        waitFor(() -> table.getItems().size() > 20);
        SplitPane split = window.find("#commitmentsSplit");
        assertThat(split.getItems()).hasSize(2);
        // A commitment selected: its whole text is in the pane beside the table.
        window.clickRow(table, 0);
        WaitForAsyncUtils.waitForFxEvents();

        waitFor(() -> visibleRows(table) >= 10);
        assertThat(visibleRows(table)).isGreaterThanOrEqualTo(10);
        Node pane = window.find("#detailPane");
        assertThat(pane.isVisible()).isTrue();
        assertThat(pane.getLayoutBounds().getWidth()).isGreaterThan(250);
    }

    @Test
    void longCommitmentTextIsClampedWithItsWholeTextInATooltip() throws Exception {
        CommitmentRow longest = table.getItems().stream()
                .max(java.util.Comparator.comparingInt(r -> r.text().length())).orElseThrow();
        int index = table.getItems().indexOf(longest);
        javafx.scene.control.TableCell<?, ?> cell = window.inRow(table, index, ".clamped-cell");
        // The first clamped cell of a row is the commitment's text.
        assertThat(cell.getTooltip()).isNotNull();
        assertThat(cell.getTooltip().getText()).isEqualTo(longest.text());
        Text shown = (Text) cell.lookup(".text");
        assertThat(shown.getText()).endsWith("…");
        assertThat(cell.getHeight()).isLessThan(70);
    }

    @Test
    void noColumnHeaderIsCutInEnglishOrInVietnamese() throws Exception {
        assertHeadersWhole();

        window.fireMenuItem("vietnameseMenuItem");
        waitFor(() -> window.<TableView<CommitmentRow>>find("#commitmentsTable").getColumns().get(0).getText()
                .equals("Tuyên bố"));
        table = window.commitmentsTable();
        WaitForAsyncUtils.waitForFxEvents();

        assertHeadersWhole();
    }

    @Test
    void theDetailPaneClosedAndAColumnHiddenStaySoAfterTheWindowIsOpenedAgain(FxRobot robot) throws Exception {
        robot.clickOn("#detailPaneToggle");
        SplitPane split = window.find("#commitmentsSplit");
        waitFor(() -> split.getItems().size() == 1);
        // Closed: the table takes the whole width, once the next layout pass has given it (read on the FX thread).
        waitFor(() -> fx(() -> table.getWidth() > WIDTH - 60));
        assertThat(fx(table::getWidth)).isGreaterThan(WIDTH - 60);
        toggleMenuItem("sectorColumnMenuItem");
        assertThat(column(table, "sectorColumn").isVisible()).isFalse();
        waitFor(() -> Files.readString(window.folder().resolve("settings.properties")).contains("sectorColumn.visible=false"));

        window = window.reopen();
        table = window.showCommitments();

        SplitPane again = window.find("#commitmentsSplit");
        assertThat(again.getItems()).hasSize(1);
        assertThat(column(table, "sectorColumn").isVisible()).isFalse();
        assertThat(column(table, "ownerColumn").isVisible()).isTrue();

        // Ctrl+D (View › Details pane) brings it back, where it was.
        window.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.D);
        waitFor(() -> again.getItems().size() == 2);
        assertThat(again.getDividerPositions()[0]).isBetween(0.5, 0.85);
    }

    @Test
    void aMovedDividerAndAWiderColumnAreRememberedAfterTheWindowIsOpenedAgain() throws Exception {
        SplitPane split = window.find("#commitmentsSplit");
        fx(() -> {
            split.setDividerPositions(0.6);
            return null;
        });
        waitFor(() -> Math.abs(rememberedDivider() - 0.6) < 0.02);

        window = window.reopen();
        window.showCommitments();
        window.resizeTo(WIDTH, HEIGHT);

        SplitPane again = window.find("#commitmentsSplit");
        assertThat(again.getDividerPositions()[0]).isCloseTo(0.6, org.assertj.core.data.Offset.offset(0.02));
    }

    @Test
    void switchingLanguageKeepsTheSearchTheFiltersAndTheSelectedCommitment(FxRobot robot) throws Exception {
        robot.clickOn("#searchField");
        window.type("hai ben");
        waitFor(() -> table.getItems().size() > 1 && table.getItems().size() < 11);
        robot.clickOn("#statusFilter");
        robot.clickOn(window.popupCell("In progress"));
        window.press(javafx.scene.input.KeyCode.ESCAPE);
        waitFor(() -> table.getItems().stream().allMatch(r -> r.status() == Status.IN_PROGRESS));
        List<Long> shown = table.getItems().stream().map(CommitmentRow::commitmentId).sorted().toList();
        assertThat(shown).isNotEmpty();
        window.clickRow(table, 0);
        long selected = table.getSelectionModel().getSelectedItem().commitmentId();

        window.fireMenuItem("vietnameseMenuItem");
        waitFor(() -> window.<TableView<CommitmentRow>>find("#commitmentsTable").getColumns().get(0).getText()
                .equals("Tuyên bố"));
        TableView<CommitmentRow> vietnamese = window.find("#commitmentsTable");

        waitFor(() -> vietnamese.getItems().stream().map(CommitmentRow::commitmentId).sorted().toList().equals(shown));
        assertThat(window.<TextField>find("#searchField").getText()).isEqualTo("hai ben");
        assertThat(vietnamese.getItems()).allSatisfy(r -> assertThat(r.statusLabel()).isEqualTo("Đang thực hiện"));
        org.controlsfx.control.CheckComboBox<Status> statuses = window.find("#statusFilter");
        assertThat(statuses.getCheckModel().getCheckedItems()).containsExactly(Status.IN_PROGRESS);
        waitFor(() -> vietnamese.getSelectionModel().getSelectedItem() != null
                && vietnamese.getSelectionModel().getSelectedItem().commitmentId() == selected);
    }

    @Test
    void anEmptyResultSaysTheFiltersLeaveNothingAndOffersToClearThem(FxRobot robot) throws Exception {
        robot.clickOn("#searchField");
        window.type("zzzqqq");
        waitFor(() -> table.getItems().isEmpty());

        Label why = window.find("#emptyTableMessage");
        // The rows are filtered first, then the message is chosen (one FX callback): this thread may look between.
        waitFor(() -> why.getText().startsWith("No commitment matches"));
        assertThat(why.getText()).startsWith("No commitment matches these filters").doesNotContain("yet");
        robot.clickOn("#emptyClearFiltersButton");

        waitFor(() -> table.getItems().size() == window.store().commitments().count());
    }

    /** Rows with a commitment lying wholly inside the table's viewport. */
    static long visibleRows(TableView<CommitmentRow> table) {
        return onFx(() -> {
            Node flow = table.lookup(".virtual-flow");
            Bounds viewport = flow.localToScene(flow.getLayoutBounds());
            return table.lookupAll(".table-row-cell").stream()
                    .filter(n -> n instanceof TableRow<?> row && row.getItem() != null && row.isVisible())
                    .filter(n -> {
                        Bounds b = n.localToScene(n.getLayoutBounds());
                        return b.getMinY() >= viewport.getMinY() - 0.5 && b.getMaxY() <= viewport.getMaxY() + 0.5;
                    }).count();
        });
    }

    /** Every column header shows its whole title: the text drawn is the title, not "R…". */
    // step 13: the switch "both languages" inside the search field

    @Test
    void theSearchSwitchAndTheButtonsBesideItAreWholeInEnglishAndInVietnamese() throws Exception {
        assertSearchRowWhole();

        window.fireMenuItem("vietnameseMenuItem");
        waitFor(() -> window.<javafx.scene.control.Labeled>find("#bothLanguagesToggle").getText().equals("Việt ⇄ Anh"));
        WaitForAsyncUtils.waitForFxEvents();

        assertSearchRowWhole();
    }

    @Test
    void theFiltersTakeTwoRowsBesideTheOpenDetailPaneInEnglishAndInVietnamese() throws Exception {
        assertFiltersOnOneRow();

        window.fireMenuItem("vietnameseMenuItem");
        waitFor(() -> window.<javafx.scene.control.Labeled>find("#repeatedOnlyToggle").getText().equals("Nhắc lại"));
        WaitForAsyncUtils.waitForFxEvents();

        assertFiltersOnOneRow();
    }

    /** The repeat toggle sits on the row of the partner, sector, owner and status filters, not on a third row. */
    private void assertFiltersOnOneRow() throws Exception {
        Node partner = window.find("#partnerFilter");
        Node repeated = window.find("#repeatedOnlyToggle");
        double[] tops = onFx(() -> new double[] {partner.localToScene(partner.getLayoutBounds()).getMinY(),
                repeated.localToScene(repeated.getLayoutBounds()).getMinY()});
        assertThat(tops[1]).as("the repeat toggle's top against the partner filter's").isEqualTo(tops[0], within(2.0));
    }

    private void assertSearchRowWhole() throws Exception {
        TextField search = window.find("#searchField");
        // A window just rebuilt (another language) may not have had its layout pass yet: give it one, as the
        // next pulse would, and read the skins' texts and the widths on the FX thread.
        fx(() -> {
            search.getScene().getRoot().applyCss();
            search.getScene().getRoot().layout();
            return null;
        });
        for (String id : List.of("#bothLanguagesToggle", "#overdueOnlyToggle", "#dueThisQuarterToggle",
                "#clearFiltersButton", "#saveViewButton", "#detailPaneToggle")) {
            javafx.scene.control.Labeled labeled = window.find(id);
            Text shown = fx(() -> (Text) labeled.lookup(".text"));
            assertThat(fx(shown::getText)).as(id).isEqualTo(fx(labeled::getText));
        }
        assertThat(fx(search::getWidth)).isGreaterThanOrEqualTo(160);
    }

    private void assertHeadersWhole() throws Exception {
        List<String> cut = onFx(() -> {
            // A window just rebuilt (another language) may not have had its layout pass yet: give it one.
            table.getScene().getRoot().applyCss();
            table.getScene().getRoot().layout();
            List<String> problems = new ArrayList<>();
            for (Node header : table.lookupAll(".column-header")) {
                if (!(header instanceof javafx.scene.control.skin.TableColumnHeader h) || h.getTableColumn() == null) {
                    continue;
                }
                Label label = (Label) header.lookup(".label");
                Text drawn = (Text) label.lookup(".text");
                String title = h.getTableColumn().getText();
                if (!title.equals(drawn.getText()) || drawn.getLayoutBounds().getWidth() > label.getWidth()) {
                    problems.add(title + " shown as \"" + drawn.getText() + "\" in " + label.getWidth() + " px");
                }
            }
            return problems;
        });
        assertThat(cut).isEmpty();
        assertThat(fx(() -> table.getColumns().stream().map(TableColumn::getWidth).toList()))
                .allSatisfy(width -> assertThat(width).isPositive());
    }

    /** Ticks or unticks a check item of the menu bar (in a menu or a submenu), as a click on it does. */
    private void toggleMenuItem(String id) throws Exception {
        javafx.scene.control.MenuBar bar = window.find(".menu-bar");
        fx(() -> {
            javafx.scene.control.CheckMenuItem item = (javafx.scene.control.CheckMenuItem) bar.getMenus().stream()
                    .flatMap(m -> m.getItems().stream())
                    .flatMap(i -> i instanceof javafx.scene.control.Menu sub ? sub.getItems().stream() : Stream.of(i))
                    .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
            item.setSelected(!item.isSelected());
            return null;
        });
    }

    private double rememberedDivider() throws Exception {
        java.util.Properties settings = new java.util.Properties();
        Path file = window.folder().resolve("settings.properties");
        if (!Files.exists(file)) {
            return 0; // not written yet: the divider is saved a moment after it stops moving
        }
        try (var in = Files.newBufferedReader(file)) {
            settings.load(in);
        }
        return Double.parseDouble(settings.getProperty("layout.divider", "0"));
    }

    private static TableColumn<CommitmentRow, ?> column(TableView<CommitmentRow> table, String id) {
        return table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    private List<Path> seeds() throws Exception {
        Path folder = Path.of(getClass().getResource("/corpus/seeds").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) {
        try {
            return fx(work);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
