package org.commitmentstracker.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmentstracker.ui.AppWindowFixture.fx;
import static org.commitmentstracker.ui.AppWindowFixture.waitFor;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.commitmentstracker.ui.commitments.CommitmentRow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** A right-click in a text field opens JavaFX's English menu (Undo, Cut, Copy…) unless the app gives its own. */
class TextMenusScreenTest extends ScreenTest {

    @Test
    void inVietnameseTheSearchFieldsMenuIsVietnameseAndItsItemsWork(FxRobot robot) throws Exception {
        window.showCommitments();
        window.fireMenuItem("vietnameseMenuItem");
        waitFor(() -> window.<TableView<CommitmentRow>>find("#commitmentsTable").getColumns().get(2).getText()
                .equals("Cam kết"));
        TextField search = window.find("#searchField");
        robot.clickOn(search);
        window.type("đầu tư");

        // What a right-click (or the menu key) sends; Monocle's robot makes no such event of its own.
        robot.interact(() -> {
            var corner = search.localToScreen(10, 10);
            javafx.event.Event.fireEvent(search, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 10, 10, corner.getX(), corner.getY(),
                    false, null));
        });

        waitFor(() -> shownMenu(search) != null);
        ContextMenu menu = shownMenu(search);
        assertThat(fx(() -> texts(menu))).containsExactly("Hoàn tác", "Làm lại", "Cắt", "Sao chép", "Dán", "Xóa",
                "Chọn tất cả");
        MenuItem selectAll = fx(() -> menu.getItems().get(menu.getItems().size() - 1));
        assertThat(selectAll.isDisable()).isFalse();
        robot.interact(selectAll::fire);
        assertThat(search.getSelectedText()).isEqualTo("đầu tư");
        robot.interact(menu::hide);
    }

    /** The menu shown for {@code field} (not one another test left open). */
    private static ContextMenu shownMenu(TextField field) {
        try {
            return fx(() -> new ArrayList<>(Window.getWindows()).stream()
                    .filter(w -> w instanceof ContextMenu m && w.isShowing() && m == field.getContextMenu())
                    .map(w -> (ContextMenu) w)
                    .findFirst().orElse(null));
        } catch (Exception e) {
            return null;
        }
    }

    private static List<String> texts(ContextMenu menu) {
        return menu.getItems().stream().filter(i -> !(i instanceof SeparatorMenuItem)).map(MenuItem::getText).toList();
    }
}
