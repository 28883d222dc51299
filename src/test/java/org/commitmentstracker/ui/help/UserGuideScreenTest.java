package org.commitmentstracker.ui.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmentstracker.ui.AppWindowFixture.fx;
import static org.commitmentstracker.ui.AppWindowFixture.waitFor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.commitmentstracker.ui.ScreenTest;
import org.commitmentstracker.ui.commitments.CommitmentRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Help › User guide (F1) on the real window, in English and in Vietnamese, and its shortcuts kept true to the menus. */
class UserGuideScreenTest extends ScreenTest {

    @BeforeEach
    void openTheTable() throws Exception {
        window.showCommitments();
    }

    @Test
    void theGuideOpensFromTheHelpMenuAndShowsItsSectionsAndShortcuts(FxRobot robot) throws Exception {
        window.chooseMenu("Help", "userGuideMenuItem");

        Parent guide = window.dialog("userGuide");
        assertThat(((Stage) guide.getScene().getWindow()).getTitle()).isEqualTo("Commitments Tracker: user guide");
        assertShowsTheGuide(robot, guide, UserGuide.load("en"), "Keyboard shortcuts");
    }

    @Test
    void inVietnameseTheGuideIsInVietnamese(FxRobot robot) throws Exception {
        window.fireMenuItem("vietnameseMenuItem");
        waitFor(() -> window.<TableView<CommitmentRow>>find("#commitmentsTable").getColumns().get(2).getText()
                .equals("Cam kết"));

        window.chooseMenu("Trợ giúp", "userGuideMenuItem");

        Parent guide = window.dialog("userGuide");
        assertThat(((Stage) guide.getScene().getWindow()).getTitle())
                .isEqualTo("Hướng dẫn sử dụng phần mềm Theo dõi cam kết");
        assertShowsTheGuide(robot, guide, UserGuide.load("vi"), "Phím tắt");
        assertThat(window.<javafx.scene.control.Button>within(guide, "#guideCopy").getText()).isEqualTo("Sao chép");
    }

    @Test
    void f1OpensTheGuideItsSectionIsCopiedAndEscClosesIt(FxRobot robot) throws Exception {
        window.press(KeyCode.F1);
        Parent guide = window.dialog("userGuide");
        assertThat(window.<Label>within(guide, "#guideHeading").getText()).isEqualTo("Getting started");

        robot.clickOn(window.<javafx.scene.control.Button>within(guide, "#guideCopy"));
        String copied = fx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertThat(copied).startsWith("Getting started\n\nCommitments Tracker keeps the joint statements")
                .contains("•  View > Language switches the whole window");

        window.press(KeyCode.ESCAPE);
        waitFor(() -> !window.isShowing("userGuide"));
    }

    @Test
    void everyShortcutOfTheWindowIsInTheGuideInBothLanguagesAndTheGuideListsNoOther() throws Exception {
        MenuBar bar = window.find(".menu-bar");
        Set<String> real = fx(() -> {
            Set<String> keys = new TreeSet<>();
            bar.getMenus().stream().flatMap(UserGuideScreenTest::items)
                    .filter(item -> item.getAccelerator() != null)
                    .forEach(item -> keys.add(keys(item.getAccelerator())));
            bar.getScene().getAccelerators().keySet().forEach(k -> keys.add(keys(k)));
            return keys;
        });
        assertThat(real).contains("F1", "Ctrl+I", "Ctrl+,", "Ctrl+F");

        for (String language : List.of("en", "vi")) {
            Set<String> listed = new TreeSet<>(UserGuide.load(language).shortcuts().stream()
                    .map(UserGuide.Shortcut::keys).toList());
            assertThat(listed).as("the guide's shortcuts (" + language + ")").isEqualTo(real);
        }
    }

    private void assertShowsTheGuide(FxRobot robot, Parent guide, UserGuide expected, String shortcutsTitle)
            throws Exception {
        ListView<UserGuide.Section> contents = window.within(guide, "#guideContents");
        assertThat(contents.getItems()).extracting(UserGuide.Section::title)
                .isEqualTo(expected.sections().stream().map(UserGuide.Section::title).toList());
        assertThat(window.<Label>within(guide, "#guideHeading").getText())
                .isEqualTo(expected.sections().get(0).title());

        window.clickRow(contents, contents.getItems().size() - 1);

        waitFor(() -> shortcutsTitle.equals(window.<Label>within(guide, "#guideHeading").getText()));
        Parent table = window.within(guide, "#guideShortcuts");
        List<String> shown = fx(() -> {
            List<String> texts = new ArrayList<>();
            for (Node node : table.getChildrenUnmodifiable()) {
                if (node instanceof Label label && label.getStyleClass().contains("guide-key")) {
                    texts.add(label.getText());
                }
            }
            return texts;
        });
        assertThat(shown).isEqualTo(expected.shortcuts().stream().map(UserGuide.Shortcut::keys).toList())
                .contains("F1", "Ctrl+I");
        assertThat(robot.from(table).lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains(expected.shortcuts().get(0).action());
    }

    private static Stream<MenuItem> items(MenuItem item) {
        return item instanceof Menu menu ? Stream.concat(Stream.of(item), menu.getItems().stream()
                .flatMap(UserGuideScreenTest::items)) : Stream.of(item);
    }

    /** A key combination as the guide writes it, whatever the system: "Ctrl+Shift+V", "F5", "Ctrl+,". */
    private static String keys(KeyCombination combination) {
        KeyCodeCombination keys = (KeyCodeCombination) combination;
        List<String> parts = new ArrayList<>();
        if (keys.getShortcut() == KeyCombination.ModifierValue.DOWN
                || keys.getControl() == KeyCombination.ModifierValue.DOWN) {
            parts.add("Ctrl");
        }
        if (keys.getAlt() == KeyCombination.ModifierValue.DOWN) {
            parts.add("Alt");
        }
        if (keys.getShift() == KeyCombination.ModifierValue.DOWN) {
            parts.add("Shift");
        }
        KeyCode code = keys.getCode();
        parts.add(code.isLetterKey() || code.isDigitKey() || code == KeyCode.COMMA || code == KeyCode.PERIOD
                ? code.getChar() : code.getName());
        return String.join("+", parts);
    }
}
